package vn.camau.reform.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.AppTest;
import vn.camau.reform.RolledBackGenerations;
import vn.camau.reform.TestLogins;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.repository.ClosedFigures;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierState;
import vn.camau.reform.dossier.DossierWriteService;
import vn.camau.reform.dossier.StatCounter;
import vn.camau.reform.dossier.TestDossiers;

/**
 * The tests that roll back rely on {@link RolledBackGenerations}: figures of a closed period computed inside a
 * rolled-back transaction are kept in memory under a generation the committed counter reaches again later.
 * The first test computes such figures with a dossier of its own; the second, after the rollback, brings
 * the committed counter up to that generation, as later writes would, and must not be served them.
 */
@AppTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RolledBackFiguresTest {

    /** Phường An Xuyên: a unit of the demo data that outlives the rollback, unlike the test agency. */
    private static final long AN_XUYEN = 100;

    /** What the first test saw, for the second (JUnit makes a new instance for each). */
    private static ClosedFigures.Generation keptUnder;
    private static long receivedWithTheDossier;

    @Autowired
    IndicatorService indicators;
    @Autowired
    DossierWriteService writer;
    @Autowired
    CalendarService calendarService;
    @Autowired
    ClosedFigures closedFigures;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;

    private long received() {
        LocalDate today = indicators.today();
        Period past = Period.custom(today.minusDays(100), today.minusDays(10));
        return indicators.breakdown(AN_XUYEN, past, UnitStructure.CURRENT).total().get(StatCounter.RECEIVED);
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    @Test
    @Order(1)
    @Transactional
    void aTestThatRollsBackComputesClosedFiguresWithItsDossier() {
        TestDossiers.ensureReferenceData(dsl);
        TestLogins.loginAs(users, "admin");
        long before = received();
        WorkingCalendar cal = calendarService.calendar();
        LocalDate day = cal.workingDaysBefore(indicators.today().minusDays(10), 20);
        writer.save(TestDossiers.dossier("T-ROLLED-BACK", AN_XUYEN, day, cal.addWorkingDays(day, 10), null,
                DossierState.PROCESSING, Channel.ONLINE, 0));
        receivedWithTheDossier = received();
        keptUnder = closedFigures.generation();
        assertThat(receivedWithTheDossier).isEqualTo(before + 1);
    }

    @Test
    @Order(2)
    void theFiguresKeptInsideItAreNeverServedAfterTheRollback() {
        assertThat(keptUnder).as("the first test ran").isNotNull();
        TestLogins.loginAs(users, "admin");
        while (closedFigures.generation().figures() < keptUnder.figures()) {
            ClosedFigures.raise(dsl);
        }
        assertThat(received()).as("the rolled-back dossier is not counted").isEqualTo(receivedWithTheDossier - 1);
    }
}
