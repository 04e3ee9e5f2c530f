package vn.camau.reform.evaluation.ui;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;

import tools.jackson.databind.node.ObjectNode;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.chart.ChartOptions;
import vn.camau.reform.base.ui.chart.ChartOptions.Series;
import vn.camau.reform.base.ui.chart.ChartOptions.ValueFormat;
import vn.camau.reform.base.ui.chart.EChart;
import vn.camau.reform.evaluation.OfficerPerformance.MonthFigures;

/**
 * A year of months up to the period's last: the on-time share as a line (a gap where nothing was
 * resolved), and the dossiers made late at the officer's step beside the founded hotline reports as bars.
 */
class PerformanceCharts extends Composite<Div> {

    PerformanceCharts(List<MonthFigures> trend) {
        Div grid = getContent();
        grid.addClassName("chart-grid");
        grid.setWidthFull();
        List<String> months = trend.stream().map(m -> getTranslation("chart.month-label",
                m.month().getMonthValue(), String.valueOf(m.month().getYear()))).toList();
        List<Double> onTime = trend.stream().map(m -> m.evidence().onTime().value()).toList();
        List<Long> late = trend.stream().map(m -> m.evidence().lateCaused()).toList();
        List<Long> founded = trend.stream().map(m -> m.evidence().hotlineFounded()).toList();
        String onTimeTitle = getTranslation("officer-performance.chart.on-time");
        String problemsTitle = getTranslation("officer-performance.chart.problems");
        ObjectNode onTimeOption = ChartOptions.line(onTimeTitle, months,
                List.of(new Series(getTranslation("officer-performance.card.on-time"), onTime)), ValueFormat.PERCENT);
        if (onTime.stream().allMatch(java.util.Objects::isNull)) {
            ChartOptions.withEmptyMessage(onTimeOption, getTranslation("officer-performance.chart.on-time.empty"));
        } else if (onTimeOption.path("yAxis").path("min").asDouble(0) > 0) {
            ChartOptions.withAxisNote(onTimeOption, getTranslation("chart.axis-from",
                    VnFormats.percent(onTimeOption.path("yAxis").path("min").asDouble())));
        }
        ObjectNode problems = monthsAxis(ChartOptions.bar(problemsTitle, months, List.of(
                new Series(getTranslation("officer-performance.card.late"), late),
                new Series(getTranslation("officer-performance.card.hotline.founded-series"), founded))));
        if (late.stream().allMatch(v -> v == 0) && founded.stream().allMatch(v -> v == 0)) {
            ChartOptions.withEmptyMessage(problems, getTranslation("officer-performance.chart.problems.empty"));
        }
        grid.add(chart("on-time", onTimeTitle, onTimeOption), chart("problems", problemsTitle, problems));
    }

    /** Twelve month labels do not fit under bars side by side: let ECharts skip some, as on the line. */
    private static ObjectNode monthsAxis(ObjectNode option) {
        ((ObjectNode) option.get("xAxis").get("axisLabel")).put("interval", "auto").remove(List.of("width", "overflow"));
        return option;
    }

    private static EChart chart(String id, String title, ObjectNode option) {
        EChart chart = new EChart(title, option);
        chart.addClassName("overview-chart");
        chart.setId("officer-chart-" + id);
        return chart;
    }
}
