package vn.camau.reform.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.camau.reform.base.BusinessRuleException;

/**
 * The arithmetic of a rating, free of the database: points within their parts, the level they give,
 * the discipline cap and the excellent quota. Scores have two decimals, so 89.99 is good and 90 is
 * excellent.
 */
public final class EvaluationRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private EvaluationRules() {
    }

    /** The total of the two parts, each checked against its maximum; refused outside 0–max. */
    public static BigDecimal total(RuleSet rules, BigDecimal general, BigDecimal task) {
        if (!rules.scored()) {
            throw new BusinessRuleException("evaluation.not-scored", rules.name());
        }
        check(general, rules.generalMax(), "evaluation.score.general");
        check(task, rules.taskMax(), "evaluation.score.task");
        return general.add(task).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static void check(BigDecimal score, BigDecimal max, String key) {
        if (score == null) {
            throw new BusinessRuleException(key + ".required");
        }
        if (score.signum() < 0 || score.compareTo(max) > 0) {
            throw new BusinessRuleException(key + ".range", max.stripTrailingZeros().toPlainString());
        }
        if (score.stripTrailingZeros().scale() > 2) {
            throw new BusinessRuleException("evaluation.score.decimals");
        }
    }

    /** The level the points give, or NOT_COMPLETED when disciplined in the year under rules that say so. */
    public static RatingLevel level(RuleSet rules, BigDecimal total, boolean disciplined) {
        if (total.signum() < 0 || total.compareTo(HUNDRED) > 0) {
            throw new BusinessRuleException("evaluation.score.total.range");
        }
        if (disciplined && rules.disciplineCaps()) {
            return RatingLevel.NOT_COMPLETED;
        }
        if (total.compareTo(rules.excellentMin()) >= 0) {
            return RatingLevel.EXCELLENT;
        }
        if (total.compareTo(rules.goodMin()) >= 0) {
            return RatingLevel.GOOD;
        }
        return total.compareTo(rules.completedMin()) >= 0 ? RatingLevel.COMPLETED : RatingLevel.NOT_COMPLETED;
    }

    /**
     * A level chosen on criteria (unscored rules), still capped by a discipline decision: choosing a
     * better one for a disciplined officer is refused rather than silently lowered.
     */
    public static RatingLevel chosenLevel(RuleSet rules, RatingLevel chosen, boolean disciplined) {
        if (chosen == null) {
            throw new BusinessRuleException("evaluation.level.required");
        }
        if (disciplined && rules.disciplineCaps() && chosen != RatingLevel.NOT_COMPLETED) {
            throw new BusinessRuleException("evaluation.disciplined");
        }
        return chosen;
    }

    /**
     * The most officers a unit may rate excellent when {@code goodOrBetter} are rated good or
     * better: the quota's share of them, rounded down ("không quá 20%").
     */
    public static int excellentAllowed(RuleSet rules, int goodOrBetter) {
        return goodOrBetter * rules.excellentQuotaPercent() / 100;
    }

    /**
     * Refuses a set of final levels whose excellent ratings exceed the quota, naming it.
     *
     * @param excellent    rated excellent in the unit's cycle, the rating being approved included
     * @param goodOrBetter rated good or better, likewise
     */
    public static void checkQuota(RuleSet rules, int excellent, int goodOrBetter) {
        int allowed = excellentAllowed(rules, goodOrBetter);
        if (excellent > allowed) {
            throw new BusinessRuleException("evaluation.quota", rules.excellentQuotaPercent(), goodOrBetter, allowed,
                    excellent);
        }
    }
}
