package vn.camau.reform.dashboard.index766;

import java.math.BigDecimal;
import vn.camau.reform.base.period.Ratio;

/**
 * A sub-indicator's result for one unit and period, with where its figure comes from.
 *
 * @param ratio  numerator and denominator; null when neither computable here nor entered
 * @param score  null when not computable and not entered, or without data (no denominator): then it
 *               is not part of the total and its maximum is not either
 * @param source computed, entered by hand ({@code entry} says by whom and why) or not computable
 *               ({@link SubIndicatorRule#needsKey()} says what it needs)
 * @param entry  the hand-entered figure when {@code source} is {@link FigureSource#ENTERED}, else null
 */
public record SubIndicatorScore(SubIndicatorRule rule, Ratio ratio, BigDecimal score, FigureSource source,
                                IndexEntry entry) {

    /** A figure computed here, or a not-computable one without an entry. */
    public SubIndicatorScore(SubIndicatorRule rule, Ratio ratio, BigDecimal score) {
        this(rule, ratio, score, rule.measure().computable() ? FigureSource.COMPUTED : FigureSource.NOT_COMPUTABLE,
                null);
    }

    /** A figure entered by hand for a sub-indicator not computable here. */
    static SubIndicatorScore entered(SubIndicatorRule rule, IndexEntry entry) {
        Ratio ratio = entry.ratio();
        return new SubIndicatorScore(rule, ratio, rule.score(ratio), FigureSource.ENTERED, entry);
    }

    /** Whether this system computes the figure (an entered figure is not computed, but it is scored). */
    public boolean computable() {
        return rule.measure().computable();
    }

    public boolean entered() {
        return source == FigureSource.ENTERED;
    }

    /** Counts in the total: computed or entered, and with data. */
    public boolean scored() {
        return score != null;
    }

    public Double ratioValue() {
        return ratio == null ? null : ratio.value();
    }

    public String formulaKey() {
        return rule.measure().formulaKey();
    }

    /** The entry's note (where the figure comes from), or null when not entered by hand. */
    public String note() {
        return entry == null ? null : entry.note();
    }

    /** Who entered the figure, or null when not entered by hand. */
    public String enteredBy() {
        return entry == null ? null : entry.enteredBy();
    }
}
