package vn.camau.reform.evaluation.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import vn.camau.reform.evaluation.Evaluation;
import vn.camau.reform.evaluation.EvaluationState;
import vn.camau.reform.evaluation.RatingLevel;

/** A rating as stored, with who it concerns and who may act on it. */
public record EvaluationRow(long id, Cycle cycle, long officerId, String officerName, String position,
                            long officerUnitId, String officerUnitName, String officerUnitPath, Long officerUserId,
                            String managerName, Long managerUserId, EvaluationState state,
                            SelfAssessment selfAssessment, Proposal proposal, Evaluation.Review review,
                            Evaluation.Approval approval, String returnComment, int version) {

    /** The round the rating belongs to: whose head approves it, under which rules, for which period. */
    public record Cycle(long id, long unitId, long ruleSetId, LocalDate periodStart, LocalDate periodEnd,
                        LocalDate selfDeadline, boolean open) {
    }

    /** The officer's own entry; all empty until self-assessed. */
    public record SelfAssessment(BigDecimal general, BigDecimal task, RatingLevel level, String comment,
                                 LocalDateTime at) {
    }

    /** The direct manager's proposal; all empty until proposed. */
    public record Proposal(BigDecimal general, BigDecimal task, RatingLevel level, String comment, String byName,
                           LocalDateTime at) {
    }
}
