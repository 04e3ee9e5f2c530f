package vn.camau.reform.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.OFFICER;
import static vn.camau.reform.jooq.Tables.USER_NOTIFICATION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.notification.NotificationKind;
import vn.camau.reform.AppTest;
import vn.camau.reform.dossier.TestDossiers;
import vn.camau.reform.dossier.TestHotlineReports;
import vn.camau.reform.notification.NotificationContent;
import vn.camau.reform.notification.repository.NotificationRepository;

/**
 * The hotline's morning digest: inspectors and leaders are told of the overdue reports in their scope,
 * by code and category, never by reporter; the officer a report is about is not told of it.
 */
@AppTest
@Transactional // sendFor runs on the test thread (the scheduled run, through ShedLock's own transaction, is ClusterTest's)
class HotlineDigestTest {

    /** Phường An Xuyên, whose leader is also an officer of the ward. */
    private static final long AN_XUYEN = 100;

    @Autowired
    NotificationRepository notifications;
    @Autowired
    HotlineDigest digest;
    @Autowired
    DSLContext dsl;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    Clock clock;

    @BeforeEach
    void clean() {
        testDossiers.ensureReferenceData();
        dsl.deleteFrom(USER_NOTIFICATION).execute(); // a clean inbox for the test; the rollback brings the others back
    }

    /** The notifications as the user reads them: kept as data, worded in the user's language. */
    private List<String> notificationsOf(String username) {
        return dsl.select(USER_NOTIFICATION.CONTENT, APP_USER.LOCALE)
                .from(USER_NOTIFICATION).join(APP_USER).on(APP_USER.ID.eq(USER_NOTIFICATION.USER_ID))
                .where(APP_USER.USERNAME.eq(username), USER_NOTIFICATION.KIND.eq(NotificationKind.HOTLINE))
                .fetch(r -> {
                    NotificationContent content = notifications.content(r.value1());
                    Locale locale = Locale.forLanguageTag(r.value2());
                    return content.title(locale) + "\n" + content.body(locale);
                });
    }

    @Test
    void overdueReportsAreNamedByCodeNeverByReporterAndNotToTheOfficerTheyAreAbout() {
        LocalDate today = LocalDate.now(clock);
        TestHotlineReports reports = new TestHotlineReports(dsl);
        long leaderOfficer = dsl.select(OFFICER.ID).from(OFFICER).join(APP_USER).on(APP_USER.ID.eq(OFFICER.USER_ID))
                .where(APP_USER.USERNAME.eq("lanhdao.anxuyen")).fetchSingle().value1();
        // due a year ago: the most overdue of any scope, so listed whatever the demo data holds
        long aboutLeader = reports.report(AN_XUYEN, today.minusYears(1), today.minusYears(1).plusDays(5))
                .officer(leaderOfficer).save();
        long aboutWard = reports.report(AN_XUYEN, today.minusYears(1), today.minusYears(1).plusDays(6)).save();
        String leaderCode = code(aboutLeader);
        String wardCode = code(aboutWard);

        assertThat(digest.sendFor(today)).isPositive();

        List<String> inspector = notificationsOf("thanhtra");
        assertThat(inspector).singleElement().asString()
                .contains(leaderCode).contains(wardCode).contains("Thái độ, nhũng nhiễu, gây phiền hà")
                .doesNotContain("Người Phản Ánh Thử").doesNotContain("0912000111");
        assertThat(notificationsOf("chanhthanhtra")).singleElement().asString().contains(leaderCode);
        List<String> wardLeader = notificationsOf("lanhdao.anxuyen");
        assertThat(wardLeader).singleElement().asString().contains(wardCode).doesNotContain(leaderCode);
        assertThat(notificationsOf("nhansu")).as("HR does not work the hotline").isEmpty();
    }

    private String code(long id) {
        return dsl.select(vn.camau.reform.jooq.Tables.HOTLINE_REPORT.CODE).from(vn.camau.reform.jooq.Tables.HOTLINE_REPORT)
                .where(vn.camau.reform.jooq.Tables.HOTLINE_REPORT.ID.eq(id)).fetchSingle().value1();
    }
}
