package vn.camau.reform.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.USER_NOTIFICATION;

import java.util.List;
import java.util.Locale;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.notification.repository.NotificationRepository;
import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.dashboard.IndicatorService;

/** The morning digest: each leader gets their own scope's late dossiers, in the app. */
@AppTest
@Transactional // sendFor runs on the test thread (the scheduled run, through ShedLock's own transaction, is ClusterTest's)
class LateCaseDigestTest {

    @Autowired
    LateCaseDigest digest;
    @Autowired
    DossierWriteService writer;
    @Autowired
    IndicatorService indicators;
    @Autowired
    CalendarService calendar;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    java.time.Clock clock;
    @Autowired
    NotificationRepository stored;

    @BeforeEach
    void load() {
        testDossiers.ensureReferenceData();
        TestLogins.loginAs(users, "admin");
        TestDossiers.loadSeven(writer, calendar.calendar(), indicators.today());
        TestLogins.logout();
        dsl.deleteFrom(USER_NOTIFICATION).execute(); // a clean inbox for the test; the rollback brings the others back
    }

    /** The digests' bodies as the user reads them: kept as data, worded in the user's language. */
    private List<String> bodiesOf(String username) {
        return wordedFor(username, Locale.forLanguageTag("vi"));
    }

    private List<String> wordedFor(String username, Locale locale) {
        return dsl.select(USER_NOTIFICATION.CONTENT, USER_NOTIFICATION.BODY).from(USER_NOTIFICATION)
                .join(APP_USER).on(APP_USER.ID.eq(USER_NOTIFICATION.USER_ID))
                .where(APP_USER.USERNAME.eq(username))
                .fetch(r -> {
                    // nothing is stored as a sentence: the body column stays empty
                    assertThat(r.value2()).isNull();
                    return stored.content(r.value1()).body(locale);
                });
    }

    @Test
    void theDigestIsWordedInTheReadersLanguageFromTheSameData() {
        digest.sendFor(java.time.LocalDate.now(clock));
        assertThat(wordedFor("lanhdao.tinh", Locale.ENGLISH)).singleElement().asString().startsWith("Overdue: ")
                .contains("working days late");
    }

    @Test
    void theProvinceLeaderIsToldOfTheOverdueDossierAndTheCommuneLeaderIsNot() {
        // runs as the scheduler does: nobody signed in
        digest.sendFor(java.time.LocalDate.now(clock));
        // The province's digest counts every overdue dossier, the test agency's among them; the demo data
        // may hold older ones, so the listing of the worst five need not name it
        assertThat(bodiesOf("lanhdao.tinh")).singleElement().asString().startsWith("Quá hạn: ")
                .contains("ngày làm việc");
        assertThat(overdueCount("lanhdao.tinh")).isGreaterThan(overdueCount("lanhdao.anxuyen"));
        assertThat(bodiesOf("lanhdao.anxuyen")).noneMatch(b -> b.contains("T-OVERDUE"));
        assertThat(bodiesOf("thanhtra")).isEmpty();
    }

    private int overdueCount(String username) {
        return bodiesOf(username).stream().findFirst()
                .map(b -> Integer.parseInt(b.substring("Quá hạn: ".length(), b.indexOf(' ', "Quá hạn: ".length()))))
                .orElse(0);
    }
}
