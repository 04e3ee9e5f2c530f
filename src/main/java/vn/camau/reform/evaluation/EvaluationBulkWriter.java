package vn.camau.reform.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.camau.reform.evaluation.repository.EvaluationBulkRepository;
import vn.camau.reform.evaluation.repository.EvaluationRepository;

/**
 * What another part of the application (the demo load) may write ratings in bulk with: direct
 * managers, discipline decisions, cycles, ratings and their steps as they stand, ids included, without
 * the workflow's checks, which judge today's actions rather than a history being recreated, and with no
 * user signed in (which is also why the rule sets are read here, not through {@link EvaluationService}).
 */
@Component
public class EvaluationBulkWriter {

    /** One discipline decision as stored. */
    public record Discipline(long officerId, LocalDate decidedOn, DisciplineForm form, String decisionNumber,
                             String note, long createdBy, LocalDateTime createdAt) {
    }

    /** One rating cycle as stored. */
    public record Cycle(long id, long unitId, long ruleSetId, Frequency frequency, LocalDate start, LocalDate end,
                        LocalDate selfDeadline, LocalDate approveDeadline, CycleState state, long createdBy,
                        LocalDateTime createdAt) {
    }

    /** One officer's rating as stored. */
    public record Rating(long id, long cycleId, long officerId, EvaluationState state,
                         BigDecimal selfGeneral, BigDecimal selfTask, RatingLevel selfLevel, String selfComment,
                         LocalDateTime selfAt, BigDecimal proposedGeneral, BigDecimal proposedTask,
                         RatingLevel proposedLevel, String proposalComment, Long proposedBy, LocalDateTime proposedAt,
                         String reviewComment, Long reviewedBy, LocalDateTime reviewedAt, RatingLevel finalLevel,
                         BigDecimal finalScore, Long approvedBy, LocalDateTime approvedAt, int version) {
    }

    /** One step of a rating's history as stored. */
    public record Step(long id, long evaluationId, EvaluationAction action, long userId, LocalDateTime actedAt,
                       String comment) {
    }

    /** Everything written at once; {@code managers} maps an officer to their direct manager. */
    public record Batch(Map<Long, Long> managers, List<Discipline> disciplines, List<Cycle> cycles,
                        List<Rating> ratings, List<Step> steps) {
    }

    private final EvaluationBulkRepository repository;
    private final EvaluationRepository evaluations;

    EvaluationBulkWriter(EvaluationBulkRepository repository, EvaluationRepository evaluations) {
        this.repository = repository;
        this.evaluations = evaluations;
    }

    /** The rule sets a cycle may name, oldest first. */
    public List<RuleSet> ruleSets() {
        return evaluations.ruleSets();
    }

    /** Writes the batch in one transaction: managers, decisions, cycles, ratings, steps, in list order. */
    public void insert(Batch batch) {
        repository.insert(batch);
    }

    /**
     * Removes every rating, step, cycle and discipline decision: only for a database that has only ever held generated data, such as a demo
     * load that died half-way. Before the officers they name.
     */
    public void deleteAll() {
        repository.deleteAll();
    }
}
