package vn.camau.reform.dashboard.index766;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.camau.reform.base.period.Ratio;
import vn.camau.reform.dashboard.Indicators;

/** Scores a unit's figures under a rule set; pure, so the formulas are tested without a database. */
public final class IndexScoring {

    private IndexScoring() {
    }

    public static UnitIndex score(long unitId, IndexRuleSet rules, Indicators figures) {
        return score(unitId, rules, figures, Map.of());
    }

    /**
     * With the figures entered by hand for the unit, by sub-indicator code: an entry counts only for a
     * sub-indicator not computable here (a computed figure is never overridden by a typed one).
     */
    public static UnitIndex score(long unitId, IndexRuleSet rules, Indicators figures,
                                  Map<String, IndexEntry> entries) {
        List<GroupScore> groups = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (GroupRule g : rules.groups()) {
            GroupScore gs = score(g, figures, entries);
            groups.add(gs);
            total = total.add(gs.score());
            max = max.add(gs.max());
        }
        return new UnitIndex(unitId, rules, total, max, groups);
    }

    static GroupScore score(GroupRule g, Indicators figures, Map<String, IndexEntry> entries) {
        List<SubIndicatorScore> scores = new ArrayList<>();
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (SubIndicatorRule r : g.indicators()) {
            SubIndicatorScore s = score(r, figures, entries.get(r.code()));
            scores.add(s);
            if (s.scored()) {
                earned = earned.add(s.score());
                max = max.add(r.max());
            }
        }
        return new GroupScore(g, earned, max, scores);
    }

    private static SubIndicatorScore score(SubIndicatorRule r, Indicators figures, IndexEntry entry) {
        if (!r.measure().computable() && entry != null) {
            return SubIndicatorScore.entered(r, entry);
        }
        Ratio ratio = r.measure().ratio(figures);
        return new SubIndicatorScore(r, ratio, r.score(ratio));
    }
}
