package vn.camau.reform.dashboard.index766;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.camau.reform.base.period.Ratio;
import vn.camau.reform.dashboard.Indicators;

/** Scores a unit's figures under a rule set; pure, so the formulas are tested without a database. */
public final class IndexScoring {

    private IndexScoring() {
    }

    public static UnitIndex score(long unitId, IndexRuleSet rules, Indicators figures) {
        List<GroupScore> groups = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (GroupRule g : rules.groups()) {
            GroupScore gs = score(g, figures);
            groups.add(gs);
            total = total.add(gs.score());
            max = max.add(gs.max());
        }
        return new UnitIndex(unitId, rules, total, max, groups);
    }

    static GroupScore score(GroupRule g, Indicators figures) {
        List<SubIndicatorScore> scores = new ArrayList<>();
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (SubIndicatorRule r : g.indicators()) {
            Ratio ratio = r.measure().ratio(figures);
            BigDecimal s = r.score(ratio);
            scores.add(new SubIndicatorScore(r, ratio, s));
            if (s != null) {
                earned = earned.add(s);
                max = max.add(r.max());
            }
        }
        return new GroupScore(g, earned, max, scores);
    }
}
