package vn.camau.reform.dashboard.index766;

import java.math.BigDecimal;
import java.util.List;

/**
 * A group's result: the points earned over the sub-indicators scored, out of {@code max}, their
 * maxima only (the rule's maximum stays in {@code rule}).
 */
public record GroupScore(GroupRule rule, BigDecimal score, BigDecimal max, List<SubIndicatorScore> indicators) {

    public GroupScore {
        indicators = List.copyOf(indicators);
    }

    /** Some sub-indicator's maximum was left out (not computable here or no data). */
    public boolean reduced() {
        return max.compareTo(rule.max()) != 0;
    }
}
