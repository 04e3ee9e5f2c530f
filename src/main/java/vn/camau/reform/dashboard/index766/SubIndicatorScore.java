package vn.camau.reform.dashboard.index766;

import java.math.BigDecimal;
import vn.camau.reform.base.period.Ratio;

/**
 * A sub-indicator's result for one unit and period.
 *
 * @param ratio numerator and denominator; null when not computable here
 * @param score null when not computable or without data (no denominator): then it is not part of
 *              the total and its maximum is not either
 */
public record SubIndicatorScore(SubIndicatorRule rule, Ratio ratio, BigDecimal score) {

    public boolean computable() {
        return rule.measure().computable();
    }

    /** Counts in the total: computable and with data. */
    public boolean scored() {
        return score != null;
    }

    public Double ratioValue() {
        return ratio == null ? null : ratio.value();
    }

    public String formulaKey() {
        return rule.measure().formulaKey();
    }
}
