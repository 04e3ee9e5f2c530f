package vn.camau.reform.dashboard.index766;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.period.Ratio;
import vn.camau.reform.dashboard.IndicatorService;
import vn.camau.reform.dossier.StatCounter;
import vn.camau.reform.dossier.StatTotals;
import vn.camau.reform.dossier.query.DirectCountQuery;
import vn.camau.reform.hotline.HotlineFigures;
import vn.camau.reform.security.UnitScope;

/**
 * The seeded 2022 rule set and the province's index over the demo data, checked against the same
 * formulas applied to the independent direct count of the dossiers.
 */
@AppTest
class Index766ServiceTest {

    @Autowired
    Index766Service index;
    @Autowired
    IndicatorService indicators;
    @Autowired
    DirectCountQuery direct;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void login() {
        TestLogins.loginAs(users, "admin");
    }

    @Test
    void theSeededRuleSetIsDecision766AndAddsUp() {
        IndexRuleSet rules = index.ruleSetOn(Period.year(2025).to());
        assertThat(rules.code()).isEqualTo("QD766-2022");
        assertThat(rules.source()).contains("766/QĐ-TTg");
        assertThat(rules.total()).isEqualByComparingTo("100");
        assertThat(rules.groups()).extracting(GroupRule::code).containsExactly("TRANSPARENCY", "PROGRESS",
                "ONLINE_SERVICE", "ONLINE_PAYMENT", "DIGITISATION", "SATISFACTION");
        assertThat(rules.groups().get(4).indicators()).hasSize(7);
        assertThat(rules.groups()).extracting(g -> g.max().intValue()).containsExactly(18, 20, 12, 10, 22, 18);
    }

    @Test
    void theProvinceScoresEqualTheFormulasOverTheDirectCount() {
        Period year = Period.year(2025);
        UnitIndex idx = index.score(1, year, UnitStructure.CURRENT);
        StatTotals counted = direct.sumsByUnit(new UnitScope(1, "/1/"), "/1/", UnitStructure.CURRENT,
                        year.from(), year.to()).values().stream().reduce(StatTotals.ZERO, StatTotals::plus);
        assertThat(counted.get(StatCounter.RESOLVED)).as("demo dossiers resolved in 2025").isGreaterThan(10);

        // the hotline has no direct count of its own here: its figures are the dashboard's
        HotlineFigures hotline = indicators.breakdown(1, year, UnitStructure.CURRENT).total().hotline();
        Map<String, Ratio> expected = Map.of(
                "RESOLVED_ON_TIME", new Ratio(counted.get(StatCounter.RESOLVED_EARLY)
                        + counted.get(StatCounter.RESOLVED_ON_TIME), counted.get(StatCounter.RECEIVED)),
                // online services: fully online ÷ dossiers of procedures offered fully online (V32)
                "RECEIVED_ONLINE", new Ratio(counted.get(StatCounter.FULLY_ONLINE),
                        counted.get(StatCounter.ONLINE_ELIGIBLE)),
                "ELECTRONIC_RESULT", new Ratio(counted.get(StatCounter.RESULT_ELECTRONIC),
                        counted.get(StatCounter.RESOLVED)),
                "DATA_REUSED", new Ratio(counted.get(StatCounter.DATA_REUSED), counted.get(StatCounter.RECEIVED)),
                "PAID_ONLINE", new Ratio(counted.get(StatCounter.PAID_ONLINE), counted.get(StatCounter.WITH_FEE)),
                "COMPONENTS_DIGITISED", new Ratio(counted.get(StatCounter.DIGITISED), counted.get(StatCounter.RESOLVED)),
                "CITIZENS_SATISFIED", new Ratio(counted.get(StatCounter.SATISFIED), counted.get(StatCounter.RATED)),
                "HOTLINE_ON_TIME", hotline.onTimeRatio(),
                "HOTLINE_SATISFIED", hotline.satisfactionRatio());

        BigDecimal total = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (GroupScore g : idx.groups()) {
            for (SubIndicatorScore s : g.indicators()) {
                SubIndicatorRule r = s.rule();
                if (!s.computable()) {
                    assertThat(s.score()).as(r.code()).isNull();
                    continue;
                }
                Ratio ratio = expected.get(r.code());
                assertThat(s.ratio()).as(r.code()).isEqualTo(ratio);
                BigDecimal score = ratio.hasData()
                        ? BigDecimal.valueOf(Math.min(r.max().doubleValue(),
                                ratio.value() / r.target().doubleValue() * r.max().doubleValue()))
                        : null;
                if (score == null) {
                    assertThat(s.score()).as(r.code()).isNull();
                } else {
                    assertThat(s.score().doubleValue()).as(r.code()).isCloseTo(score.doubleValue(),
                            org.assertj.core.data.Offset.offset(0.005));
                    total = total.add(s.score());
                    max = max.add(r.max());
                }
            }
        }
        assertThat(idx.total()).isEqualByComparingTo(total);
        assertThat(idx.max()).isEqualByComparingTo(max);
        // transparency (18), 4 of online payment and 10 of digitisation are not computable here
        assertThat(expected.values()).allMatch(Ratio::hasData);
        assertThat(idx.max()).isEqualByComparingTo("68");
        assertThat(idx.reduced()).isTrue();
    }
}
