package vn.camau.reform.dashboard.index766.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.text.Texts;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.dashboard.index766.BoardRow;
import vn.camau.reform.dashboard.index766.GroupScore;
import vn.camau.reform.dashboard.index766.Index766Periods;
import vn.camau.reform.dashboard.index766.IndexBoard;
import vn.camau.reform.dashboard.index766.IndexRuleSet;
import vn.camau.reform.dashboard.index766.SubIndicatorScore;
import vn.camau.reform.dashboard.index766.TrendPoint;
import vn.camau.reform.dashboard.index766.UnitIndex;

/**
 * {@code GET /api/v1/index766}: the 766 board as JSON, the same figures as the view and its export
 * (README "API"). Scores carry two decimals; a sub-indicator without a score has {@code score: null}
 * and says why in {@code note}.
 */
@JsonPropertyOrder({"unit", "structure", "period", "asOf", "ruleSet", "conventions", "index", "previousPeriod",
        "previousTotal", "previousMax", "change", "units", "trend"})
record Index766Response(UnitJson unit, UnitStructure structure, PeriodJson period, LocalDate asOf, RuleSetJson ruleSet,
                        Map<String, String> conventions, IndexJson index, PeriodJson previousPeriod,
                        BigDecimal previousTotal, BigDecimal previousMax, BigDecimal change, List<RankedUnit> units,
                        List<TrendJson> trend) {

    static final Map<String, String> CONVENTIONS = Map.of(
            "score", "score = min(max, ratio / target * max), two decimals; a sub-indicator with no denominator, or "
                    + "whose data is not held here, has no score and its maximum is left out of max (max below the "
                    + "rule set's total says so).",
            "ranking", "units are ranked worst first by total / max (the share of the scorable maximum attained); "
                    + "units without any figure in the period come last, unranked (rank null).",
            "change", "change = (total / max - previousTotal / previousMax) * 100, in percentage points of the "
                    + "scorable maximum, for the period before of the same kind: comparable when the maximum changed "
                    + "between the periods (sub-indicators that became computable or lost their data), and equal to "
                    + "the difference of points when both maxima are 100; null when either has nothing scored or the "
                    + "period before starts before 2023.",
            "trend", "the focus unit's total over the last 12 periods of the same kind ending with this one, none "
                    + "before 2023.");

    static Index766Response of(IndexBoard b) {
        List<RankedUnit> units = new ArrayList<>();
        for (int i = 0; i < b.rows().size(); i++) {
            BoardRow r = b.rows().get(i);
            units.add(new RankedUnit(r.attainment() == null ? null : i + 1, UnitJson.of(r.unit()), scored(r.index()),
                    r.index().max(), r.attainment(), r.previous() == null ? null : scored(r.previous()),
                    r.previous() == null ? null : r.previous().max(), r.change(),
                    r.index().groups().stream().map(g -> new GroupTotal(g.rule().code(),
                            g.max().signum() == 0 ? null : g.score(), g.max())).toList()));
        }
        return new Index766Response(UnitJson.of(b.focus()), b.structure(), PeriodJson.of(b.period()), b.asOf(),
                RuleSetJson.of(b.index().ruleSet()), CONVENTIONS, IndexJson.of(b.index()),
                b.previousPeriod() == null ? null : PeriodJson.of(b.previousPeriod()),
                b.previous() == null ? null : scored(b.previous()), b.previous() == null ? null : b.previous().max(),
                b.change(), units,
                b.trend().stream().map(TrendJson::of).toList());
    }

    /** The total, or null when nothing could be scored. */
    static BigDecimal scored(UnitIndex i) {
        return i.max().signum() == 0 ? null : i.total();
    }

    record UnitJson(String code, String name, String level, LocalDate validTo) {
        static UnitJson of(ReportUnit u) {
            return new UnitJson(u.code(), u.name(), u.level().name(), u.validTo());
        }
    }

    record PeriodJson(String period, String kind, LocalDate from, LocalDate to) {
        static PeriodJson of(Period p) {
            return new PeriodJson(Index766Periods.format(p), p.kind().name(), p.from(), p.to());
        }
    }

    record RuleSetJson(String code, String name, String source, BigDecimal total) {
        static RuleSetJson of(IndexRuleSet r) {
            return new RuleSetJson(r.code(), r.name(), r.source(), r.total());
        }
    }

    @JsonPropertyOrder({"total", "max", "reduced", "groups"})
    record IndexJson(BigDecimal total, BigDecimal max, boolean reduced, List<GroupJson> groups) {
        static IndexJson of(UnitIndex i) {
            return new IndexJson(scored(i), i.max(), i.reduced(), i.groups().stream().map(GroupJson::of).toList());
        }
    }

    @JsonPropertyOrder({"code", "name", "score", "max", "ruleMax", "indicators"})
    record GroupJson(String code, String name, BigDecimal score, BigDecimal max, BigDecimal ruleMax,
                     List<IndicatorJson> indicators) {
        static GroupJson of(GroupScore g) {
            return new GroupJson(g.rule().code(), Texts.bilingual(g.rule().nameKey()),
                    g.max().signum() == 0 ? null : g.score(), g.max(), g.rule().max(),
                    g.indicators().stream().map(IndicatorJson::of).toList());
        }
    }

    @JsonPropertyOrder({"code", "name", "measure", "numerator", "denominator", "ratio", "target", "score", "max",
            "formula", "source", "note"})
    record IndicatorJson(String code, String name, String measure, Long numerator, Long denominator, Double ratio,
                         BigDecimal target, BigDecimal score, BigDecimal max, String formula, String source,
                         String note) {
        static IndicatorJson of(SubIndicatorScore s) {
            String note = s.entered()
                    ? Texts.bilingual("index766.source.entered-by", s.enteredBy(),
                            VnFormats.dateTime(s.entry().enteredAt()), s.note())
                    : !s.computable() ? Texts.bilingual(s.rule().needsKey())
                    : s.scored() ? null : Texts.bilingual("index766.view.no-data");
            return new IndicatorJson(s.rule().code(), Texts.bilingual(s.rule().nameKey()), s.rule().measure().name(),
                    s.ratio() == null ? null : s.ratio().numerator(), s.ratio() == null ? null : s.ratio().denominator(),
                    s.ratioValue(), s.rule().target(), s.score(), s.rule().max(), Texts.bilingual(s.formulaKey()), s.source().name(), note);
        }
    }

    record GroupTotal(String code, BigDecimal score, BigDecimal max) {
    }

    @JsonPropertyOrder({"rank", "unit", "total", "max", "attainment", "previousTotal", "previousMax", "change",
            "groups"})
    record RankedUnit(Integer rank, UnitJson unit, BigDecimal total, BigDecimal max, Double attainment,
                      BigDecimal previousTotal, BigDecimal previousMax, BigDecimal change, List<GroupTotal> groups) {
    }

    record TrendJson(PeriodJson period, BigDecimal total, BigDecimal max) {
        static TrendJson of(TrendPoint p) {
            return new TrendJson(PeriodJson.of(p.period()), scored(p.index()), p.index().max());
        }
    }
}
