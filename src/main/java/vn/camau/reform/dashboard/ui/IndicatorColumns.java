package vn.camau.reform.dashboard.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableFunction;

import vn.camau.reform.base.export.ExportColumn;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.dashboard.IndicatorKind;
import vn.camau.reform.dashboard.Indicators;
import vn.camau.reform.dossier.StatCounter;

/**
 * The same figure columns for every breakdown grid (units, procedures, officers) and for its
 * export, so a figure is named and computed identically wherever it appears.
 */
final class IndicatorColumns {

    private static final List<StatCounter> COUNTS = List.of(StatCounter.RECEIVED, StatCounter.RESOLVED,
            StatCounter.RESOLVED_EARLY, StatCounter.RESOLVED_ON_TIME, StatCounter.RESOLVED_LATE);
    /** Counts the export carries beyond the grid's: the channels and outcomes a report asks about. */
    private static final List<StatCounter> EXPORT_ONLY_COUNTS = List.of(StatCounter.RECEIVED_POSTAL,
            StatCounter.RETURNED_HOME, StatCounter.WITHDRAWN, StatCounter.STOPPED, StatCounter.REFUSED);
    private static final List<IndicatorKind> RATES = List.of(IndicatorKind.ON_TIME, IndicatorKind.ON_TIME_STRICT,
            IndicatorKind.ONLINE, IndicatorKind.DIGITISATION, IndicatorKind.SATISFACTION);
    /** Column keys of the units grid's apology columns. */
    static final String APOLOGY_KEY = "apology";
    static final String MISSING_KEY = "apology-missing";
    static final String SECOND_MISS_KEY = "second-miss";

    private IndicatorColumns() {
    }

    static <T> void addTo(Grid<T> grid, Component i18n, SerializableFunction<T, Indicators> figures,
                          boolean withOpen) {
        for (StatCounter c : COUNTS) {
            grid.addColumn(t -> VnFormats.count(figures.apply(t).get(c)))
                    .setHeader(i18n.getTranslation("count." + c.column())).setTextAlign(ColumnTextAlign.END)
                    .setComparator(t -> figures.apply(t).get(c)).setAutoWidth(true).setFlexGrow(0);
        }
        if (withOpen) {
            grid.addColumn(t -> VnFormats.count(figures.apply(t).openOverdue()))
                    .setHeader(i18n.getTranslation("col.open-overdue")).setTextAlign(ColumnTextAlign.END)
                    .setComparator(t -> figures.apply(t).openOverdue()).setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(t -> VnFormats.count(figures.apply(t).openDueSoon()))
                    .setHeader(i18n.getTranslation("col.open-due-soon")).setTextAlign(ColumnTextAlign.END)
                    .setComparator(t -> figures.apply(t).openDueSoon()).setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(t -> VnFormats.count(figures.apply(t).openWaiting()))
                    .setHeader(i18n.getTranslation("col.open-waiting")).setTextAlign(ColumnTextAlign.END)
                    .setComparator(t -> figures.apply(t).openWaiting()).setAutoWidth(true).setFlexGrow(0);
        }
        for (IndicatorKind k : RATES) {
            if (!withOpen && k == IndicatorKind.ON_TIME_STRICT) {
                continue;
            }
            grid.addColumn(IndicatorText.rateRenderer(i18n, figures, k))
                    .setHeader(i18n.getTranslation("indicator." + k.key() + ".short"))
                    .setTextAlign(ColumnTextAlign.END)
                    .setComparator(t -> {
                        Double v = figures.apply(t).ratio(k).value();
                        return v == null ? -1 : v;
                    })
                    .setAutoWidth(true).setFlexGrow(0);
        }
    }

    /**
     * The apology duty of the units grid (other breakdowns do not carry it): the compliance rate, the
     * late dossiers without a signed apology, and the second misses, red and linked to the register.
     *
     * @param secondMissLink the register's route with its query for a row, or null for no link
     */
    static <T> void addApologyTo(Grid<T> grid, Component i18n, SerializableFunction<T, Indicators> figures,
                                 SerializableFunction<T, String> secondMissLink) {
        grid.addColumn(IndicatorText.rateRenderer(i18n, figures, IndicatorKind.APOLOGY))
                .setKey(APOLOGY_KEY).setHeader(i18n.getTranslation("indicator.apology.short"))
                .setTextAlign(ColumnTextAlign.END)
                .setComparator(t -> {
                    Double v = figures.apply(t).ratio(IndicatorKind.APOLOGY).value();
                    return v == null ? -1 : v;
                })
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> VnFormats.count(figures.apply(t).apology().missing()))
                .setKey(MISSING_KEY).setHeader(i18n.getTranslation("col.apology-missing"))
                .setTextAlign(ColumnTextAlign.END)
                .setComparator(t -> figures.apply(t).apology().missing()).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(alarmCount("second-miss", i18n.getTranslation("kpi.apology.second-miss.title"),
                        t -> figures.apply(t).apology().secondMiss(), secondMissLink))
                .setKey(SECOND_MISS_KEY).setHeader(i18n.getTranslation("col.second-miss"))
                .setTextAlign(ColumnTextAlign.END)
                .setComparator(t -> figures.apply(t).apology().secondMiss()).setAutoWidth(true).setFlexGrow(0);
    }

    /** Column keys of the units grid's hotline columns. */
    static final String HOTLINE_RECEIVED_KEY = "hotline-received";
    static final String HOTLINE_ON_TIME_KEY = "hotline-on-time";
    static final String HOTLINE_OVERDUE_KEY = "hotline-overdue";
    static final String HOTLINE_FOUNDED_KEY = "hotline-founded";

    /**
     * The hotline reports about each unit (units grid only): received, the on-time answer rate with
     * its formula on hover, the overdue ones (red when any, linked to the queue's overdue list) and the
     * founded ones.
     */
    static <T> void addHotlineTo(Grid<T> grid, Component i18n, SerializableFunction<T, Indicators> figures,
                                 SerializableFunction<T, String> overdueLink) {
        grid.addColumn(t -> VnFormats.count(figures.apply(t).hotline().received()))
                .setKey(HOTLINE_RECEIVED_KEY).setHeader(i18n.getTranslation("col.hotline-received"))
                .setTextAlign(ColumnTextAlign.END)
                .setComparator(t -> figures.apply(t).hotline().received()).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(IndicatorText.rateRenderer(i18n, figures, IndicatorKind.HOTLINE_ON_TIME))
                .setKey(HOTLINE_ON_TIME_KEY).setHeader(i18n.getTranslation("indicator.hotline-on-time.short"))
                .setTextAlign(ColumnTextAlign.END)
                .setComparator(t -> {
                    Double v = figures.apply(t).ratio(IndicatorKind.HOTLINE_ON_TIME).value();
                    return v == null ? -1 : v;
                })
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(alarmCount("hotline-overdue", i18n.getTranslation("col.hotline-overdue.title"),
                        t -> figures.apply(t).hotline().overdue(), overdueLink))
                .setKey(HOTLINE_OVERDUE_KEY).setHeader(i18n.getTranslation("col.hotline-overdue"))
                .setTextAlign(ColumnTextAlign.END)
                .setComparator(t -> figures.apply(t).hotline().overdue()).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> VnFormats.count(figures.apply(t).hotline().founded()))
                .setKey(HOTLINE_FOUNDED_KEY).setHeader(i18n.getTranslation("col.hotline-founded"))
                .setTextAlign(ColumnTextAlign.END)
                .setComparator(t -> figures.apply(t).hotline().founded()).setAutoWidth(true).setFlexGrow(0);
    }

    static <T> List<ExportColumn<T>> exportHotline(Component i18n, Function<T, Indicators> figures) {
        return List.of(
                ExportColumn.integer(i18n.getTranslation("col.hotline-received"),
                        t -> figures.apply(t).hotline().received()),
                ExportColumn.percent(i18n.getTranslation("indicator.hotline-on-time"),
                        t -> figures.apply(t).ratio(IndicatorKind.HOTLINE_ON_TIME).value()),
                ExportColumn.integer(i18n.getTranslation("col.hotline-overdue"),
                        t -> figures.apply(t).hotline().overdue()),
                ExportColumn.integer(i18n.getTranslation("col.hotline-founded"),
                        t -> figures.apply(t).hotline().founded()),
                ExportColumn.percent(i18n.getTranslation("indicator.hotline-satisfaction"),
                        t -> figures.apply(t).ratio(IndicatorKind.HOTLINE_SATISFACTION).value()),
                ExportColumn.integer(i18n.getTranslation("col.hotline-satisfied"),
                        t -> figures.apply(t).hotline().satisfied()),
                ExportColumn.integer(i18n.getTranslation("col.hotline-satisfaction-responses"),
                        t -> figures.apply(t).hotline().satisfactionResponses()));
    }

    /**
     * A count that is news when above zero (a second miss, a hotline report past its date): then red
     * ({@code redClass}), with {@code title} on hover and, where {@code link} gives a route, a link to
     * the list behind it that opens instead of the row's drill-down; zero is plain text. Rendered in the
     * browser from the row's data (a {@link LitRenderer}), not as a component per cell: a cell component
     * is a state node of the UI for as long as the row is in the browser's cache.
     *
     * @param redClass a class of styles.css (code, not data: it is written into the template)
     * @param link     the route with its query for a row, or null (the function or its value) for no link
     */
    static <T> LitRenderer<T> alarmCount(String redClass, String title, SerializableFunction<T, Long> count,
                                         SerializableFunction<T, String> link) {
        return LitRenderer.<T>of("${item.href ? html`<a href=\"${item.href}\" router-link class=\"" + redClass
                        + "\" title=\"${item.title}\" @click=\"${e => e.stopPropagation()}\">${item.text}</a>`"
                        + " : item.title ? html`<span class=\"" + redClass
                        + "\" title=\"${item.title}\">${item.text}</span>` : html`<span>${item.text}</span>`}")
                .withProperty("text", t -> VnFormats.count(count.apply(t)))
                .withProperty("title", t -> count.apply(t) > 0 ? title : null)
                .withProperty("href", t -> count.apply(t) > 0 && link != null ? link.apply(t) : null);
    }

    static <T> List<ExportColumn<T>> exportApology(Component i18n, Function<T, Indicators> figures) {
        return List.of(
                ExportColumn.percent(i18n.getTranslation("indicator.apology"),
                        t -> figures.apply(t).ratio(IndicatorKind.APOLOGY).value()),
                ExportColumn.integer(i18n.getTranslation("col.apology-missing"),
                        t -> figures.apply(t).apology().missing()),
                ExportColumn.integer(i18n.getTranslation("col.second-miss"),
                        t -> figures.apply(t).apology().secondMiss()));
    }

    static <T> List<ExportColumn<T>> export(Component i18n, Function<T, Indicators> figures, boolean withOpen) {
        List<ExportColumn<T>> columns = new ArrayList<>();
        for (StatCounter c : COUNTS) {
            columns.add(ExportColumn.integer(i18n.getTranslation("count." + c.column()), t -> figures.apply(t).get(c)));
        }
        for (StatCounter c : EXPORT_ONLY_COUNTS) {
            columns.add(ExportColumn.integer(i18n.getTranslation("count." + c.column()), t -> figures.apply(t).get(c)));
        }
        if (withOpen) {
            columns.add(ExportColumn.integer(i18n.getTranslation("col.open-overdue"),
                    t -> figures.apply(t).openOverdue()));
            columns.add(ExportColumn.integer(i18n.getTranslation("col.open-due-soon"),
                    t -> figures.apply(t).openDueSoon()));
            columns.add(ExportColumn.integer(i18n.getTranslation("col.open-waiting"),
                    t -> figures.apply(t).openWaiting()));
        }
        for (IndicatorKind k : RATES) {
            if (!withOpen && k == IndicatorKind.ON_TIME_STRICT) {
                continue;
            }
            columns.add(ExportColumn.percent(i18n.getTranslation("indicator." + k.key()),
                    t -> figures.apply(t).ratio(k).value()));
        }
        return columns;
    }
}
