package vn.camau.reform.dashboard.ui;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;

import tools.jackson.databind.node.ObjectNode;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.RouteIds;
import vn.camau.reform.base.ui.chart.ChartOptions;
import vn.camau.reform.base.ui.chart.ChartOptions.Series;
import vn.camau.reform.base.ui.chart.ChartOptions.Slice;
import vn.camau.reform.base.ui.chart.ChartOptions.ValueFormat;
import vn.camau.reform.base.ui.chart.EChart;
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dashboard.FieldRow;
import vn.camau.reform.dashboard.IndicatorKind;
import vn.camau.reform.dashboard.Indicators;
import vn.camau.reform.dashboard.MonthPoint;
import vn.camau.reform.dossier.StatCounter;
import vn.camau.reform.dashboard.UnitBreakdown;
import vn.camau.reform.dashboard.UnitRow;

/**
 * The overview's four charts. Each click leads somewhere: a month opens that month, a unit its
 * drill-down, a field its late dossiers, a channel its dossiers.
 */
class OverviewCharts extends Composite<Div> {

    /** A ranking of 64 communes is unreadable; the worst are what a chairperson asks about. */
    static final int RANKED_UNITS = 15;
    /** Fields with late dossiers, most first: beyond ten the names no longer fit the chart's height. */
    static final int SHOWN_FIELDS = 10;

    interface Drill {
        void month(YearMonth month);

        void unit(long unitId);

        void lateInField(long fieldId);

        void channel(Channel channel);
    }

    OverviewCharts(List<MonthPoint> trend, UnitBreakdown breakdown, List<FieldRow> fields, Drill drill) {
        Div grid = getContent();
        grid.addClassName("chart-grid");
        grid.setWidthFull();
        grid.add(trendChart(trend, drill::month), rankingChart(breakdown, drill::unit),
                fieldChart(fields, drill::lateInField), channelChart(breakdown.total(), drill::channel));
    }

    private EChart chart(String titleKey, ObjectNode option) {
        EChart chart = new EChart(getTranslation(titleKey), option);
        chart.addClassName("overview-chart");
        chart.setId("chart-" + titleKey.substring(titleKey.lastIndexOf('.') + 1));
        return chart;
    }

    private EChart trendChart(List<MonthPoint> trend, Consumer<YearMonth> onMonth) {
        List<String> months = trend.stream().map(p -> getTranslation("chart.month-label",
                p.month().getMonthValue(), String.valueOf(p.month().getYear()))).toList();
        List<Double> onTime = trend.stream().map(p -> p.indicators().ratio(IndicatorKind.ON_TIME).value()).toList();
        List<Double> online = trend.stream().map(p -> p.indicators().ratio(IndicatorKind.ONLINE).value()).toList();
        ObjectNode option = ChartOptions.line(getTranslation("chart.trend"), months,
                List.of(new Series(getTranslation("indicator.on-time"), onTime),
                        new Series(getTranslation("indicator.online"), online)), ValueFormat.PERCENT);
        double axisFrom = option.path("yAxis").path("min").asDouble(0);
        if (onTime.stream().allMatch(java.util.Objects::isNull)) {
            ChartOptions.withEmptyMessage(option, getTranslation("chart.trend.empty"));
        } else if (axisFrom > 0) {
            ChartOptions.withAxisNote(option, getTranslation("chart.axis-from", VnFormats.percent(axisFrom)));
        }
        EChart chart = chart("chart.trend", option);
        chart.addChartClickListener(e -> {
            if (e.getDataIndex() >= 0 && e.getDataIndex() < trend.size()) {
                onMonth.accept(trend.get(e.getDataIndex()).month());
            }
        });
        return chart;
    }

    /**
     * On-time rates sit between 99% and 100%: as bars of a 0–100% axis they all look full. The same
     * figure as late dossiers per 1,000 resolved (1 − rate) starts at zero honestly and shows the
     * worst unit ten times longer than a unit at 99,9%; each bar prints both numbers.
     */
    private EChart rankingChart(UnitBreakdown breakdown, Consumer<Long> onUnit) {
        List<UnitRow> ranked = breakdown.rows().stream()
                .filter(r -> r.indicators().get(StatCounter.RESOLVED) > 0 && r.drillable())
                .filter(r -> latePerThousand(r) > 0)
                .sorted(Comparator.comparing(OverviewCharts::latePerThousand).reversed()
                        .thenComparing(r -> -r.indicators().get(StatCounter.RESOLVED_LATE)))
                .limit(RANKED_UNITS)
                .toList();
        ObjectNode option = ChartOptions.horizontalBar(getTranslation("chart.ranking"),
                ranked.stream().map(r -> r.unit().name()).toList(),
                ranked.stream().map(r -> Math.round(latePerThousand(r) * 10) / 10.0).toList(),
                ranked.stream().map(r -> r.unit().id()).toList(), ValueFormat.COUNT,
                ranked.stream().map(r -> getTranslation("chart.ranking.label", VnFormats.perMille(latePerThousand(r)),
                        VnFormats.percent(r.indicators().ratio(IndicatorKind.ON_TIME).value()))).toList());
        if (ranked.isEmpty()) {
            ChartOptions.withEmptyMessage(option, getTranslation("chart.ranking.empty"));
        }
        EChart chart = chart("chart.ranking", option);
        chart.addChartClickListener(e -> e.getDataId().flatMap(RouteIds::parse).ifPresent(onUnit));
        return chart;
    }

    private static double latePerThousand(UnitRow r) {
        Double onTime = r.indicators().ratio(IndicatorKind.ON_TIME).value();
        return onTime == null ? 0 : Math.max(0, (1 - onTime) * 1000);
    }

    private static long lateInField(FieldRow f) {
        return f.totals().get(StatCounter.RESOLVED_LATE) + f.overdueNow();
    }

    /** Fields with the most late dossiers on top, names at the left where they have room to wrap. */
    private EChart fieldChart(List<FieldRow> fields, Consumer<Long> onField) {
        List<FieldRow> shown = fields.stream()
                .filter(f -> lateInField(f) > 0)
                .sorted(Comparator.comparingLong(OverviewCharts::lateInField).reversed())
                .limit(SHOWN_FIELDS)
                .toList();
        ObjectNode option = ChartOptions.horizontalBars(getTranslation("chart.late-by-field"),
                shown.stream().map(f -> f.field().name()).toList(),
                List.of(new Series(getTranslation("chart.resolved-late"),
                                shown.stream().map(f -> f.totals().get(StatCounter.RESOLVED_LATE)).toList()),
                        new Series(getTranslation("chart.overdue-now"),
                                shown.stream().map(FieldRow::overdueNow).toList())));
        if (shown.isEmpty()) {
            ChartOptions.withEmptyMessage(option, getTranslation("chart.late-by-field.empty"));
        }
        EChart chart = chart("chart.late-by-field", option);
        chart.addChartClickListener(e -> {
            if (e.getDataIndex() >= 0 && e.getDataIndex() < shown.size()) {
                onField.accept(shown.get(e.getDataIndex()).field().id());
            }
        });
        return chart;
    }

    private EChart channelChart(Indicators total, Consumer<Channel> onChannel) {
        long online = total.get(StatCounter.RECEIVED_ONLINE);
        long postal = total.get(StatCounter.RECEIVED_POSTAL);
        long inPerson = total.get(StatCounter.RECEIVED) - online - postal;
        List<Slice> slices = new ArrayList<>();
        slices.add(new Slice(getTranslation("channel.ONLINE"), online, Channel.ONLINE.name()));
        slices.add(new Slice(getTranslation("channel.IN_PERSON"), inPerson, Channel.IN_PERSON.name()));
        slices.add(new Slice(getTranslation("channel.POSTAL"), postal, Channel.POSTAL.name()));
        ObjectNode option = ChartOptions.pie(getTranslation("chart.channels"),
                slices.stream().filter(sl -> sl.value().longValue() > 0).toList());
        if (total.get(StatCounter.RECEIVED) == 0) {
            ChartOptions.withEmptyMessage(option, getTranslation("chart.channels.empty"));
        }
        EChart chart = chart("chart.channels", option);
        chart.addChartClickListener(e -> e.getDataId().ifPresent(id -> onChannel.accept(Channel.valueOf(id))));
        return chart;
    }
}
