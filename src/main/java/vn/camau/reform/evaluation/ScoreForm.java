package vn.camau.reform.evaluation;

import java.math.BigDecimal;

/**
 * What the officer or the manager enters: the two parts of the score under scored rules, or the
 * level chosen on the criteria under the older rules; and a comment.
 */
public record ScoreForm(BigDecimal general, BigDecimal task, RatingLevel level, String comment) {
}
