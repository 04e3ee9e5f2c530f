package vn.camau.reform.dossier.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierEventRecord;
import vn.camau.reform.dossier.DossierRecord;
import vn.camau.reform.dossier.DossierService;
import vn.camau.reform.dossier.DossierState;
import vn.camau.reform.dossier.DossierWriteService;
import vn.camau.reform.dossier.TestDossiers;

/**
 * The early warning against the database: a history of the test procedure whose answer is known,
 * trained and scored as the nightly job does, read back through the scoped service.
 */
@AppTest
@Transactional
class LateRiskServiceTest {

    static final String APPRAISAL = "Thẩm định hồ sơ thử";
    static final String APPROVAL = "Phê duyệt thử";

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

    LocalDate today;
    WorkingCalendar cal;

    @BeforeEach
    void history() {
        testDossiers.ensureReferenceData();
        today = LocalDate.now(clock);
        cal = calendar.calendar();
        TestLogins.loginAs(users, "admin");
        loadHistory(writer, cal, today);
        TestLogins.logout();
    }

    @AfterEach
    void out() {
        TestLogins.logout();
    }

    /**
     * 20 dossiers of the test agency resolved within the last 12 months, each entering appraisal the day
     * it was received: 10 resolved 2 working days later, 10 after 6. Open: one that entered appraisal
     * today with 3 working days left (10 of 20 needed 4 or more: risk 0.5), one with 9 left (risk 0), one
     * in approval, a step with no history.
     */
    static void loadHistory(DossierWriteService writer, WorkingCalendar cal, LocalDate today) {
        for (int i = 0; i < 20; i++) {
            LocalDate received = cal.workingDaysBefore(today, 30 + i * 5);
            int took = i < 10 ? 2 : 6;
            LocalDate resolved = cal.addWorkingDays(received, took);
            DossierRecord d = TestDossiers.dossier("T-RISK-H" + i, TestDossiers.AGENCY, received,
                    cal.addWorkingDays(received, 10), resolved, DossierState.RESOLVED, Channel.ONLINE, 0);
            writer.save(TestDossiers.with(d, false, List.of(
                    event(received, 8, DossierState.RECEIVED, "Tiếp nhận thử"),
                    event(received, 10, DossierState.PROCESSING, APPRAISAL),
                    event(resolved, 15, DossierState.RESOLVED, "Trả kết quả thử"))));
        }
        writer.save(open("T-RISK-HIGH", today, cal.addWorkingDays(today, 3), APPRAISAL));
        writer.save(open("T-RISK-LOW", today, cal.addWorkingDays(today, 9), APPRAISAL));
        writer.save(open("T-RISK-NEW", today, cal.addWorkingDays(today, 3), APPROVAL));
    }

    private static DossierRecord open(String code, LocalDate today, LocalDate due, String step) {
        DossierRecord d = TestDossiers.dossier(code, TestDossiers.AGENCY, today, due, null, DossierState.PROCESSING,
                Channel.ONLINE, 0);
        return TestDossiers.with(d, false, List.of(event(today, 7, DossierState.RECEIVED, "Tiếp nhận thử"),
                event(today, 8, DossierState.PROCESSING, step)));
    }

    private static DossierEventRecord event(LocalDate day, int hour, DossierState state, String step) {
        return new DossierEventRecord(day.atTime(hour, 0), state, step, TestDossiers.AGENCY, null, null, null, null);
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
        assertThat(high.cases()).isEqualTo(20);
        assertThat(high.typicalDays()).isEqualTo(2);
        assertThat(high.daysLeft()).isEqualTo(3);
        assertThat(LateRiskReason.words(high, 20, Locale.forLanguageTag("vi")))
                .startsWith("Bước " + APPRAISAL + " thường mất 2 ngày làm việc; còn 3 ngày");
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
        // a minimum above the 20 cases takes the figure away from the appraisal too
        TestLogins.loginAs(users, "admin");
        service.save(new LateRiskSettings(0.5, 21));
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
}
