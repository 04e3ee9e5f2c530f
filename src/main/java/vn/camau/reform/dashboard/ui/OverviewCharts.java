package vn.camau.reform.dashboard.ui;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;

import vn.camau.reform.base.ui.RouteIds;
import vn.camau.reform.base.ui.chart.ChartOptions;
import vn.camau.reform.base.ui.chart.ChartOptions.Series;
import vn.camau.reform.base.ui.chart.ChartOptions.Slice;
import vn.camau.reform.base.ui.chart.ChartOptions.ValueFormat;
import vn.camau.reform.base.ui.chart.EChart;
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.FieldRow;
import vn.camau.reform.dossier.IndicatorKind;
import vn.camau.reform.dossier.Indicators;
import vn.camau.reform.dossier.MonthPoint;
import vn.camau.reform.dossier.StatCounter;
import vn.camau.reform.dossier.UnitBreakdown;
import vn.camau.reform.dossier.UnitRow;

/**
 * The overview's four charts. Each click leads somewhere: a month opens that month, a unit its
 * drill-down, a field its late dossiers, a channel its dossiers.
 */
class OverviewCharts extends Composite<Div> {

    /** A ranking of 64 communes is unreadable; the worst are what a chairperson asks about. */
    static final int RANKED_UNITS = 15;

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

    private EChart chart(String titleKey, tools.jackson.databind.node.ObjectNode option) {
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
        EChart chart = chart("chart.trend", ChartOptions.line(getTranslation("chart.trend"), months,
                List.of(new Series(getTranslation("indicator.on-time"), onTime),
                        new Series(getTranslation("indicator.online"), online)), ValueFormat.PERCENT));
        chart.addChartClickListener(e -> {
            if (e.getDataIndex() >= 0 && e.getDataIndex() < trend.size()) {
                onMonth.accept(trend.get(e.getDataIndex()).month());
            }
        });
        return chart;
    }

    private EChart rankingChart(UnitBreakdown breakdown, Consumer<Long> onUnit) {
        List<UnitRow> ranked = breakdown.rows().stream()
                .filter(r -> r.indicators().get(StatCounter.RESOLVED) > 0 && r.drillable())
                .sorted(Comparator.comparing((UnitRow r) -> r.indicators().ratio(IndicatorKind.ON_TIME).value())
                        .thenComparing(r -> -r.indicators().get(StatCounter.RESOLVED_LATE)))
                .limit(RANKED_UNITS)
                .toList();
        EChart chart = chart("chart.ranking", ChartOptions.horizontalBar(getTranslation("chart.ranking"),
                ranked.stream().map(r -> r.unit().name()).toList(),
                ranked.stream().map(r -> r.indicators().ratio(IndicatorKind.ON_TIME).value()).toList(),
                ranked.stream().map(r -> r.unit().id()).toList(), ValueFormat.PERCENT));
        chart.addChartClickListener(e -> e.getDataId().flatMap(RouteIds::parse).ifPresent(onUnit));
        return chart;
    }

    private EChart fieldChart(List<FieldRow> fields, Consumer<Long> onField) {
        List<FieldRow> shown = fields.stream()
                .filter(f -> f.totals().get(StatCounter.RESOLVED_LATE) + f.overdueNow() > 0)
                .toList();
        EChart chart = chart("chart.late-by-field", ChartOptions.bar(getTranslation("chart.late-by-field"),
                shown.stream().map(f -> f.field().name()).toList(),
                List.of(new Series(getTranslation("chart.resolved-late"),
                                shown.stream().map(f -> f.totals().get(StatCounter.RESOLVED_LATE)).toList()),
                        new Series(getTranslation("chart.overdue-now"),
                                shown.stream().map(FieldRow::overdueNow).toList()))));
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
        EChart chart = chart("chart.channels", ChartOptions.pie(getTranslation("chart.channels"), slices));
        chart.addChartClickListener(e -> e.getDataId().ifPresent(id -> onChannel.accept(Channel.valueOf(id))));
        return chart;
    }
}
