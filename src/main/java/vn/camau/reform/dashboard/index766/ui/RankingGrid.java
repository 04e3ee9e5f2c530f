package vn.camau.reform.dashboard.index766.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;

import vn.camau.reform.adminunit.UnitLevel;
import vn.camau.reform.base.export.ExportColumn;
import vn.camau.reform.base.export.TableExport;
import vn.camau.reform.base.ui.export.ExportButtons;
import vn.camau.reform.base.ui.phone.GridCards;
import vn.camau.reform.dashboard.index766.BoardRow;
import vn.camau.reform.dashboard.index766.GroupRule;
import vn.camau.reform.dashboard.index766.IndexBoard;

/**
 * The units below the focus, worst first (by the share of the scorable maximum they earned), with
 * the previous period's total and the change; a click opens the unit's own board.
 */
class RankingGrid extends Composite<VerticalLayout> {

    RankingGrid(IndexBoard board, Consumer<BoardRow> open, String note, Map<String, String> context) {
        List<BoardRow> rows = board.rows();
        Grid<BoardRow> grid = new Grid<>();
        grid.addClassName("index766-ranking");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> r.attainment() == null ? IndexTexts.NONE : String.valueOf(rows.indexOf(r) + 1))
                .setKey("rank").setHeader(getTranslation("index766.col.rank")).setAutoWidth(true).setFlexGrow(0);
        Grid.Column<BoardRow> unit = grid.addColumn(this::unitLabel).setKey("unit")
                .setHeader(getTranslation("col.unit")).setAutoWidth(true).setFrozen(true).setFlexGrow(1);
        grid.addColumn(r -> IndexTexts.points(scoreOrNull(r))).setKey("total").setTextAlign(ColumnTextAlign.END)
                .setHeader(getTranslation("index766.col.total")).setAutoWidth(true);
        grid.addColumn(r -> IndexTexts.points(r.index().max())).setKey("max").setTextAlign(ColumnTextAlign.END)
                .setHeader(getTranslation("index766.col.max")).setAutoWidth(true);
        grid.addColumn(r -> IndexTexts.percent(r.attainment())).setKey("attainment").setTextAlign(ColumnTextAlign.END)
                .setHeader(getTranslation("index766.col.attainment")).setAutoWidth(true);
        // out of its own maximum: the change compares the shares, which differ from the points' when it moved
        grid.addColumn(r -> r.previous() == null || r.previous().max().signum() == 0 ? IndexTexts.NONE
                        : IndexTexts.points(r.previous().total()) + " / " + IndexTexts.points(r.previous().max()))
                .setKey("previous").setTextAlign(ColumnTextAlign.END)
                .setHeader(getTranslation("index766.col.previous")).setAutoWidth(true);
        Grid.Column<BoardRow> change = grid.addColumn(r -> IndexTexts.change(r.change())).setKey("change").setTextAlign(ColumnTextAlign.END)
                .setHeader(getTranslation("index766.col.change")).setWidth("12.5rem").setFlexGrow(0)
                .setPartNameGenerator(r -> r.change() != null && r.change().signum() < 0 ? "index766-fall" : null);
        List<GroupRule> groups = board.index().ruleSet().groups();
        for (int g = 0; g < groups.size(); g++) {
            int at = g;
            GroupRule rule = groups.get(g);
            if (board.index().groups().get(g).max().signum() == 0) {
                continue; // not computable here for the focus, hence for no unit below it: no column of dashes
            }
            grid.addColumn(r -> {
                var gs = r.index().groups().get(at);
                return gs.max().signum() == 0 ? IndexTexts.NONE
                        : IndexTexts.points(gs.score()) + " / " + IndexTexts.points(gs.max());
            }).setKey("group-" + rule.code()).setHeader(getTranslation(rule.nameKey())).setAutoWidth(true);
        }
        GridCards.install(grid, LitRenderer.<BoardRow>of("""
                        <div class="phone-card">
                          <div class="phone-card-head"><span>${item.name}</span><span>${item.total}</span></div>
                          <div class="phone-card-line">${item.line}</div>
                        </div>""")
                .withProperty("name", r -> (r.attainment() == null ? "" : (rows.indexOf(r) + 1) + ". ") + unitLabel(r))
                .withProperty("total", r -> IndexTexts.points(scoreOrNull(r)) + " / " + IndexTexts.points(r.index().max()))
                .withProperty("line", r -> getTranslation("index766.view.card-line", IndexTexts.percent(r.attainment()),
                        IndexTexts.change(r.change()))));
        grid.setEmptyStateText(getTranslation("index766.view.no-units"));
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 25);
        grid.addItemClickListener(e -> {
            if (e.getItem().drillable()) {
                open.accept(e.getItem());
            }
        });
        unit.setComparator(r -> r.unit().name());
        change.setComparator(r -> r.change() == null ? Double.MAX_VALUE : r.change().doubleValue());

        List<ExportColumn<BoardRow>> columns = new ArrayList<>();
        columns.add(ExportColumn.integer(getTranslation("index766.col.rank"),
                r -> r.attainment() == null ? null : rows.indexOf(r) + 1));
        columns.add(ExportColumn.text(getTranslation("col.unit-code"), r -> r.unit().code()));
        columns.add(ExportColumn.text(getTranslation("col.unit"), this::unitLabel));
        columns.add(ExportColumn.decimal(getTranslation("index766.col.total"), RankingGrid::scoreOrNull));
        columns.add(ExportColumn.decimal(getTranslation("index766.col.max"), r -> r.index().max()));
        columns.add(ExportColumn.percent(getTranslation("index766.col.attainment"), BoardRow::attainment));
        columns.add(ExportColumn.decimal(getTranslation("index766.col.previous"),
                r -> r.previous() == null || r.previous().max().signum() == 0 ? null : r.previous().total()));
        columns.add(ExportColumn.decimal(getTranslation("index766.col.previous-max"),
                r -> r.previous() == null || r.previous().max().signum() == 0 ? null : r.previous().max()));
        columns.add(ExportColumn.decimal(getTranslation("index766.col.change"), BoardRow::change));
        for (int g = 0; g < groups.size(); g++) {
            int at = g;
            String name = getTranslation(groups.get(g).nameKey());
            columns.add(ExportColumn.decimal(name, r -> r.index().groups().get(at).max().signum() == 0 ? null
                    : r.index().groups().get(at).score()));
            columns.add(ExportColumn.decimal(getTranslation("index766.col.group-max", name),
                    r -> r.index().groups().get(at).max()));
        }
        String sheet = getTranslation("index766.export.sheet.ranking");
        String title = sheet + " – " + board.focus().name();
        List<BoardRow> snapshot = List.copyOf(rows);
        ExportButtons<BoardRow> export = new ExportButtons<>(
                () -> TableExport.of(sheet, columns).withTitle(title).withNote(note)
                        .withContext(board.focus().id(), context),
                snapshot::stream);
        getContent().setPadding(false);
        getContent().add(export, grid);
    }

    private static java.math.BigDecimal scoreOrNull(BoardRow r) {
        return r.index().max().signum() == 0 ? null : r.index().total();
    }

    private String unitLabel(BoardRow r) {
        if (!r.unit().isFormer()) {
            return r.unit().name();
        }
        return getTranslation("overview.former-label", r.unit().name(),
                r.unit().level() == UnitLevel.DISTRICT ? getTranslation("overview.former-district")
                        : getTranslation("overview.former-commune"));
    }
}
