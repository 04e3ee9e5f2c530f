package vn.camau.reform.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.base.period.Period;

/**
 * The overview's figures read in one request (its per-unit figures computed once for the rows and the
 * comparison) equal what the separate calls give, for the province and a commune, for the running year
 * and a closed one, in the current and the former structure.
 */
@AppTest
class OverviewFiguresTest {

    @Autowired
    IndicatorService indicators;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void oneReadEqualsTheSeparateCalls() {
        TestLogins.loginAs(users, "lanhdao.tinh");
        LocalDate today = indicators.today();
        for (long unit : List.of(1L, 100L)) {
            for (Period period : List.of(Period.year(today.getYear()), Period.year(today.getYear() - 1),
                    Period.custom(today.minusDays(30), today))) {
                for (UnitStructure structure : UnitStructure.values()) {
                    YearMonth to = YearMonth.from(period.to());
                    OverviewFigures one = indicators.overview(unit, period, structure, to.minusMonths(11), to);
                    UnitBreakdown breakdown = indicators.breakdown(unit, period, structure);
                    UnitStructure st = breakdown.structure();
                    assertThat(one.breakdown()).as("%d %s %s", unit, period, structure).isEqualTo(breakdown);
                    assertThat(one.comparison()).isEqualTo(indicators.compare(unit, period, structure));
                    assertThat(one.trend()).isEqualTo(indicators.monthlyTrend(unit, st, to.minusMonths(11), to));
                    assertThat(one.fields()).isEqualTo(indicators.byField(unit, period, st));
                }
            }
        }
        assertThat(indicators.breakdown(1L, Period.year(today.getYear()), UnitStructure.CURRENT).total()
                .get(vn.camau.reform.dossier.StatCounter.RECEIVED)).isPositive();
    }
}
