package vn.camau.reform.dashboard.index766;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.DOSSIER;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.junit.jupiter.api.AfterEach;
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
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierState;
import vn.camau.reform.dossier.OnlineLevel;
import vn.camau.reform.dossier.StatCounter;
import vn.camau.reform.dossier.StatTotals;
import vn.camau.reform.dossier.query.DirectCountQuery;
import vn.camau.reform.hotline.HotlineFigures;
import vn.camau.reform.security.UnitScope;

/**
 * Same truth everywhere (issue 20): every computable 766 sub-indicator, read from the summary counters
 * the overview reads (no scan of the dossier table), equals the same ratio over a direct count of the
 * dossiers: for the province, a commune, and a period crossing the reorganisation of 1 July 2025. The
 * national-portal facts (V32) are checked once more against a plain count written here.
 */
@AppTest
class Index766SameTruthTest {

    /** 15 June to 15 July 2025: former districts and communes before the 1st, the new communes after. */
    static final Period ACROSS_JULY_2025 = Period.custom(LocalDate.of(2025, 6, 15), LocalDate.of(2025, 7, 15));
    static final UnitScope PROVINCE_SCOPE = new UnitScope(1, "/1/");

    @Autowired
    Index766Service index;
    @Autowired
    IndicatorService indicators;
    @Autowired
    DirectCountQuery direct;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;

    @BeforeEach
    void login() {
        TestLogins.loginAs(users, "admin");
    }

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void theProvinceAcrossJuly2025() {
        checkAgainstDirectCount(1, "/1/", ACROSS_JULY_2025);
    }

    @Test
    void theProvinceOverAYear() {
        checkAgainstDirectCount(1, "/1/", Period.year(2024));
    }

    @Test
    void aCommuneAcrossJuly2025() {
        Record2<Long, String> anXuyen = dsl.select(ADMIN_UNIT.ID, ADMIN_UNIT.PATH).from(ADMIN_UNIT)
                .where(ADMIN_UNIT.CODE.eq("32002"), ADMIN_UNIT.VALID_TO.isNull()).fetchSingle();
        checkAgainstDirectCount(anXuyen.value1(), anXuyen.value2(), ACROSS_JULY_2025);
    }

    @Test
    void thePortalFactsEqualAPlainCountOfTheProvincesDossiers() {
        Period p = ACROSS_JULY_2025;
        UnitIndex idx = index.score(1, p, UnitStructure.CURRENT);
        Condition received = DOSSIER.STATE.notIn(DossierState.SUBMITTED_ONLINE, DossierState.REFUSED_AT_RECEPTION)
                .and(DOSSIER.RECEIVED_AT.ge(p.from().atStartOfDay()))
                .and(DOSSIER.RECEIVED_AT.lt(p.to().plusDays(1).atStartOfDay()));
        Condition resolved = DOSSIER.STATE.notIn(DossierState.SUBMITTED_ONLINE, DossierState.REFUSED_AT_RECEPTION)
                .and(DOSSIER.RESOLVED_AT.ge(p.from().atStartOfDay()))
                .and(DOSSIER.RESOLVED_AT.lt(p.to().plusDays(1).atStartOfDay()));
        int eligible = dsl.fetchCount(DOSSIER, received.and(DOSSIER.ONLINE_LEVEL.eq(OnlineLevel.FULL)));
        int fullyOnline = dsl.fetchCount(DOSSIER, received.and(DOSSIER.ONLINE_LEVEL.eq(OnlineLevel.FULL))
                .and(DOSSIER.CHANNEL.eq(Channel.ONLINE)));
        int electronic = dsl.fetchCount(DOSSIER, resolved.and(DOSSIER.RESULT_ELECTRONIC.isTrue()));
        int reused = dsl.fetchCount(DOSSIER, received.and(DOSSIER.DATA_REUSED.isTrue()));
        assertThat(eligible).as("the demo fills the online level").isGreaterThan(fullyOnline).isPositive();
        assertThat(fullyOnline).isPositive();
        assertThat(electronic).isPositive();
        assertThat(reused).isPositive();
        assertThat(score(idx, "RECEIVED_ONLINE").ratio()).isEqualTo(new Ratio(fullyOnline, eligible));
        assertThat(score(idx, "ELECTRONIC_RESULT").ratio().numerator()).isEqualTo(electronic);
        assertThat(score(idx, "DATA_REUSED").ratio().numerator()).isEqualTo(reused);
        assertThat(score(idx, "ELECTRONIC_RESULT").source()).isEqualTo(FigureSource.COMPUTED);
    }

    private void checkAgainstDirectCount(long unitId, String path, Period period) {
        UnitIndex idx = index.score(unitId, period, UnitStructure.CURRENT);
        StatTotals counted = direct.sumsByUnit(PROVINCE_SCOPE, path, UnitStructure.CURRENT, period.from(),
                period.to()).values().stream().reduce(StatTotals.ZERO, StatTotals::plus);
        assertThat(counted.get(StatCounter.RECEIVED)).as("dossiers received at %s in %s", path, period)
                .isPositive();
        HotlineFigures hotline = indicators.breakdown(unitId, period, UnitStructure.CURRENT).total().hotline();
        Map<Measure, Function<StatTotals, Ratio>> byMeasure = new HashMap<>();
        byMeasure.put(Measure.RESOLVED_ON_TIME, c -> new Ratio(c.get(StatCounter.RESOLVED_EARLY)
                + c.get(StatCounter.RESOLVED_ON_TIME), c.get(StatCounter.RESOLVED)));
        byMeasure.put(Measure.RESOLVED_ON_TIME_OF_RECEIVED, c -> new Ratio(c.get(StatCounter.RESOLVED_EARLY)
                + c.get(StatCounter.RESOLVED_ON_TIME), c.get(StatCounter.RECEIVED)));
        byMeasure.put(Measure.RECEIVED_ONLINE, c -> new Ratio(c.get(StatCounter.RECEIVED_ONLINE),
                c.get(StatCounter.RECEIVED)));
        byMeasure.put(Measure.PAID_ONLINE, c -> new Ratio(c.get(StatCounter.PAID_ONLINE), c.get(StatCounter.WITH_FEE)));
        byMeasure.put(Measure.RESULTS_DIGITISED, c -> new Ratio(c.get(StatCounter.DIGITISED),
                c.get(StatCounter.RESOLVED)));
        byMeasure.put(Measure.CITIZENS_SATISFIED, c -> new Ratio(c.get(StatCounter.SATISFIED),
                c.get(StatCounter.RATED)));
        byMeasure.put(Measure.FULLY_ONLINE, c -> new Ratio(c.get(StatCounter.FULLY_ONLINE),
                c.get(StatCounter.ONLINE_ELIGIBLE)));
        byMeasure.put(Measure.RESULT_ELECTRONIC, c -> new Ratio(c.get(StatCounter.RESULT_ELECTRONIC),
                c.get(StatCounter.RESOLVED)));
        byMeasure.put(Measure.DATA_REUSED, c -> new Ratio(c.get(StatCounter.DATA_REUSED),
                c.get(StatCounter.RECEIVED)));
        byMeasure.put(Measure.HOTLINE_ON_TIME, c -> hotline.onTimeRatio());
        byMeasure.put(Measure.HOTLINE_SATISFIED, c -> hotline.satisfactionRatio());
        assertThat(byMeasure.keySet()).as("every computable measure is checked here")
                .containsExactlyInAnyOrder(java.util.Arrays.stream(Measure.values()).filter(Measure::computable)
                        .toArray(Measure[]::new));

        int checked = 0;
        for (GroupScore g : idx.groups()) {
            for (SubIndicatorScore s : g.indicators()) {
                if (!s.computable()) {
                    continue;
                }
                Ratio expected = byMeasure.get(s.rule().measure()).apply(counted);
                assertThat(s.ratio()).as("%s at %s in %s", s.rule().code(), path, period).isEqualTo(expected);
                assertThat(s.score()).as(s.rule().code()).isEqualTo(s.rule().score(expected));
                checked++;
            }
        }
        assertThat(checked).as("progress, online services, payment, 3 of digitisation, 3 of satisfaction").isEqualTo(9);
    }

    private static SubIndicatorScore score(UnitIndex idx, String code) {
        return idx.groups().stream().flatMap(g -> g.indicators().stream())
                .filter(s -> s.rule().code().equals(code)).findFirst().orElseThrow();
    }
}
