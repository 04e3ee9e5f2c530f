package vn.camau.reform.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.evaluation.PerformanceFixture.A;
import static vn.camau.reform.evaluation.PerformanceFixture.ALL;
import static vn.camau.reform.evaluation.PerformanceFixture.B;
import static vn.camau.reform.evaluation.PerformanceFixture.C;
import static vn.camau.reform.evaluation.PerformanceFixture.D;
import static vn.camau.reform.evaluation.PerformanceFixture.E;
import static vn.camau.reform.evaluation.PerformanceFixture.F;
import static vn.camau.reform.evaluation.PerformanceFixture.FROM;
import static vn.camau.reform.evaluation.PerformanceFixture.TO;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.period.PeriodKind;

/** An officer's performance against plain SQL counts, the rank in the unit with ties, and who may read it. */
@AppTest
@Transactional // each test rolls back the fixture it loaded (no closed figures are kept by these screens)
class OfficerPerformanceServiceTest {

    static final Period YEAR_2025 = new Period(PeriodKind.YEAR, FROM, TO);

    @Autowired
    OfficerPerformanceService service;
    @Autowired
    PerformanceFixture fixture;
    @Autowired
    DSLContext dsl;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void load() {
        fixture.load();
    }

    @AfterEach
    void remove() {
        TestLogins.logout();
    }

    private OfficerPerformance as(String username, long officerId) {
        TestLogins.loginAs(users, username);
        return service.performance(officerId, YEAR_2025).orElseThrow();
    }

    private long count(String sql, Object... args) {
        return ((Number) dsl.fetchValue(sql, args)).longValue();
    }

    /** The figures as one would count them by hand from the dossiers, apologies and hotline reports. */
    private OfficerEvidence counted(long officer) {
        String resolvedIn = "handling_officer_id = ? AND resolved_at >= '2025-01-01' AND resolved_at < '2026-01-01'";
        return new OfficerEvidence(
                count("SELECT COUNT(*) FROM dossier WHERE " + resolvedIn, officer),
                count("SELECT COUNT(*) FROM dossier WHERE " + resolvedIn + " AND DATE(resolved_at) <= due_date", officer),
                count("SELECT COUNT(*) FROM dossier WHERE responsible_officer_id = ? AND unmet_due_date "
                        + "BETWEEN '2025-01-01' AND '2025-12-31'", officer),
                count("SELECT COUNT(*) FROM apology a JOIN dossier d ON d.id = a.dossier_id "
                        + "WHERE d.responsible_officer_id = ? AND a.issued_on BETWEEN '2025-01-01' AND '2025-12-31'",
                        officer),
                count("SELECT COUNT(*) FROM hotline_report WHERE officer_id = ? AND YEAR(received_at) = 2025", officer),
                count("SELECT COUNT(*) FROM hotline_report WHERE officer_id = ? AND YEAR(received_at) = 2025 "
                        + "AND conclusion IN ('FOUNDED', 'PARTLY_FOUNDED')", officer),
                count("SELECT COUNT(*) FROM dossier WHERE " + resolvedIn + " AND rating IS NOT NULL", officer),
                count("SELECT COUNT(*) FROM dossier WHERE " + resolvedIn
                        + " AND rating IN ('SATISFIED', 'VERY_SATISFIED')", officer));
    }

    @Test
    void everyOfficersFiguresMatchAPlainCount() {
        OfficerPerformance p = as("nhansu", A);
        assertThat(p.standing().evidence()).isEqualTo(new OfficerEvidence(4, 3, 1, 1, 2, 1, 4, 3));
        assertThat(p.unit()).hasSize(ALL.size());
        for (OfficerStanding s : p.unit()) {
            assertThat(s.evidence()).as(s.officer().fullName()).isEqualTo(counted(s.officer().id()));
        }
        // The same figures as the rating's evidence reads, one officer at a time
        assertThat(p.standing().evidence().onTime()).isEqualTo(new vn.camau.reform.base.period.Ratio(3, 4));
    }

    @Test
    void theTrendIsAYearOfMonthsThatAddsUpToThePeriod() {
        OfficerPerformance p = as("nhansu", A);
        assertThat(p.trend()).hasSize(12);
        assertThat(p.trend().getFirst().month()).isEqualTo(YearMonth.of(2025, 1));
        assertThat(p.trend().getLast().month()).isEqualTo(YearMonth.of(2025, 12));
        assertThat(p.trend().stream().mapToLong(m -> m.evidence().resolved()).sum()).isEqualTo(4);
        assertThat(p.trend().stream().mapToLong(m -> m.evidence().hotlineFounded()).sum()).isEqualTo(1);
        OfficerEvidence may = p.trend().get(PerformanceFixture.LATE_MONTH - 1).evidence();
        assertThat(may.lateCaused()).isEqualTo(1);
        assertThat(may.apologiesCaused()).isEqualTo(1);
        assertThat(p.trend().get(0).evidence().onTime().hasData()).isFalse();

        // A quarter's page still trends over the twelve months ending with its last
        TestLogins.loginAs(users, "nhansu");
        OfficerPerformance q = service.performance(A, Period.quarter(2025, 2)).orElseThrow();
        assertThat(q.trend()).extracting(OfficerPerformance.MonthFigures::month)
                .startsWith(YearMonth.of(2024, 7)).endsWith(YearMonth.of(2025, 6));
        assertThat(q.trend().stream().mapToLong(m -> m.evidence().lateCaused()).sum()).isEqualTo(2);
        assertThat(q.standing().evidence().lateCaused()).isEqualTo(1);
    }

    @Test
    void officersRankByOnTimeShareThenLateCausedThenFoundedReportsWithTiesSharingARank() {
        OfficerPerformance p = as("nhansu", A);
        assertThat(p.unit()).extracting(s -> s.officer().id()).containsExactly(B, C, D, F, A, E);
        assertThat(p.unit()).extracting(OfficerStanding::rank).containsExactly(1, 2, 2, 4, 5, 6);
        assertThat(p.unit()).extracting(OfficerStanding::noData).containsExactly(false, false, false, false, false,
                true);
        assertThat(p.standing().rank()).isEqualTo(5);
        assertThat(p.rankedOf()).isEqualTo(6);
        assertThat(as("nhansu", E).standing().noData()).isTrue();
    }

    @Test
    void anOfficerSeesOnlyTheReportsAboutThemselvesThatWereConcludedFounded() {
        // a third report about A, logged and not yet worked: the queue hides it from A, so must the counts
        new vn.camau.reform.dossier.TestHotlineReports(dsl)
                .report(vn.camau.reform.dossier.TestDossiers.AGENCY, LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 10))
                .officer(A).save();
        OfficerEvidence byHr = as("nhansu", A).standing().evidence();
        assertThat(byHr.hotlineReports()).isEqualTo(3);
        assertThat(byHr.hotlineFounded()).isEqualTo(1);
        OfficerPerformance own = as("test.perf.a", A);
        assertThat(own.standing().evidence().hotlineReports()).as("only the founded one").isEqualTo(1);
        assertThat(own.standing().evidence().hotlineFounded()).isEqualTo(1);
        assertThat(own.trend().stream().mapToLong(m -> m.evidence().hotlineReports()).sum()).isEqualTo(1);
    }

    @Test
    void aReopeningNextYearDoesNotRewriteThisYearsFinding() {
        // founded against C in December 2025; reopened in January 2026 and then found unfounded
        new vn.camau.reform.dossier.TestHotlineReports(dsl)
                .report(vn.camau.reform.dossier.TestDossiers.AGENCY, LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 8))
                .officer(C).answered(LocalDate.of(2025, 12, 5).atTime(10, 0)).concluded("FOUNDED")
                .reopened(LocalDate.of(2026, 1, 5).atTime(9, 0), LocalDate.of(2026, 1, 12))
                .answered(LocalDate.of(2026, 1, 9).atTime(10, 0)).concluded("UNFOUNDED").save();
        OfficerEvidence c2025 = as("nhansu", C).standing().evidence();
        assertThat(c2025.hotlineReports()).isEqualTo(2);
        assertThat(c2025.hotlineFounded()).as("as it stood on 31/12/2025").isEqualTo(1);
        assertThat(as("nhansu", C).trend().stream().mapToLong(m -> m.evidence().hotlineFounded()).sum()).isEqualTo(1);
    }

    @Test
    void aPeriodNotOnMonthBoundariesCountsItsWholeMonths() {
        TestLogins.loginAs(users, "nhansu");
        OfficerPerformance p = service.performance(A, Period.custom(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 12, 20)))
                .orElseThrow();
        assertThat(p.widened()).isTrue();
        assertThat(p.standing().evidence()).isEqualTo(as("nhansu", A).standing().evidence());
        assertThat(as("nhansu", A).widened()).isFalse();
    }

    @Test
    void hrLeadersAndAuditorsInScopeAndTheOfficerThemselvesReadItNobodyElse() {
        assertThat(as("lanhdao.tinh", A).unit()).hasSize(6);
        assertThat(as("test.perf.audit", A).unit()).hasSize(6);
        // The officer sees their own figures and place, not their colleagues'
        OfficerPerformance own = as("test.perf.a", A);
        assertThat(own.self()).isTrue();
        assertThat(own.standing().rank()).isEqualTo(5);
        assertThat(own.unit()).isEmpty();
        TestLogins.loginAs(users, "test.perf.a");
        assertThat(service.performance(B, YEAR_2025)).isEmpty();
        assertThat(service.readsOfficersInScope()).isFalse();
        TestLogins.loginAs(users, "test.perf.b");
        assertThat(service.performance(A, YEAR_2025)).isEmpty();
        // A commune's leader (outside the unit), an inspector, the administrator: nothing
        for (String outsider : List.of("lanhdao.anxuyen", "thanhtra", "admin")) {
            TestLogins.loginAs(users, outsider);
            assertThat(service.performance(A, YEAR_2025)).as(outsider).isEmpty();
        }
        // An unknown officer answers the same
        TestLogins.loginAs(users, "nhansu");
        assertThat(service.performance(-1, YEAR_2025)).isEmpty();
        assertThat(service.readsOfficersInScope()).isTrue();
    }
}
