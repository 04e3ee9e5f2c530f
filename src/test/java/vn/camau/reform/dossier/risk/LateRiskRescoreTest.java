package vn.camau.reform.dossier.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.DOSSIER;
import static vn.camau.reform.jooq.Tables.LATE_RISK_SCORE;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.dossier.DossierEventsArrived;
import vn.camau.reform.dossier.DossierWriteService;
import vn.camau.reform.dossier.TestDossiers;

/**
 * Events arriving after the nightly run score their dossiers again from the stored model, in a
 * transaction of their own after the batch commits (so this test commits, and cleans up after itself).
 */
@AppTest
class LateRiskRescoreTest {

    @Autowired
    LateRiskJob job;
    @Autowired
    LateRiskScoring scoring;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    DossierWriteService writer;
    @Autowired
    CalendarService calendar;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    @BeforeEach
    void history() {
        testDossiers.reset();
        LocalDate today = LocalDate.now(clock);
        TestLogins.as(users, "admin", () -> TestRiskHistory.load(writer, calendar.calendar(), today));
        scoring.refresh(today);
    }

    @AfterEach
    void cleanUp() {
        testDossiers.removeAll();
        scoring.refresh(LocalDate.now(clock)); // the test's cells and scores go with its dossiers
    }

    private long id(String code) {
        return dsl.select(DOSSIER.ID).from(DOSSIER).where(DOSSIER.CODE.eq(code)).fetchSingle(DOSSIER.ID);
    }

    private BigDecimal stored(long dossierId) {
        return dsl.select(LATE_RISK_SCORE.PROBABILITY).from(LATE_RISK_SCORE)
                .where(LATE_RISK_SCORE.DOSSIER_ID.eq(dossierId)).fetchOptional(LATE_RISK_SCORE.PROBABILITY)
                .orElse(null);
    }

    @Test
    void arrivingEventsScoreTheirDossiersAgainAndDropTheFinishedOnes() {
        long high = id("T-RISK-HIGH");
        long resolved = id("T-RISK-H0");
        assertThat(stored(high)).isEqualByComparingTo("0.5");
        // as if the score were stale: the rescore writes it again from the stored cells
        dsl.deleteFrom(LATE_RISK_SCORE).where(LATE_RISK_SCORE.DOSSIER_ID.eq(high)).execute();
        dsl.insertInto(LATE_RISK_SCORE).set(LATE_RISK_SCORE.DOSSIER_ID, resolved)
                .set(LATE_RISK_SCORE.PROBABILITY, BigDecimal.ONE).set(LATE_RISK_SCORE.STEP_NAME, "cũ")
                .set(LATE_RISK_SCORE.DAYS_IN_STEP, 0).set(LATE_RISK_SCORE.DAYS_LEFT, 0)
                .set(LATE_RISK_SCORE.SCORED_FOR, LocalDate.now(clock))
                .set(LATE_RISK_SCORE.SCORED_AT, LocalDate.now(clock).atStartOfDay()).execute();
        job.eventsArrived(new DossierEventsArrived(List.of(high, resolved)));
        assertThat(stored(high)).isEqualByComparingTo("0.5");
        // a finished dossier is no longer scored: its old score goes
        assertThat(dsl.fetchExists(LATE_RISK_SCORE, LATE_RISK_SCORE.DOSSIER_ID.eq(resolved))).isFalse();
    }
}
