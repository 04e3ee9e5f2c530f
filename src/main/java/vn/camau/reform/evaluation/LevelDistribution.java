package vn.camau.reform.evaluation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a cycle's ratings spread over the four levels, against the excellent quota. A rating counts
 * with its approved level, or its proposed level while it is not approved yet, so HR sees the
 * quota broken while there is still time to change a proposal rather than only when the head's
 * approval is refused.
 *
 * @param counts        ratings per level (every level present, zero when none)
 * @param unrated       ratings with neither a proposal nor an approved level yet
 * @param excellent     rated (or proposed) excellent
 * @param goodOrBetter  rated (or proposed) good or excellent: the quota's base
 * @param allowed       the most that may be excellent out of {@code goodOrBetter}
 * @param quotaPercent  the rules' share, 20 under both decrees
 */
public record LevelDistribution(Map<RatingLevel, Integer> counts, int unrated, int excellent, int goodOrBetter,
                                int allowed, int quotaPercent) {

    public LevelDistribution {
        counts = Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    public static LevelDistribution of(RuleSet rules, List<Evaluation> ratings) {
        Map<RatingLevel, Integer> counts = new EnumMap<>(RatingLevel.class);
        for (RatingLevel level : RatingLevel.values()) {
            counts.put(level, 0);
        }
        int unrated = 0;
        for (Evaluation e : ratings) {
            RatingLevel level = levelOf(e);
            if (level == null) {
                unrated++;
            } else {
                counts.merge(level, 1, Integer::sum);
            }
        }
        int goodOrBetter = counts.get(RatingLevel.EXCELLENT) + counts.get(RatingLevel.GOOD);
        return new LevelDistribution(counts, unrated, counts.get(RatingLevel.EXCELLENT), goodOrBetter,
                EvaluationRules.excellentAllowed(rules, goodOrBetter), rules.excellentQuotaPercent());
    }

    /** The approved level, else the proposed one, else none yet. */
    public static RatingLevel levelOf(Evaluation e) {
        if (e.finalLevel() != null) {
            return e.finalLevel();
        }
        return e.proposal() == null ? null : e.proposal().level();
    }

    public boolean overQuota() {
        return excellent > allowed;
    }
}
