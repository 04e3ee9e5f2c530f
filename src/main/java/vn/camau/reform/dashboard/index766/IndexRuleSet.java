package vn.camau.reform.dashboard.index766;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.camau.reform.base.BusinessRuleException;

/**
 * A version of the service index's rules, as stored in {@code index766_rule_set}, with the legal
 * text it comes from. A rule set is only used once {@link #validate()} passed: weights that do not add
 * up would make totals of different units or years incomparable.
 */
public record IndexRuleSet(long id, String code, String name, String source, LocalDate validFrom,
                           LocalDate validTo, BigDecimal total, List<GroupRule> groups) {

    public IndexRuleSet {
        groups = List.copyOf(groups);
    }

    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /**
     * The groups' maxima add up to the total, each group's sub-indicators to the group's maximum, and
     * every target lies in (0, 1].
     */
    public IndexRuleSet validate() {
        BigDecimal groupSum = groups.stream().map(GroupRule::max).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (groupSum.compareTo(total) != 0) {
            throw new BusinessRuleException("index766.rules.groups-do-not-add-up", code, groupSum, total);
        }
        for (GroupRule g : groups) {
            BigDecimal sum = g.indicators().stream().map(SubIndicatorRule::max)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(g.max()) != 0) {
                throw new BusinessRuleException("index766.rules.indicators-do-not-add-up", code, g.code(), sum,
                        g.max());
            }
            for (SubIndicatorRule r : g.indicators()) {
                if (r.target().signum() <= 0 || r.target().compareTo(BigDecimal.ONE) > 0) {
                    throw new BusinessRuleException("index766.rules.target-out-of-range", code, r.code(),
                            r.target());
                }
            }
        }
        return this;
    }
}
