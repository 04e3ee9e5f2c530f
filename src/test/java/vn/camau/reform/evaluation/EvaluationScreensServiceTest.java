package vn.camau.reform.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.dossier.TestDossiers.AGENCY;
import static vn.camau.reform.evaluation.TestEvaluations.COLLEAGUES;
import static vn.camau.reform.evaluation.TestEvaluations.Q3_2026;
import static vn.camau.reform.evaluation.TestEvaluations.RATED;
import static vn.camau.reform.evaluation.TestEvaluations.YEAR_2025;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;

/** What the screens ask of the service: a cycle as each reader sees it, the level spread, the steps offered. */
@AppTest
class EvaluationScreensServiceTest {

    @Autowired
    EvaluationService service;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    TestEvaluations fixture;

    @BeforeEach
    void setUp() {
        fixture.setUp();
    }

    @AfterEach
    void tearDown() {
        fixture.tearDown();
        TestLogins.logout();
    }

    private void login(String username) {
        TestLogins.loginAs(userDetails, username);
    }

    private long open(Frequency frequency, java.time.LocalDate start) {
        login("nhansu");
        return service.openCycle(AGENCY, frequency, start);
    }

    private Evaluation of(long cycleId, long officerId) {
        login("nhansu");
        return service.ofCycle(cycleId).stream().filter(e -> e.officerId() == officerId).findFirst().orElseThrow();
    }

    @Test
    void aCycleIsSeenWholeByHrAndLeadersAndThroughTheirOwnRatingByAnOfficer() {
        long cycle = open(Frequency.QUARTERLY, Q3_2026);
        assertThat(service.cycle(cycle).orElseThrow().progress().total()).isEqualTo(7);
        login("test.giamdoc");
        assertThat(service.cycle(cycle).orElseThrow().progress().awaitingSelf()).isEqualTo(7);
        // The officer sees the cycle, counted on their own rating only
        login("test.canbo");
        assertThat(service.cycle(cycle).orElseThrow().progress().total()).isEqualTo(1);
        login("test.truongphong");
        assertThat(service.cycle(cycle).orElseThrow().progress().total()).isEqualTo(7);
        // Another commune's leader and an inspector find nothing
        login("lanhdao.anxuyen");
        assertThat(service.cycle(cycle)).isEmpty();
        login("thanhtra");
        assertThat(service.cycle(cycle)).isEmpty();
    }

    @Test
    void theStepsOfferedAreTheOnesTheServiceAccepts() {
        long cycle = open(Frequency.QUARTERLY, Q3_2026);
        Evaluation e = of(cycle, RATED);
        // Q3 2026's self-assessment deadline has passed: the manager may propose without it
        login("test.canbo");
        assertThat(service.actions(e.id())).containsExactly(EvaluationAction.SELF_ASSESSED);
        login("test.truongphong");
        assertThat(service.actions(e.id())).containsExactly(EvaluationAction.PROPOSED);
        login("nhansu");
        assertThat(service.actions(e.id())).isEmpty();

        login("test.canbo");
        service.selfAssess(e.id(), e.version(), new ScoreForm(new BigDecimal("25"), new BigDecimal("55"), null, null));
        assertThat(service.actions(e.id())).isEmpty();
        login("test.truongphong");
        assertThat(service.actions(e.id())).containsExactlyInAnyOrder(EvaluationAction.PROPOSED,
                EvaluationAction.RETURNED);
        service.propose(e.id(), service.find(e.id()).orElseThrow().version(),
                new ScoreForm(new BigDecimal("25"), new BigDecimal("55"), null, null));
        login("nhansu");
        assertThat(service.actions(e.id())).containsExactlyInAnyOrder(EvaluationAction.REVIEWED,
                EvaluationAction.RETURNED);
        service.review(e.id(), service.find(e.id()).orElseThrow().version(), null);
        login("lanhdao.tinh");
        // The province leader holds the officer's unit but is not the head of the cycle's unit
        assertThat(service.actions(e.id())).isEmpty();
        login("test.giamdoc");
        assertThat(service.actions(e.id())).isEqualTo(Set.of(EvaluationAction.APPROVED, EvaluationAction.RETURNED));
        service.approve(e.id(), service.find(e.id()).orElseThrow().version(), null);
        assertThat(service.actions(e.id())).isEmpty();
    }

    @Test
    void theSpreadCountsApprovedOrProposedLevelsAgainstTheQuota() {
        long cycle = open(Frequency.ANNUAL, YEAR_2025);
        login("test.truongphong");
        RatingLevel[] levels = {RatingLevel.EXCELLENT, RatingLevel.EXCELLENT, RatingLevel.GOOD, RatingLevel.GOOD,
                RatingLevel.COMPLETED};
        for (int i = 0; i < levels.length; i++) {
            Evaluation e = of(cycle, COLLEAGUES.get(i));
            login("test.truongphong");
            service.propose(e.id(), e.version(), new ScoreForm(null, null, levels[i], null));
        }
        login("nhansu");
        LevelDistribution d = service.distribution(cycle);
        assertThat(d.counts()).containsEntry(RatingLevel.EXCELLENT, 2).containsEntry(RatingLevel.GOOD, 2)
                .containsEntry(RatingLevel.COMPLETED, 1).containsEntry(RatingLevel.NOT_COMPLETED, 0);
        assertThat(d.unrated()).isEqualTo(2);
        assertThat(d.goodOrBetter()).isEqualTo(4);
        assertThat(d.allowed()).isZero();
        assertThat(d.overQuota()).isTrue();
        // Only the reader's own ratings count for an officer
        login("test.canbo");
        assertThat(service.distribution(cycle).unrated()).isEqualTo(1);
        assertThat(service.distribution(cycle).excellent()).isZero();
    }

    @Test
    void aManagerFindsTheRatingsOfTheOfficersTheyManage() {
        long cycle = open(Frequency.QUARTERLY, Q3_2026);
        login("test.truongphong");
        assertThat(service.managed()).hasSize(6).allSatisfy(e -> assertThat(e.cycleId()).isEqualTo(cycle))
                .extracting(Evaluation::officerId).contains(RATED).doesNotContainAnyElementsOf(
                        java.util.List.of(TestEvaluations.MANAGER));
        login("test.canbo");
        assertThat(service.managed()).isEmpty();
    }

    @Test
    void onlyUsersWithAnOfficerRecordHaveRatingsOfTheirOwn() {
        login("test.canbo");
        assertThat(service.linkedToOfficer()).isTrue();
        login("admin");
        assertThat(service.linkedToOfficer()).isFalse();
    }
}
