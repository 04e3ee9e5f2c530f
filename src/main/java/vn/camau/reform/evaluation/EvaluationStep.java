package vn.camau.reform.evaluation;

import java.time.LocalDateTime;

/**
 * One entry of a rating's history.
 *
 * @param withoutSelf a proposal made after the self-assessment deadline without the officer's own rating:
 *                    a fact, worded when shown ({@code evaluations.history.without-self})
 * @param comment     the words the person wrote, as typed
 */
public record EvaluationStep(EvaluationAction action, String userName, LocalDateTime actedAt, boolean withoutSelf,
                             String comment) {
}
