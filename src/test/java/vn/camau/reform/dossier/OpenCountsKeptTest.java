package vn.camau.reform.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.DOSSIER;
import static vn.camau.reform.jooq.Tables.LATE_RISK_SCORE;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.base.repository.ClosedFigures;
import vn.camau.reform.dossier.risk.LateRiskService;

/**
 * Issue 18: the menu's alert badge and the overview's at-risk count, asked on every page, are read once
 * between two writes of what they count, and the next write is counted at once. Not in a test transaction:
 * only read-only transactions keep or take, so the writes here commit; the test dossiers go afterwards.
 */
@AppTest
class OpenCountsKeptTest {

    @Autowired
    DossierService dossiers;
    @Autowired
    LateRiskService risks;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    DossierWriteService writer;

    @BeforeEach
    void signIn() {
        TestLogins.loginAs(users, "admin");
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    /** Computed afresh: in a read-write transaction nothing is kept or taken. */
    private <T> T recounted(Supplier<T> count) {
        return new TransactionTemplate(transactions).execute(s -> count.get());
    }

    @Test
    void aWriteIsCountedOnTheNextRequestAndNothingIsReadAgainBetweenWrites() throws Exception {
        testDossiers.reset();
        long atRiskId = 0;
        try {
            LocalDate today = LocalDate.now();
            Map<OpenTiming, Integer> badge = dossiers.alertCounts();
            int atRisk = risks.count(null);
            assertThat(badge).isEqualTo(recounted(dossiers::alertCounts));
            assertThat(atRisk).isEqualTo(recounted(() -> risks.count(null)));

            // an overdue dossier, and one due in ten days that the model finds risky
            writer.save(TestDossiers.dossier("T-BADGE", TestDossiers.AGENCY, today.minusDays(30),
                    today.minusDays(1), null, DossierState.PROCESSING, Channel.ONLINE, 0));
            writer.save(TestDossiers.dossier("T-RISKY", TestDossiers.AGENCY, today.minusDays(2),
                    today.plusDays(10), null, DossierState.PROCESSING, Channel.ONLINE, 0));
            assertThat(dossiers.alertCounts().get(OpenTiming.OVERDUE)).as("the new overdue dossier on the badge")
                    .isEqualTo(badge.get(OpenTiming.OVERDUE) + 1);
            atRiskId = dsl.select(DOSSIER.ID).from(DOSSIER).where(DOSSIER.CODE.eq("T-RISKY")).fetchSingle().value1();
            dsl.insertInto(LATE_RISK_SCORE).set(LATE_RISK_SCORE.DOSSIER_ID, atRiskId)
                    .set(LATE_RISK_SCORE.PROBABILITY, new BigDecimal("0.9900")).set(LATE_RISK_SCORE.STEP_NAME, "Thẩm định")
                    .set(LATE_RISK_SCORE.DAYS_IN_STEP, 5).set(LATE_RISK_SCORE.DAYS_LEFT, 8)
                    .set(LATE_RISK_SCORE.SCORED_FOR, today).set(LATE_RISK_SCORE.SCORED_AT, LocalDateTime.now())
                    .execute();
            assertThat(risks.count(null)).as("a new score is a write the count sees").isEqualTo(atRisk + 1);

            // the score taken away behind the application's back (plain JDBC: no version raised) is not seen,
            // so the count was kept, not read again; once the version is raised it is
            try (Connection c = dataSource.getConnection();
                 PreparedStatement delete = c.prepareStatement("DELETE FROM late_risk_score WHERE dossier_id = ?")) {
                delete.setLong(1, atRiskId);
                assertThat(delete.executeUpdate()).isEqualTo(1);
            }
            assertThat(risks.count(null)).as("kept between writes").isEqualTo(atRisk + 1);
            assertThat(recounted(() -> risks.count(null))).isEqualTo(atRisk);
            ClosedFigures.raiseRunning(dsl);
            assertThat(risks.count(null)).isEqualTo(atRisk);
        } finally {
            dsl.deleteFrom(LATE_RISK_SCORE).where(LATE_RISK_SCORE.DOSSIER_ID.eq(atRiskId)).execute();
            testDossiers.removeAll();
        }
    }
}
