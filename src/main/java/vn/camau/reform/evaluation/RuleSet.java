package vn.camau.reform.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * A version of the rating rules, as stored in {@code evaluation_rule_set}. Under a scored rule set
 * the points decide the level; otherwise the level is chosen on the decree's criteria and the
 * thresholds are null.
 */
public record RuleSet(long id, String code, String name, LocalDate validFrom, LocalDate validTo,
                      Set<Frequency> frequencies, boolean scored, BigDecimal generalMax, BigDecimal taskMax,
                      BigDecimal excellentMin, BigDecimal goodMin, BigDecimal completedMin,
                      int excellentQuotaPercent, boolean disciplineCaps, Integer annualDeadlineDay) {

    public RuleSet {
        frequencies = Set.copyOf(frequencies);
    }

    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
