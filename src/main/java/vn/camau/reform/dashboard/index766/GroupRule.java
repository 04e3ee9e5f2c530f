package vn.camau.reform.dashboard.index766;

import java.math.BigDecimal;
import java.util.List;

/** A group of a rule set (transparency, progress, ...) with its maximum and sub-indicators. */
public record GroupRule(String code, BigDecimal max, List<SubIndicatorRule> indicators) {

    public GroupRule {
        indicators = List.copyOf(indicators);
    }

    public String nameKey() {
        return "index766.group." + code;
    }
}
