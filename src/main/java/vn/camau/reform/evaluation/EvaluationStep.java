package vn.camau.reform.evaluation;

import java.time.LocalDateTime;

/** One entry of a rating's history. */
public record EvaluationStep(EvaluationAction action, String userName, LocalDateTime actedAt, String comment) {
}
