package vn.camau.reform.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.EVALUATION_STEP;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.camau.reform.dossier.TestDossiers.AGENCY;
import static vn.camau.reform.evaluation.EvaluationFixture.COLLEAGUES;
import static vn.camau.reform.evaluation.EvaluationFixture.MANAGER;
import static vn.camau.reform.evaluation.EvaluationFixture.RATED;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.OFFICER_DISCIPLINE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.dossier.TestDossiers;
import vn.camau.reform.evaluation.DisciplineForm;

/** Ratings against the real database: the workflow in order, who may do what, privacy, the quota, discipline. */
@AppTest
@Transactional // each test rolls back its team and evaluations
class EvaluationServiceTest {

    /** The officer rated, their manager, five colleagues under the same manager. */
    static final LocalDate Q3_2026 = LocalDate.of(2026, 7, 1);
    static final LocalDate YEAR_2025 = LocalDate.of(2025, 1, 1);

    @Autowired
    EvaluationService service;
    @Autowired
    DisciplineService discipline;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    DSLContext dsl;
    @Autowired
    EvaluationFixture team;
    @Autowired
    java.time.Clock clock;

    @BeforeEach
    void setUp() {
        TestDossiers.ensureReferenceData(dsl);
        team.load();
    }

    @AfterEach
    void tearDown() {
        TestLogins.logout();
    }

    private void login(String username) {
        TestLogins.loginAs(userDetails, username);
    }

    private long open(Frequency frequency, LocalDate start) {
        login("nhansu");
        return service.openCycle(AGENCY, frequency, start);
    }

    private Evaluation of(long cycleId, long officerId) {
        login("nhansu");
        return service.ofCycle(cycleId).stream().filter(e -> e.officerId() == officerId).findFirst().orElseThrow();
    }

    private static ScoreForm points(String general, String task) {
        return new ScoreForm(new BigDecimal(general), new BigDecimal(task), null, null);
    }

    private static void assertRule(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).messageKey()).isEqualTo(key));
    }

    private Evaluation reload(Evaluation e) {
        return service.find(e.id()).orElseThrow();
    }

    @Test
    void theFourStepsInOrderWithTheirHistoryThenLocked() {
        long cycle = open(Frequency.QUARTERLY, Q3_2026);
        assertThat(service.ofCycle(cycle)).hasSize(7);
        Evaluation e = of(cycle, RATED);
        assertThat(e.state()).isEqualTo(EvaluationState.AWAITING_SELF);

        login("test.canbo");
        service.selfAssess(e.id(), e.version(), new ScoreForm(new BigDecimal("28"), new BigDecimal("62"), null,
                "Hoàn thành vượt chỉ tiêu hồ sơ"));
        e = reload(e);
        assertThat(e.self().total()).isEqualByComparingTo("90");
        assertThat(e.self().level()).isEqualTo(RatingLevel.EXCELLENT);

        login("test.truongphong");
        service.propose(e.id(), e.version(), points("27", "62.99"));
        login("nhansu");
        e = reload(e);
        assertThat(e.proposal().level()).isEqualTo(RatingLevel.GOOD);
        service.review(e.id(), e.version(), "Đúng với kết quả theo dõi");
        login("test.giamdoc");
        service.approve(reload(e).id(), reload(e).version(), null);
        Evaluation approved = reload(e);
        assertThat(approved.state()).isEqualTo(EvaluationState.APPROVED);
        assertThat(approved.approval().finalLevel()).isEqualTo(RatingLevel.GOOD);
        assertThat(approved.approval().finalScore()).isEqualByComparingTo("89.99");
        assertThat(service.history(e.id())).extracting(EvaluationStep::action).containsExactly(
                EvaluationAction.SELF_ASSESSED, EvaluationAction.PROPOSED, EvaluationAction.REVIEWED,
                EvaluationAction.APPROVED);
        assertThat(service.history(e.id())).extracting(EvaluationStep::userName)
                .containsExactly("Phạm Văn Cán", "Lê Thị Trưởng", "Phạm Thị Nhân", "Đỗ Văn Giám");

        // Locked: nobody edits it any more
        assertRule(() -> service.returnForRevision(approved.id(), approved.version(), "Xem lại"), "evaluation.locked");
        login("test.truongphong");
        assertRule(() -> service.propose(approved.id(), approved.version(), points("30", "70")), "evaluation.locked");
    }

    @Test
    void eachUserIsOfferedOnlyTheStepsTheServiceWillAccept() {
        // Q3 2026 is over, so its self-assessment deadline has passed and the manager may go ahead
        long cycle = open(Frequency.QUARTERLY, Q3_2026);
        Evaluation e = of(cycle, RATED);
        login("test.canbo");
        assertThat(service.actions(e.id())).containsExactly(EvaluationAction.SELF_ASSESSED);
        login("test.truongphong");
        assertThat(service.actions(e.id())).containsExactly(EvaluationAction.PROPOSED);
        login("nhansu");
        assertThat(service.actions(e.id())).isEmpty();
        login("test.canbo");
        service.selfAssess(e.id(), e.version(), points("25", "60"));
        assertThat(service.actions(e.id())).isEmpty();
        login("test.truongphong");
        assertThat(service.actions(e.id())).containsExactly(EvaluationAction.PROPOSED, EvaluationAction.RETURNED);
        service.propose(e.id(), reload(e).version(), points("25", "60"));
        login("test.giamdoc");
        assertThat(service.actions(e.id())).isEmpty();
        login("nhansu");
        assertThat(service.actions(e.id())).containsExactly(EvaluationAction.REVIEWED, EvaluationAction.RETURNED);
        service.review(e.id(), reload(e).version(), null);
        login("test.giamdoc");
        assertThat(service.actions(e.id())).containsExactly(EvaluationAction.APPROVED, EvaluationAction.RETURNED);
        service.approve(e.id(), reload(e).version(), null);
        assertThat(service.actions(e.id())).isEmpty();
        // A leader of another commune reads neither the rating nor its steps
        login("lanhdao.anxuyen");
        assertThat(service.actions(e.id())).isEmpty();
    }

    @Test
    void aProposalWithoutTheOfficersOwnRatingSaysSoAsAFactNotASentence() {
        // Q3 2026 is over, so its self-assessment deadline has passed and the manager may go ahead
        long cycle = open(Frequency.QUARTERLY, Q3_2026);
        Evaluation e = of(cycle, RATED);
        login("test.truongphong");
        service.propose(e.id(), e.version(), new ScoreForm(new BigDecimal("25"), new BigDecimal("60"), null,
                "Hoàn thành tốt nhiệm vụ"));
        assertThat(service.history(e.id())).singleElement().satisfies(step -> {
            assertThat(step.action()).isEqualTo(EvaluationAction.PROPOSED);
            assertThat(step.withoutSelf()).isTrue();
            // only the manager's words are stored; the fact is worded when shown, in the reader's language
            assertThat(step.comment()).isEqualTo("Hoàn thành tốt nhiệm vụ");
        });
    }

    @Test
    void aProposalStoredAsASentenceBeforeV29ReadsAsTheSameFact() throws Exception {
        long cycle = open(Frequency.QUARTERLY, Q3_2026);
        Evaluation e = of(cycle, RATED);
        login("test.truongphong");
        service.propose(e.id(), e.version(), new ScoreForm(new BigDecimal("25"), new BigDecimal("60"), null, null));
        // as the service wrote it before: the fact as a Vietnamese sentence in front of the manager's words
        dsl.update(EVALUATION_STEP).set(EVALUATION_STEP.WITHOUT_SELF, false)
                .set(EVALUATION_STEP.COMMENT, "Không tự đánh giá trong hạn.\nĐạt yêu cầu")
                .where(EVALUATION_STEP.EVALUATION_ID.eq(e.id())).execute();
        String v29 = java.nio.file.Files.readString(java.nio.file.Path.of(
                "db/migration/V29__evaluation_step_without_self.sql"));
        dsl.execute(v29.substring(v29.indexOf("UPDATE"), v29.indexOf(";", v29.indexOf("UPDATE"))));
        assertThat(service.history(e.id())).singleElement().satisfies(step -> {
            assertThat(step.withoutSelf()).isTrue();
            assertThat(step.comment()).isEqualTo("Đạt yêu cầu");
        });
    }

    @Test
    void onlyUsersLinkedToAnOfficerAreRated() {
        login("test.canbo");
        assertThat(service.linkedToOfficer()).isTrue();
        login("test.giamdoc");
        assertThat(service.linkedToOfficer()).isFalse();
    }

    @Test
    void aCycleIsReadByThoseWhoReadOneOfItsRatingsOrHoldItsUnit() {
        long cycle = open(Frequency.QUARTERLY, Q3_2026);
        assertThat(service.cycle(cycle)).get().satisfies(c -> {
            assertThat(c.unitId()).isEqualTo(AGENCY);
            assertThat(c.rules().scored()).isTrue();
            assertThat(c.progress().total()).isEqualTo(7);
        });
        login("test.canbo");
        assertThat(service.cycle(cycle)).isPresent();
        login("lanhdao.anxuyen");
        assertThat(service.cycle(cycle)).isEmpty();
        login("lanhdao.tinh");
        assertThat(service.cycle(cycle)).isPresent();
    }

    @Test
    void eachStepBelongsToItsOwnerAndComesInOrder() {
        // The quarter under way: its self-assessment is still due, so the manager must wait for it
        LocalDate today = LocalDate.now(clock);
        long cycle = open(Frequency.QUARTERLY, today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1));
        Evaluation e = of(cycle, RATED);
        Evaluation colleague = of(cycle, COLLEAGUES.getFirst());
        // Someone else's self-assessment, a proposal before the officer's own while it is still due
        login("test.canbo");
        assertRule(() -> service.selfAssess(colleague.id(), colleague.version(), points("20", "50")),
                "evaluation.unknown");
        login("test.truongphong");
        assertRule(() -> service.propose(e.id(), e.version(), points("20", "50")), "evaluation.awaiting-self");
        assertThatThrownBy(() -> service.selfAssess(e.id(), e.version(), points("20", "50")))
                .isInstanceOf(AccessDeniedException.class);
        // Approving or reviewing out of order, or in the wrong role
        login("test.giamdoc");
        assertRule(() -> service.approve(e.id(), e.version(), null), "evaluation.out-of-order");
        assertThatThrownBy(() -> service.review(e.id(), e.version(), null)).isInstanceOf(AccessDeniedException.class);
        login("nhansu");
        assertThatThrownBy(() -> service.approve(e.id(), e.version(), null)).isInstanceOf(AccessDeniedException.class);

        // A return needs a comment and goes one step back
        login("test.canbo");
        service.selfAssess(e.id(), e.version(), points("25", "55"));
        login("test.truongphong");
        assertRule(() -> service.returnForRevision(e.id(), reload(e).version(), " "), "evaluation.comment.required");
        service.returnForRevision(e.id(), reload(e).version(), "Bổ sung minh chứng hồ sơ trễ hạn");
        assertThat(reload(e).state()).isEqualTo(EvaluationState.AWAITING_SELF);
        assertThat(reload(e).returnComment()).isEqualTo("Bổ sung minh chứng hồ sơ trễ hạn");
        // A stale version saves nothing
        login("test.canbo");
        int stale = reload(e).version() - 1;
        assertRule(() -> service.selfAssess(e.id(), stale, points("25", "55")), "evaluation.changed-meanwhile");
    }

    @Test
    void aRatingIsSeenByTheOfficerTheManagerHrAndTheUnitChainOnly() {
        long cycle = open(Frequency.QUARTERLY, Q3_2026);
        long id = of(cycle, RATED).id();
        long colleague = of(cycle, COLLEAGUES.getFirst()).id();
        login("test.canbo");
        assertThat(service.ofCycle(cycle)).extracting(Evaluation::officerId).containsExactly(RATED);
        assertThat(service.find(colleague)).isEmpty();
        assertThat(service.mine()).extracting(Evaluation::id).containsExactly(id);
        login("test.truongphong");
        assertThat(service.ofCycle(cycle)).hasSize(7);
        login("test.giamdoc");
        assertThat(service.find(id)).isPresent();
        login("lanhdao.tinh");
        assertThat(service.find(id)).isPresent();
        // A commune's leader, an inspector: not theirs
        login("lanhdao.anxuyen");
        assertThat(service.find(id)).isEmpty();
        assertThat(service.ofCycle(cycle)).isEmpty();
        assertThatThrownBy(() -> service.history(id)).isInstanceOf(BusinessRuleException.class);
        login("thanhtra");
        assertThat(service.find(id)).isEmpty();
        assertThatThrownBy(() -> service.cycles(null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aManagerFindsTheRatingsOfTheOfficersTheyManage() {
        long cycle = open(Frequency.QUARTERLY, Q3_2026);
        login("test.truongphong");
        assertThat(service.managed()).hasSize(6).allMatch(e -> e.cycleId() == cycle)
                .extracting(Evaluation::officerId).contains(RATED).doesNotContain(MANAGER);
        login("test.canbo");
        assertThat(service.managed()).isEmpty();
        login("nhansu");
        assertThat(service.managed()).isEmpty();
    }

    /** Under Decree 90/2020 the manager chooses the level; 2025's deadlines have passed, so no self-assessment is waited for. */
    private void proposeReviewAndApprove(long cycle, long officerId, RatingLevel level) {
        Evaluation e = of(cycle, officerId);
        login(officerId == MANAGER ? "test.giamdoc" : "test.truongphong");
        service.propose(e.id(), e.version(), new ScoreForm(null, null, level, null));
        login("nhansu");
        service.review(e.id(), reload(e).version(), null);
        login("test.giamdoc");
        service.approve(e.id(), reload(e).version(), null);
    }

    private void propose(long cycle, long officerId, RatingLevel level) {
        Evaluation e = of(cycle, officerId);
        login(officerId == MANAGER ? "test.giamdoc" : "test.truongphong");
        service.propose(e.id(), e.version(), new ScoreForm(null, null, level, null));
    }

    @Test
    void noMoreThanAFifthOfThoseRatedGoodOrBetterAreExcellent() {
        long cycle = open(Frequency.ANNUAL, YEAR_2025);
        assertThat(of(cycle, RATED).state()).isEqualTo(EvaluationState.AWAITING_SELF);
        // Five good or better proposed: one may be excellent, and may be approved first
        for (long id : COLLEAGUES.subList(0, 3)) {
            propose(cycle, id, RatingLevel.GOOD);
        }
        propose(cycle, MANAGER, RatingLevel.GOOD);
        proposeReviewAndApprove(cycle, RATED, RatingLevel.EXCELLENT);
        assertThat(of(cycle, RATED).approval().finalLevel()).isEqualTo(RatingLevel.EXCELLENT);
        // A second excellent among six good or better is over the quota, and the message names it
        Evaluation second = of(cycle, COLLEAGUES.get(3));
        login("test.truongphong");
        service.propose(second.id(), second.version(), new ScoreForm(null, null, RatingLevel.EXCELLENT, null));
        login("nhansu");
        service.review(second.id(), reload(second).version(), null);
        login("test.giamdoc");
        assertThatThrownBy(() -> service.approve(second.id(), reload(second).version(), null))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(ex -> assertThat(((BusinessRuleException) ex).args()).containsExactly(20, 6, 1, 2));
        assertThat(reload(second).state()).isEqualTo(EvaluationState.REVIEWED);
    }

    @Test
    void aDisciplinedOfficerIsNotCompleted() {
        dsl.insertInto(OFFICER_DISCIPLINE).set(OFFICER_DISCIPLINE.OFFICER_ID, RATED)
                .set(OFFICER_DISCIPLINE.DECIDED_ON, LocalDate.of(2026, 3, 10)).set(OFFICER_DISCIPLINE.FORM, DisciplineForm.REPRIMAND)
                .set(OFFICER_DISCIPLINE.DECISION_NUMBER, "12/QĐ-KL")
                .set(OFFICER_DISCIPLINE.CREATED_BY, dsl.select(APP_USER.ID).from(APP_USER)
                        .where(APP_USER.USERNAME.eq("admin")).fetchSingle(APP_USER.ID))
                .set(OFFICER_DISCIPLINE.CREATED_AT, LocalDateTime.of(2026, 3, 10, 9, 0)).execute();
        long cycle = open(Frequency.QUARTERLY, Q3_2026);
        Evaluation e = of(cycle, RATED);
        login("test.canbo");
        service.selfAssess(e.id(), e.version(), points("30", "65"));
        assertThat(reload(e).self().level()).isEqualTo(RatingLevel.NOT_COMPLETED);
        assertThat(reload(e).disciplined()).isTrue();
        // The discipline decision was in 2026: the 2025 annual rating is not capped by it
        long annual = open(Frequency.ANNUAL, YEAR_2025);
        proposeReviewAndApprove(annual, RATED, RatingLevel.GOOD);
        assertThat(of(annual, RATED).approval().finalLevel()).isEqualTo(RatingLevel.GOOD);
    }

    @Test
    void badInputIsRefusedAndSavesNothing() {
        login("nhansu");
        assertRule(() -> service.openCycle(AGENCY, Frequency.QUARTERLY, LocalDate.of(2026, 8, 1)),
                "evaluation.period.misaligned");
        assertRule(() -> service.openCycle(AGENCY, Frequency.MONTHLY, LocalDate.of(2025, 3, 1)),
                "evaluation.frequency.not-allowed");
        LocalDate nextYear = LocalDate.now(clock).plusYears(1).withDayOfYear(1);
        assertRule(() -> service.openCycle(AGENCY, Frequency.QUARTERLY, nextYear), "evaluation.period.future");
        long cycle = service.openCycle(AGENCY, Frequency.QUARTERLY, Q3_2026);
        assertRule(() -> service.openCycle(AGENCY, Frequency.QUARTERLY, Q3_2026), "evaluation.cycle.exists");
        login("test.giamdoc");
        assertThatThrownBy(() -> service.openCycle(AGENCY, Frequency.QUARTERLY, LocalDate.of(2026, 4, 1)))
                .isInstanceOf(AccessDeniedException.class);

        Evaluation e = of(cycle, RATED);
        login("test.canbo");
        assertRule(() -> service.selfAssess(e.id(), e.version(), points("31", "50")), "evaluation.score.general.range");
        assertRule(() -> service.selfAssess(e.id(), e.version(), points("20", "-1")), "evaluation.score.task.range");
        assertRule(() -> service.selfAssess(e.id(), e.version(), new ScoreForm(null, BigDecimal.ONE, null, null)),
                "evaluation.score.general.required");
        assertThat(reload(e).state()).isEqualTo(EvaluationState.AWAITING_SELF);
        assertThat(reload(e).self()).isNull();
        assertThat(service.history(e.id())).isEmpty();
    }

    @Test
    void hrRecordsADisciplineDecisionAndItCapsThatYearsRatings() {
        long cycle = open(Frequency.QUARTERLY, Q3_2026);
        login("nhansu");
        LocalDate today = LocalDate.now(clock);
        assertRule(() -> discipline.record(RATED, DisciplineForm.WARNING, today.plusDays(1), "7/QĐ-KL", null),
                "discipline.date.invalid");
        assertRule(() -> discipline.record(RATED, DisciplineForm.WARNING, LocalDate.of(2026, 5, 4), " ", null),
                "discipline.number.invalid");
        assertRule(() -> discipline.record(RATED, null, LocalDate.of(2026, 5, 4), "7/QĐ-KL", null),
                "discipline.form.required");
        discipline.record(RATED, DisciplineForm.WARNING, LocalDate.of(2026, 5, 4), "7/QĐ-KL", "Vi phạm quy chế");
        assertRule(() -> discipline.record(RATED, DisciplineForm.WARNING, LocalDate.of(2026, 5, 5), "7/QĐ-KL", null),
                "discipline.number.exists");
        assertThat(discipline.ofOfficer(RATED)).singleElement()
                .satisfies(d -> assertThat(d.recordedByName()).isEqualTo("Phạm Thị Nhân"));

        // The rating of 2026 is capped by it
        Evaluation e = of(cycle, RATED);
        login("test.canbo");
        service.selfAssess(e.id(), e.version(), points("30", "70"));
        assertThat(reload(e).self().level()).isEqualTo(RatingLevel.NOT_COMPLETED);

        // Only HR records, and only for officers in scope; leaders read
        login("test.giamdoc");
        assertThat(discipline.ofOfficer(RATED)).hasSize(1);
        assertThatThrownBy(() -> discipline.record(RATED, DisciplineForm.REPRIMAND, LocalDate.of(2026, 6, 1), "8/QĐ",
                null)).isInstanceOf(AccessDeniedException.class);
        login("lanhdao.anxuyen");
        assertRule(() -> discipline.ofOfficer(RATED), "officer.unknown");
    }
}
