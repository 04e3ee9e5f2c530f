package vn.camau.reform.evaluation.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import vn.camau.reform.base.export.ExportColumn;
import vn.camau.reform.base.export.TableExport;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.export.ExportButtons;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.period.Ratio;
import vn.camau.reform.evaluation.OfficerPerformance;
import vn.camau.reform.evaluation.OfficerStanding;

/**
 * The officers of the unit in rank order with the same figures, the officer of the page highlighted;
 * each name opens that officer's page for the same period. Only for readers of the whole unit.
 */
class UnitOfficersTable extends Composite<VerticalLayout> {

    UnitOfficersTable(OfficerPerformance p, Period period) {
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        List<OfficerStanding> rows = p.unit();
        Grid<OfficerStanding> grid = new Grid<>();
        grid.addClassName("unit-officers");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(this::rank).setHeader(getTranslation("officer-performance.col.rank")).setAutoWidth(true)
                .setComparator(OfficerStanding::rank);
        grid.addComponentColumn(s -> nameLink(s, period)).setHeader(getTranslation("col.officer"))
                .setAutoWidth(true).setComparator(s -> s.officer().fullName());
        grid.addColumn(s -> s.officer().position()).setHeader(getTranslation("col.position")).setAutoWidth(true);
        grid.addColumn(s -> VnFormats.count(s.evidence().resolved()))
                .setHeader(getTranslation("officer-performance.card.resolved")).setAutoWidth(true);
        grid.addComponentColumn(s -> rate("on-time", s.evidence().onTime()))
                .setHeader(getTranslation("officer-performance.card.on-time")).setAutoWidth(true);
        grid.addColumn(s -> VnFormats.count(s.evidence().lateCaused()))
                .setHeader(getTranslation("officer-performance.card.late")).setAutoWidth(true)
                .setComparator(s -> s.evidence().lateCaused());
        grid.addColumn(s -> VnFormats.count(s.evidence().apologiesCaused()))
                .setHeader(getTranslation("officer-performance.card.apologies")).setAutoWidth(true);
        grid.addColumn(s -> VnFormats.count(s.evidence().hotlineReports()))
                .setHeader(getTranslation("officer-performance.card.hotline")).setAutoWidth(true);
        grid.addColumn(s -> VnFormats.count(s.evidence().hotlineFounded()))
                .setHeader(getTranslation("officer-performance.card.hotline.founded-series")).setAutoWidth(true);
        grid.addComponentColumn(s -> rate("satisfaction", s.evidence().satisfaction()))
                .setHeader(getTranslation("officer-performance.card.satisfaction")).setAutoWidth(true);
        grid.setPartNameGenerator(s -> s.officer().id() == p.officer().id() ? "current-officer" : null);
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 25);

        String sheet = getTranslation("officer-performance.sheet");
        String title = sheet + " – " + p.officer().unitName();
        String note = getTranslation("export.period-note", p.officer().unitName(),
                VnFormats.date(p.first().atDay(1)), VnFormats.date(p.last().atEndOfMonth()));
        List<ExportColumn<OfficerStanding>> columns = List.of(
                ExportColumn.text(getTranslation("officer-performance.col.rank"), this::rank),
                ExportColumn.text(getTranslation("col.officer"), s -> s.officer().fullName()),
                ExportColumn.text(getTranslation("col.position"), s -> s.officer().position()),
                ExportColumn.integer(getTranslation("officer-performance.card.resolved"), s -> s.evidence().resolved()),
                ExportColumn.percent(getTranslation("officer-performance.card.on-time"),
                        s -> s.evidence().onTime().value()),
                ExportColumn.integer(getTranslation("officer-performance.card.late"), s -> s.evidence().lateCaused()),
                ExportColumn.integer(getTranslation("officer-performance.card.apologies"),
                        s -> s.evidence().apologiesCaused()),
                ExportColumn.integer(getTranslation("officer-performance.card.hotline"),
                        s -> s.evidence().hotlineReports()),
                ExportColumn.integer(getTranslation("officer-performance.card.hotline.founded-series"),
                        s -> s.evidence().hotlineFounded()),
                ExportColumn.percent(getTranslation("officer-performance.card.satisfaction"),
                        s -> s.evidence().satisfaction().value()));
        List<OfficerStanding> snapshot = List.copyOf(rows);
        ExportButtons<OfficerStanding> export = new ExportButtons<>(
                () -> TableExport.of(sheet, columns).withTitle(title).withNote(note).withContext(p.officer().unitId(),
                        java.util.Map.of("from", p.first().toString(), "to", p.last().toString())),
                snapshot::stream);
        layout.add(new H3(getTranslation("officer-performance.unit-title", p.officer().unitName())), export, grid);
    }

    private String rank(OfficerStanding s) {
        return s.noData() ? getTranslation("officer-performance.col.rank.no-data") : String.valueOf(s.rank());
    }

    private static Component nameLink(OfficerStanding s, Period period) {
        Anchor link = new Anchor(OfficerPerformanceView.link(s.officer().id(), period), s.officer().fullName());
        link.getElement().setAttribute("router-link", "");
        return link;
    }

    private Span rate(String key, Ratio ratio) {
        Span span = new Span(ratio.hasData() ? VnFormats.percent(ratio.value()) : "—");
        span.setTitle(getTranslation("officer-performance.card." + key) + " = "
                + getTranslation("officer-performance.card." + key + ".formula") + ": "
                + VnFormats.count(ratio.numerator()) + " ÷ " + VnFormats.count(ratio.denominator()));
        return span;
    }
}
