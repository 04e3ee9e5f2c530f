package vn.camau.reform.hotline.ui;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.RouteIds;
import vn.camau.reform.base.ui.chart.ChartOptions;
import vn.camau.reform.base.ui.chart.ChartOptions.Series;
import vn.camau.reform.base.ui.chart.ChartOptions.Slice;
import vn.camau.reform.base.ui.chart.ChartOptions.ValueFormat;
import vn.camau.reform.base.ui.chart.EChart;
import vn.camau.reform.hotline.HotlineCategory;
import vn.camau.reform.hotline.HotlineStats;
import vn.camau.reform.hotline.HotlineStats.MonthOnTime;
import vn.camau.reform.hotline.HotlineStats.UnitCount;

/**
 * The leaders' five hotline charts. A unit's bar opens that unit's charts; everything else is a
 * picture of counts (no chart leads to a report, let alone to who made it).
 */
class HotlineCharts extends Composite<Div> {

    /** Sixty-four communes in one ranking are unreadable; the most reported are what leaders ask about. */
    static final int RANKED_UNITS = 15;

    HotlineCharts(HotlineStats stats, Consumer<Long> openUnit) {
        Div grid = getContent();
        grid.addClassName("chart-grid");
        grid.setWidthFull();
        grid.add(categoryChart(stats), unitChart(stats, openUnit), monthChart(stats), onTimeChart(stats),
                foundedChart(stats, openUnit));
    }

    private EChart chart(String titleKey, ObjectNode option) {
        EChart chart = new EChart(getTranslation(titleKey), option);
        chart.addClassName("overview-chart");
        chart.setId("chart-" + titleKey.substring(titleKey.lastIndexOf('.') + 1));
        return chart;
    }

    private String monthLabel(YearMonth m) {
        return getTranslation("chart.month-label", m.getMonthValue(), String.valueOf(m.getYear()));
    }

    private EChart categoryChart(HotlineStats stats) {
        List<Slice> slices = stats.byCategory().stream()
                .filter(c -> c.reports() > 0)
                .map(c -> new Slice(getTranslation(c.category().labelKey()), c.reports(), c.category().name()))
                .toList();
        return chart("hotline.chart.by-category", emptyUnless(!slices.isEmpty(),
                ChartOptions.pie(getTranslation("hotline.chart.by-category"), slices), "hotline.chart.empty"));
    }

    private EChart unitChart(HotlineStats stats, Consumer<Long> openUnit) {
        List<UnitCount> ranked = stats.byUnit().stream().limit(RANKED_UNITS).toList();
        return clickable(chart("hotline.chart.by-unit", emptyUnless(!ranked.isEmpty(), ChartOptions.horizontalBar(
                getTranslation("hotline.chart.by-unit"), ranked.stream().map(this::unitLabel).toList(),
                ranked.stream().map(UnitCount::reports).toList(), ids(ranked)), "hotline.chart.empty")), openUnit);
    }

    private EChart foundedChart(HotlineStats stats, Consumer<Long> openUnit) {
        List<UnitCount> ranked = stats.byUnit().stream().filter(u -> u.founded() > 0)
                .sorted(Comparator.comparingLong((UnitCount u) -> -u.founded()).thenComparing(UnitCount::unitName))
                .limit(RANKED_UNITS).toList();
        return clickable(chart("hotline.chart.founded-by-unit", emptyUnless(!ranked.isEmpty(),
                ChartOptions.horizontalBar(getTranslation("hotline.chart.founded-by-unit"),
                        ranked.stream().map(this::unitLabel).toList(), ranked.stream().map(UnitCount::founded).toList(),
                        ids(ranked)), "hotline.chart.founded-by-unit.empty")), openUnit);
    }

    private String unitLabel(UnitCount u) {
        return u.self() ? getTranslation("hotline.chart.own-reports", u.unitName()) : u.unitName();
    }

    /** The focus's own row carries no id: it is where the leader already is. */
    private static List<Long> ids(List<UnitCount> units) {
        List<Long> ids = new ArrayList<>();
        units.forEach(u -> ids.add(u.self() ? null : u.unitId()));
        return ids;
    }

    private static EChart clickable(EChart chart, Consumer<Long> openUnit) {
        chart.addChartClickListener(e -> e.getDataId().flatMap(RouteIds::parse).ifPresent(openUnit));
        return chart;
    }

    /** Reports per month, one stacked bar segment per category. */
    private EChart monthChart(HotlineStats stats) {
        List<Series> series = new ArrayList<>();
        for (HotlineCategory c : HotlineCategory.values()) {
            List<Long> values = stats.months().stream().map(m -> stats.reports(m, c)).toList();
            if (values.stream().anyMatch(v -> v > 0)) {
                series.add(new Series(getTranslation(c.labelKey()), values));
            }
        }
        ObjectNode option = ChartOptions.bar(getTranslation("hotline.chart.by-month"),
                stats.months().stream().map(this::monthLabel).toList(), series);
        for (JsonNode s : option.get("series")) {
            ((ObjectNode) s).put("stack", "reports");
        }
        // twelve "T11/2026" labels side by side do not fit a half-width chart: slant them
        // and a little further below the axis, where the first one met the value axis's "0"
        ((ObjectNode) option.get("xAxis").get("axisLabel")).put("rotate", 40).put("margin", 12);
        return chart("hotline.chart.by-month", emptyUnless(!series.isEmpty(), option, "hotline.chart.empty"));
    }

    private EChart onTimeChart(HotlineStats stats) {
        List<Double> rates = stats.onTime().stream().map(m -> m.ratio().value()).toList();
        ObjectNode option = ChartOptions.line(getTranslation("hotline.chart.on-time"),
                stats.onTime().stream().map(MonthOnTime::month).map(this::monthLabel).toList(),
                List.of(new Series(getTranslation("indicator.hotline-on-time"), rates)), ValueFormat.PERCENT);
        double axisFrom = option.path("yAxis").path("min").asDouble(0);
        boolean any = rates.stream().anyMatch(java.util.Objects::nonNull);
        if (any && axisFrom > 0) {
            ChartOptions.withAxisNote(option, getTranslation("chart.axis-from", VnFormats.percent(axisFrom)));
        }
        return chart("hotline.chart.on-time", emptyUnless(any, option, "hotline.chart.on-time.empty"));
    }

    /** An empty chart says why, rather than showing bare axes. */
    private ObjectNode emptyUnless(boolean hasData, ObjectNode option, String messageKey) {
        return hasData ? option : ChartOptions.withEmptyMessage(option, getTranslation(messageKey));
    }
}
