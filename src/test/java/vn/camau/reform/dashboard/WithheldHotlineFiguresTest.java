package vn.camau.reform.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.dossier.TestDossiers.OFFICER_ID;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.HOTLINE_REPORT;
import static vn.camau.reform.jooq.Tables.OFFICER;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.period.PeriodKind;
import vn.camau.reform.dossier.TestDossiers;
import vn.camau.reform.hotline.Conclusion;
import vn.camau.reform.hotline.HotlineCategory;
import vn.camau.reform.hotline.HotlineChannel;
import vn.camau.reform.hotline.HotlineFigures;
import vn.camau.reform.hotline.HotlineFilter;
import vn.camau.reform.hotline.HotlineIntake;
import vn.camau.reform.hotline.HotlineQueue;
import vn.camau.reform.hotline.HotlineService;

/**
 * A hotline report about the person looking at the overview is left out of their figures until it is
 * concluded founded, as it is left out of their queue: the card and the queue agree, and no count tells
 * the officer reported on that someone complained. Everyone else counts it.
 */
@AppTest
@Transactional
class WithheldHotlineFiguresTest {

    /** Phường An Xuyên, where the demo's commune leader works. */
    static final long AN_XUYEN = 100;

    @Autowired
    IndicatorService indicators;
    @Autowired
    HotlineService hotline;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    Period month;

    @BeforeEach
    void setUp() {
        TestDossiers.ensureReferenceData(dsl);
        month = Period.containing(PeriodKind.MONTH, LocalDate.now(clock));
    }

    @AfterEach
    void tearDown() {
        TestLogins.logout();
    }

    private HotlineFigures anXuyenAs(String username) {
        TestLogins.loginAs(users, username);
        return indicators.breakdown(AN_XUYEN, month, UnitStructure.CURRENT).total().hotline();
    }

    @Test
    void aReportAboutTheViewerCountsForThemOnlyOnceFounded() {
        long leader = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("lanhdao.anxuyen"))
                .fetchSingle(APP_USER.ID);
        dsl.insertInto(OFFICER).set(OFFICER.ID, OFFICER_ID).set(OFFICER.CODE, "TEST-CB-1")
                .set(OFFICER.FULL_NAME, "Trần Thị An Xuyên").set(OFFICER.SEARCH_NAME, "tran thi an xuyen")
                .set(OFFICER.UNIT_ID, AN_XUYEN).set(OFFICER.POSITION, "Chủ tịch").set(OFFICER.USER_ID, leader)
                .onDuplicateKeyIgnore().execute();
        HotlineFigures leaderBefore = anXuyenAs("lanhdao.anxuyen");
        HotlineFigures provinceBefore = anXuyenAs("lanhdao.tinh");
        long queueBefore = hotlineQueueAs("lanhdao.anxuyen");

        TestLogins.loginAs(users, "thanhtra");
        long aboutLeader = hotline.intake(new HotlineIntake(HotlineChannel.ZALO, LocalDateTime.now(clock), false,
                "Lý Văn Tư", "0987654321", null, HotlineCategory.ATTITUDE, AN_XUYEN, OFFICER_ID, null,
                "Chủ tịch phường gây khó dễ khi ký xác nhận", List.of()));

        // The province sees one more report; the leader it is about sees neither it nor a count of it
        assertThat(anXuyenAs("lanhdao.tinh").received()).isEqualTo(provinceBefore.received() + 1);
        assertThat(anXuyenAs("lanhdao.anxuyen")).isEqualTo(leaderBefore);
        assertThat(hotlineQueueAs("lanhdao.anxuyen")).isEqualTo(queueBefore);

        // Concluded unfounded: still withheld
        dsl.update(HOTLINE_REPORT).set(HOTLINE_REPORT.CONCLUSION, Conclusion.UNFOUNDED)
                .where(HOTLINE_REPORT.ID.eq(aboutLeader)).execute();
        assertThat(anXuyenAs("lanhdao.anxuyen")).isEqualTo(leaderBefore);

        // Concluded founded: the leader may know, and the figures agree with everyone else's again
        dsl.update(HOTLINE_REPORT).set(HOTLINE_REPORT.CONCLUSION, Conclusion.FOUNDED)
                .where(HOTLINE_REPORT.ID.eq(aboutLeader)).execute();
        assertThat(anXuyenAs("lanhdao.anxuyen").received()).isEqualTo(leaderBefore.received() + 1);
    }

    private long hotlineQueueAs(String username) {
        TestLogins.loginAs(users, username);
        return hotline.count(HotlineFilter.of(HotlineQueue.ALL));
    }
}
