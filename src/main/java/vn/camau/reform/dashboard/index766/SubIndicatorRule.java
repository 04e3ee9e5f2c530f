package vn.camau.reform.dashboard.index766;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.camau.reform.base.period.Ratio;

/**
 * One sub-indicator of a rule set: its maximum, the ratio that earns it in full, and how the ratio
 * is measured.
 *
 * @param target the ratio in (0, 1] at which the full maximum is reached
 */
public record SubIndicatorRule(String code, BigDecimal max, BigDecimal target, Measure measure) {

    /** Scores carry two decimals, as the decision's tables do. */
    static final int SCALE = 2;

    /** The translation key of the sub-indicator's name. */
    public String nameKey() {
        return "index766.indicator." + code;
    }

    /** What a non-computable sub-indicator would need, as a translation key. */
    public String needsKey() {
        return nameKey() + ".needs";
    }

    /**
     * score = min(max, ratio ÷ target × max); null when there is no data (an empty denominator earns
     * no score at all, never 0 points).
     */
    public BigDecimal score(Ratio ratio) {
        if (ratio == null || !ratio.hasData()) {
            return null;
        }
        BigDecimal earned = max.multiply(BigDecimal.valueOf(ratio.numerator()))
                .divide(target.multiply(BigDecimal.valueOf(ratio.denominator())), SCALE, RoundingMode.HALF_UP);
        return earned.min(max.setScale(SCALE, RoundingMode.HALF_UP));
    }
}
