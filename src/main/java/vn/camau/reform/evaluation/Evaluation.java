package vn.camau.reform.evaluation;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One officer's rating in a cycle, each step's entries side by side. */
public record Evaluation(long id, long cycleId, long officerId, String officerName, String position,
                         long officerUnitId, String officerUnitName, String managerName, EvaluationState state,
                         Entry self, Entry proposal, Review review, Approval approval, String returnComment,
                         boolean disciplined, int version) {

    /** A step's scores, level and comment; the level is derived from the scores under scored rules. */
    public record Entry(BigDecimal general, BigDecimal task, BigDecimal total, RatingLevel level, String comment,
                        String byName, LocalDateTime at) {
    }

    /** HR's review of the proposal; all empty until reviewed. */
    public record Review(String comment, String byName, LocalDateTime at) {
    }

    /** The head's final decision: the level (and score under scored rules); all empty until approved. */
    public record Approval(RatingLevel finalLevel, BigDecimal finalScore, String byName, LocalDateTime at) {
    }
}
