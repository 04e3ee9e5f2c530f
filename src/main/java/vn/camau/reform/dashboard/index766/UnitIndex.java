package vn.camau.reform.dashboard.index766;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's service index for a period under one rule set: the total out of the maximum actually
 * scorable ({@code max} below the rule set's total when sub-indicators were left out, said so by
 * {@link #reduced()}).
 */
public record UnitIndex(long unitId, IndexRuleSet ruleSet, BigDecimal total, BigDecimal max,
                        List<GroupScore> groups) {

    public UnitIndex {
        groups = List.copyOf(groups);
    }

    public boolean reduced() {
        return max.compareTo(ruleSet.total()) != 0;
    }
}
