package vn.camau.reform.apology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.camau.reform.dossier.TestDossiers.AGENCY;
import static vn.camau.reform.dossier.TestDossiers.dossier;
import static vn.camau.reform.jooq.Tables.APOLOGY_STEP;
import static vn.camau.reform.jooq.Tables.APP_USER;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.dashboard.IndicatorService;
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierState;
import vn.camau.reform.dossier.DossierWriteService;
import vn.camau.reform.dossier.TestDossiers;

/**
 * Steps written before V40 kept a SENT step's channel as its name in the comment; V40 moves such a name
 * into the typed column and leaves every other comment (a user's words) as it was. Not transactional: the
 * migration runs on a connection of its own, as in HotlineHistoryTest, so the rows are committed and
 * removed after.
 */
@AppTest
class ApologyStepChannelMigrationTest {

    @Autowired
    ApologyService apologies;
    @Autowired
    DossierWriteService writer;
    @Autowired
    CalendarService calendarService;
    @Autowired
    IndicatorService indicators;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;
    @Autowired
    DataSource dataSource;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    Clock clock;

    @BeforeEach
    void setUp() {
        testDossiers.reset();
    }

    @AfterEach
    void tearDown() {
        testDossiers.removeAll();
        TestLogins.logout();
    }

    @Test
    void aChannelNameInASentStepsCommentMovesToItsColumn() throws Exception {
        TestLogins.loginAs(users, "admin");
        WorkingCalendar cal = calendarService.calendar();
        LocalDate today = indicators.today();
        LocalDate due = cal.workingDaysBefore(today, 2);
        writer.save(dossier("T-AP-V40", AGENCY, cal.addWorkingDays(due, -10), due, null, DossierState.PROCESSING,
                Channel.IN_PERSON, 0));
        TestLogins.loginAs(users, "lanhdao.tinh");
        long id = apologies.create(new ApologyForm("T-AP-V40", AGENCY, "Chờ ý kiến thẩm định",
                cal.addWorkingDays(today, 3), DeliveryChannel.DESK, false));

        // steps as the service wrote them before V40, in order
        long user = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("lanhdao.tinh")).fetchSingle()
                .value1();
        LocalDateTime at = LocalDateTime.now(clock).plusMinutes(1);
        oldStep(id, ApologyAction.RETURNED, user, at, "DESK");
        oldStep(id, ApologyAction.SENT, user, at.plusMinutes(1), "POST");
        oldStep(id, ApologyAction.SENT, user, at.plusMinutes(2), "Gửi tay cho ông Thử");
        oldStep(id, ApologyAction.SENT, user, at.plusMinutes(3), "zalo");
        oldStep(id, ApologyAction.PUBLISHED, user, at.plusMinutes(4), "ZALO");

        // V40 adds the column only if missing and moves only rows without a channel, so it runs again here
        try (Connection c = dataSource.getConnection()) {
            ScriptUtils.executeSqlScript(c, new EncodedResource(
                    new ClassPathResource("db/migration/V40__apology_step_channel.sql"), StandardCharsets.UTF_8));
        }

        assertThat(apologies.history(id)).extracting(ApologyStep::action, ApologyStep::channel, ApologyStep::comment)
                .containsExactly(
                        tuple(ApologyAction.CREATED, null, null),
                        // a return's reason is the leader's words, even when they read like a channel
                        tuple(ApologyAction.RETURNED, null, "DESK"),
                        tuple(ApologyAction.SENT, DeliveryChannel.POST, null),
                        // not a channel's name as the service wrote it: left as it is
                        tuple(ApologyAction.SENT, null, "Gửi tay cho ông Thử"),
                        tuple(ApologyAction.SENT, null, "zalo"),
                        tuple(ApologyAction.PUBLISHED, null, "ZALO"));
    }

    private void oldStep(long apologyId, ApologyAction action, long userId, LocalDateTime at, String comment) {
        dsl.insertInto(APOLOGY_STEP).set(APOLOGY_STEP.APOLOGY_ID, apologyId).set(APOLOGY_STEP.ACTION, action)
                .set(APOLOGY_STEP.USER_ID, userId).set(APOLOGY_STEP.ACTED_AT, at).set(APOLOGY_STEP.COMMENT, comment)
                .execute();
    }
}
