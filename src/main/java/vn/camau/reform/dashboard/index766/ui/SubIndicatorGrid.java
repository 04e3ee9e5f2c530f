package vn.camau.reform.dashboard.index766.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;

import vn.camau.reform.base.export.ExportColumn;
import vn.camau.reform.base.export.TableExport;
import vn.camau.reform.base.ui.export.ExportButtons;
import vn.camau.reform.base.ui.phone.GridCards;
import vn.camau.reform.dashboard.index766.GroupScore;
import vn.camau.reform.dashboard.index766.IndexBoard;
import vn.camau.reform.dashboard.index766.SubIndicatorScore;

/**
 * Every sub-indicator of the focus unit: numerator, denominator, ratio, target, score and maximum,
 * with the formula beside them, and where the dossiers behind it can be listed, a link to them.
 * A sub-indicator without a score says why ("—" and the reason), never 0.
 */
class SubIndicatorGrid extends Composite<VerticalLayout> {

    /** A sub-indicator with its group, one row of the grid and of the export. */
    record Line(GroupScore group, SubIndicatorScore score) {
    }

    SubIndicatorGrid(IndexBoard board, Function<SubIndicatorScore, Anchor> dossiers, String note,
                     java.util.Map<String, String> context) {
        List<Line> lines = new ArrayList<>();
        board.index().groups().forEach(g -> g.indicators().forEach(s -> lines.add(new Line(g, s))));
        Grid<Line> grid = new Grid<>();
        grid.addClassName("index766-indicators");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(l -> getTranslation(l.group().rule().nameKey())).setKey("group")
                .setHeader(getTranslation("index766.col.group")).setWidth("7rem").setFlexGrow(0);
        Grid.Column<Line> name = grid.addColumn(l -> getTranslation(l.score().rule().nameKey())).setKey("indicator")
                .setHeader(getTranslation("index766.col.indicator")).setWidth("14rem").setFlexGrow(1);
        grid.addColumn(l -> IndexTexts.count(l.score().ratio(), true)).setKey("numerator").setTextAlign(ColumnTextAlign.END)
                .setHeader(getTranslation("index766.col.numerator")).setAutoWidth(true);
        grid.addColumn(l -> IndexTexts.count(l.score().ratio(), false)).setKey("denominator").setTextAlign(ColumnTextAlign.END)
                .setHeader(getTranslation("index766.col.denominator")).setAutoWidth(true);
        grid.addColumn(l -> IndexTexts.ratio(l.score().ratio())).setKey("ratio").setTextAlign(ColumnTextAlign.END)
                .setHeader(getTranslation("index766.col.ratio")).setAutoWidth(true);
        grid.addColumn(l -> IndexTexts.percent(l.score().rule().target().doubleValue())).setKey("target").setTextAlign(ColumnTextAlign.END)
                .setHeader(getTranslation("index766.col.target")).setAutoWidth(true);
        grid.addComponentColumn(this::scoreCell).setKey("score").setTextAlign(ColumnTextAlign.END)
                .setHeader(getTranslation("index766.col.score")).setAutoWidth(true);
        grid.addColumn(l -> IndexTexts.points(l.score().rule().max())).setKey("max").setTextAlign(ColumnTextAlign.END)
                .setHeader(getTranslation("index766.col.max")).setAutoWidth(true);
        grid.addColumn(this::formula).setKey("formula").setHeader(getTranslation("index766.col.formula"))
                .setWidth("12rem").setFlexGrow(1);
        grid.addColumn(l -> getTranslation(l.score().source().labelKey())).setKey("source")
                .setHeader(getTranslation("index766.col.source")).setAutoWidth(true);
        grid.addComponentColumn(l -> {
            Anchor a = dossiers.apply(l.score());
            return a == null ? new Span() : a;
        }).setKey("dossiers").setHeader(getTranslation("index766.col.dossiers")).setAutoWidth(true);
        GridCards.install(grid, LitRenderer.<Line>of("""
                        <div class="phone-card">
                          <div class="phone-card-head"><span>${item.name}</span><span>${item.score}</span></div>
                          <div class="phone-card-line">${item.ratio}</div>
                          <div class="phone-card-line">${item.formula}</div>
                        </div>""")
                .withProperty("name", l -> getTranslation(l.score().rule().nameKey()))
                .withProperty("score", l -> scoreText(l) + " / " + IndexTexts.points(l.score().rule().max()))
                .withProperty("ratio", l -> l.score().ratio() == null ? "" : IndexTexts.count(l.score().ratio(), true)
                        + " / " + IndexTexts.count(l.score().ratio(), false) + " = " + IndexTexts.ratio(l.score().ratio())
                        + " · " + getTranslation("index766.col.target") + " "
                        + IndexTexts.percent(l.score().rule().target().doubleValue()))
                .withProperty("formula", this::formula));
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        // names wrap; the key figures stay readable
        name.setResizable(true);

        List<ExportColumn<Line>> columns = List.of(
                ExportColumn.text(getTranslation("index766.col.group"), l -> getTranslation(l.group().rule().nameKey())),
                ExportColumn.text(getTranslation("index766.col.indicator"),
                        l -> getTranslation(l.score().rule().nameKey())),
                ExportColumn.integer(getTranslation("index766.col.numerator"),
                        l -> l.score().ratio() == null ? null : l.score().ratio().numerator()),
                ExportColumn.integer(getTranslation("index766.col.denominator"),
                        l -> l.score().ratio() == null ? null : l.score().ratio().denominator()),
                ExportColumn.percent(getTranslation("index766.col.ratio"), l -> l.score().ratioValue()),
                ExportColumn.percent(getTranslation("index766.col.target"), l -> l.score().rule().target()),
                ExportColumn.decimal(getTranslation("index766.col.score"), l -> l.score().score()),
                ExportColumn.decimal(getTranslation("index766.col.max"), l -> l.score().rule().max()),
                ExportColumn.text(getTranslation("index766.col.formula"), this::formula),
                ExportColumn.text(getTranslation("index766.col.source"), l -> IndexTexts.source(this, l.score())));
        String sheet = getTranslation("index766.export.sheet.indicators");
        String title = sheet + " – " + board.focus().name();
        List<Line> snapshot = List.copyOf(lines);
        ExportButtons<Line> export = new ExportButtons<>(
                () -> TableExport.of(sheet, columns).withTitle(title).withNote(note)
                        .withContext(board.focus().id(), context),
                snapshot::stream);
        getContent().setPadding(false);
        getContent().add(export, grid);
    }

    private String scoreText(Line l) {
        return IndexTexts.points(l.score().score());
    }

    private Component scoreCell(Line l) {
        Span s = new Span(scoreText(l));
        if (!l.score().scored()) {
            s.setTitle(IndexTexts.whyNoScore(this, l.score()));
            s.addClassName("index766-no-score");
        }
        return s;
    }

    /** The formula, and for a sub-indicator without a score why it has none. */
    private String formula(Line l) {
        String formula = getTranslation(l.score().formulaKey());
        if (l.score().entered()) {
            return IndexTexts.source(this, l.score());
        }
        if (!l.score().computable()) {
            return getTranslation(l.score().rule().needsKey());
        }
        return l.score().scored() ? formula : formula + " — " + getTranslation("index766.view.no-data");
    }
}
