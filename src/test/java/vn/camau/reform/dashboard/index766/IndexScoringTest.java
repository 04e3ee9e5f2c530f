package vn.camau.reform.dashboard.index766;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.camau.reform.apology.ApologyCompliance;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.period.Ratio;
import vn.camau.reform.dashboard.Indicators;
import vn.camau.reform.dossier.StatCounter;
import vn.camau.reform.dossier.StatTotals;
import vn.camau.reform.hotline.HotlineFigures;

/** The scoring rule at its edges and the rule set's validation, without a database. */
class IndexScoringTest {

    static final SubIndicatorRule ONLINE = new SubIndicatorRule("RECEIVED_ONLINE", new BigDecimal("12"),
            new BigDecimal("0.8"), Measure.RECEIVED_ONLINE);

    @Test
    void theFullMaximumAtTheTargetAProportionBelowItAndNoMoreAboveIt() {
        assertThat(ONLINE.score(new Ratio(80, 100))).isEqualByComparingTo("12");
        assertThat(ONLINE.score(new Ratio(40, 100))).isEqualByComparingTo("6");
        assertThat(ONLINE.score(new Ratio(1, 3))).isEqualByComparingTo("5.00"); // 12 × (1/3) ÷ 0.8
        assertThat(ONLINE.score(new Ratio(95, 100))).isEqualByComparingTo("12");
        assertThat(ONLINE.score(new Ratio(0, 100))).isEqualByComparingTo("0");
    }

    @Test
    void noDenominatorIsNoDataNotZeroPoints() {
        assertThat(ONLINE.score(new Ratio(0, 0))).isNull();
        UnitIndex idx = IndexScoring.score(1, ruleSet(), figures(0, 0, 10, 9));
        GroupScore online = idx.groups().get(1);
        assertThat(online.indicators().getFirst().scored()).isFalse();
        assertThat(online.max()).isEqualByComparingTo("0");
        assertThat(idx.max()).isEqualByComparingTo("10"); // only the progress group is scored
        assertThat(idx.total()).isEqualByComparingTo("9");
        assertThat(idx.reduced()).isTrue();
    }

    @Test
    void aNonComputableSubIndicatorReducesTheMaximumAndIsSaidSo() {
        UnitIndex idx = IndexScoring.score(1, ruleSet(), figures(40, 100, 10, 10));
        GroupScore online = idx.groups().get(1);
        SubIndicatorScore published = online.indicators().get(1);
        assertThat(published.computable()).isFalse();
        assertThat(published.ratio()).isNull();
        assertThat(published.score()).isNull();
        assertThat(published.rule().needsKey()).isEqualTo("index766.indicator.PUBLISHED.needs");
        assertThat(online.reduced()).isTrue();
        assertThat(online.max()).isEqualByComparingTo("12");
        assertThat(online.score()).isEqualByComparingTo("6");
        assertThat(idx.max()).isEqualByComparingTo("22");
        assertThat(idx.total()).isEqualByComparingTo("16");
    }

    @Test
    void aRuleSetWhoseWeightsDoNotAddUpIsRefused() {
        assertThat(ruleSet().validate()).isNotNull();
        IndexRuleSet badTotal = new IndexRuleSet(1, "T", "t", "s", LocalDate.of(2022, 1, 1), null,
                new BigDecimal("100"), ruleSet().groups());
        assertThatThrownBy(badTotal::validate).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("index766.rules.groups-do-not-add-up");
        IndexRuleSet badGroup = new IndexRuleSet(1, "T", "t", "s", LocalDate.of(2022, 1, 1), null,
                new BigDecimal("25"), List.of(new GroupRule("PROGRESS", new BigDecimal("25"),
                        List.of(new SubIndicatorRule("RESOLVED_ON_TIME", new BigDecimal("20"), BigDecimal.ONE,
                                Measure.RESOLVED_ON_TIME)))));
        assertThatThrownBy(badGroup::validate).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("index766.rules.indicators-do-not-add-up");
    }

    @Test
    void aTargetOfZeroIsRefused() {
        IndexRuleSet zeroTarget = new IndexRuleSet(1, "T", "t", "s", LocalDate.of(2022, 1, 1), null,
                new BigDecimal("10"), List.of(new GroupRule("PROGRESS", new BigDecimal("10"),
                        List.of(new SubIndicatorRule("RESOLVED_ON_TIME", new BigDecimal("10"), BigDecimal.ZERO,
                                Measure.RESOLVED_ON_TIME)))));
        assertThatThrownBy(zeroTarget::validate).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("index766.rules.target-out-of-range");
    }

    /** Progress 10 points (target 100%), online 18 points: 12 measured (target 80%) and 6 not computable. */
    static IndexRuleSet ruleSet() {
        return new IndexRuleSet(1, "T", "test", "test", LocalDate.of(2022, 1, 1), null, new BigDecimal("28"),
                List.of(new GroupRule("PROGRESS", new BigDecimal("10"),
                                List.of(new SubIndicatorRule("RESOLVED_ON_TIME", new BigDecimal("10"), BigDecimal.ONE,
                                        Measure.RESOLVED_ON_TIME))),
                        new GroupRule("ONLINE_SERVICE", new BigDecimal("18"),
                                List.of(ONLINE, new SubIndicatorRule("PUBLISHED", new BigDecimal("6"),
                                        BigDecimal.ONE, Measure.NOT_COMPUTABLE)))));
    }

    static Indicators figures(long online, long received, long resolved, long onTime) {
        long[] v = new long[StatCounter.values().length];
        v[StatCounter.RECEIVED_ONLINE.ordinal()] = online;
        v[StatCounter.RECEIVED.ordinal()] = received;
        v[StatCounter.RESOLVED.ordinal()] = resolved;
        v[StatCounter.RESOLVED_ON_TIME.ordinal()] = onTime;
        return new Indicators(new StatTotals(v), 0, 0, 0, 0, 0, LocalDate.of(2025, 12, 31), ApologyCompliance.NONE,
                HotlineFigures.NONE);
    }
}
