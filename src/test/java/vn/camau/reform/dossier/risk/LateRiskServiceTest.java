package vn.camau.reform.dossier.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.USER_NOTIFICATION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.dossier.DossierService;
import vn.camau.reform.dossier.LateCaseDigest;
import vn.camau.reform.notification.repository.NotificationRepository;
import vn.camau.reform.dossier.DossierWriteService;
import vn.camau.reform.dossier.TestDossiers;

/**
 * The early warning against the database: a history of the test procedure whose answer is known,
 * trained and scored as the nightly job does, read back through the scoped service.
 */
@AppTest
@Transactional
class LateRiskServiceTest {

    static final String APPRAISAL = TestRiskHistory.APPRAISAL;

    @Autowired
    LateRiskScoring scoring;
    @Autowired
    LateRiskService service;
    @Autowired
    DossierService dossiers;
    @Autowired
    DossierWriteService writer;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    CalendarService calendar;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;
    @Autowired
    LateCaseDigest digest;
    @Autowired
    DSLContext dsl;
    @Autowired
    NotificationRepository stored;

    LocalDate today;
    WorkingCalendar cal;

    @BeforeEach
    void history() {
        testDossiers.ensureReferenceData();
        today = LocalDate.now(clock);
        cal = calendar.calendar();
        TestLogins.loginAs(users, "admin");
        TestRiskHistory.load(writer, cal, today);
        TestLogins.logout();
    }

    @AfterEach
    void out() {
        TestLogins.logout();
    }

    private LateRisk riskOf(String code) {
        return dossiers.dossier(code).flatMap(service::riskOf).orElse(null);
    }

    @Test
    void theRiskIsTheShareOfLikeCasesThatNeededMoreDaysThanAreLeft() {
        LateRiskScoring.Outcome o = scoring.refresh(today);
        assertThat(o.dossiersLearned()).isGreaterThanOrEqualTo(20);
        TestLogins.loginAs(users, "lanhdao.tinh");
        LateRisk high = riskOf("T-RISK-HIGH");
        assertThat(high.probability()).isCloseTo(0.5, within(1e-9));
        assertThat(high.basis()).isEqualTo(RiskBasis.UNIT);
        assertThat(high.cases()).isEqualTo(30);
        assertThat(high.typicalDays()).isEqualTo(4);
        assertThat(high.daysLeft()).isEqualTo(2);
        assertThat(LateRiskReason.words(high, 20, Locale.forLanguageTag("vi")))
                .startsWith("Bước “" + APPRAISAL + "” thường mất 4 ngày làm việc; còn 2 ngày");
        // below the threshold: not shown
        assertThat(riskOf("T-RISK-LOW")).isNull();
        List<String> codes = new ArrayList<>();
        service.atRisk(TestDossiers.AGENCY, 0, 50).forEach(a -> codes.add(a.code()));
        assertThat(codes).contains("T-RISK-HIGH").doesNotContain("T-RISK-LOW", "T-RISK-NEW");
        assertThat(service.count(TestDossiers.AGENCY)).isEqualTo(1);
    }

    @Test
    void tooLittleHistoryShowsNoFigureButSaysSo() {
        scoring.refresh(today);
        TestLogins.loginAs(users, "lanhdao.tinh");
        LateRisk none = riskOf("T-RISK-NEW");
        assertThat(none.enoughHistory()).isFalse();
        assertThat(none.probability()).isNull();
        assertThat(LateRiskReason.words(none, 20, Locale.forLanguageTag("vi"))).startsWith("Chưa đủ lịch sử");
        // a minimum above the 30 cases takes the figure away from the appraisal too
        TestLogins.loginAs(users, "admin");
        service.save(new LateRiskSettings(0.5, 31));
        scoring.refresh(today);
        assertThat(riskOf("T-RISK-HIGH").enoughHistory()).isFalse();
        assertThat(service.count(TestDossiers.AGENCY)).isZero();
    }

    @Test
    void aThresholdOutsideZeroToOneIsRefusedAndNothingIsSaved() {
        TestLogins.loginAs(users, "admin");
        LateRiskSettings before = service.settings();
        assertThatThrownBy(() -> service.save(new LateRiskSettings(1.5, 20)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("risk.threshold.range"));
        assertThatThrownBy(() -> service.save(new LateRiskSettings(-0.1, 20))).isInstanceOf(BusinessRuleException.class);
        assertThat(service.settings()).isEqualTo(before);
        service.save(new LateRiskSettings(0.4, 20));
        assertThat(service.settings().threshold()).isEqualTo(0.4);
    }

    @Test
    void aLowerThresholdShowsMoreAndAnotherUnitsLeaderSeesNone() {
        scoring.refresh(today);
        TestLogins.loginAs(users, "admin");
        service.save(new LateRiskSettings(0.0, 20));
        TestLogins.loginAs(users, "lanhdao.tinh");
        List<String> codes = service.atRisk(TestDossiers.AGENCY, 0, 50).stream().map(AtRiskDossier::code).toList();
        assertThat(codes).startsWith("T-RISK-HIGH").contains("T-RISK-LOW");
        TestLogins.loginAs(users, "lanhdao.anxuyen");
        assertThat(service.atRisk(null, 0, 1000)).noneMatch(a -> a.code().startsWith("T-RISK"));
    }

    @Test
    void theMorningDigestCountsTheDossiersAtRiskInEachLeadersScope() {
        scoring.refresh(today);
        dsl.deleteFrom(USER_NOTIFICATION).execute(); // a clean inbox; the rollback brings the others back
        digest.sendFor(today);
        String province = bodyOf("lanhdao.tinh");
        TestLogins.loginAs(users, "lanhdao.tinh");
        int inScope = service.count(null);
        TestLogins.logout();
        assertThat(inScope).isPositive();
        assertThat(province).contains("Nguy cơ trễ hạn: " + inScope + " hồ sơ");
        // the commune leader's digest (if any) does not count the test agency's dossier
        TestLogins.loginAs(users, "lanhdao.anxuyen");
        int commune = service.count(null);
        TestLogins.logout();
        assertThat(commune).isLessThan(inScope);
        String communeBody = bodyOf("lanhdao.anxuyen");
        assertThat(communeBody).doesNotContain("Nguy cơ trễ hạn: " + inScope + " hồ sơ");
    }

    private String bodyOf(String username) {
        return dsl.select(USER_NOTIFICATION.CONTENT).from(USER_NOTIFICATION)
                .join(APP_USER).on(APP_USER.ID.eq(USER_NOTIFICATION.USER_ID))
                .where(APP_USER.USERNAME.eq(username))
                .fetch(r -> stored.content(r.value1()).body(Locale.forLanguageTag("vi"))).stream()
                .findFirst().orElse("");
    }
}
