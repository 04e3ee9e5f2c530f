package vn.camau.reform.dashboard.index766.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;

import vn.camau.reform.base.export.ExportColumn;
import vn.camau.reform.base.export.TableExport;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.export.ExportButtons;
import vn.camau.reform.base.ui.phone.GridCards;
import vn.camau.reform.dashboard.index766.ProcedureLoss;
import vn.camau.reform.dossier.StatCounter;

/** The procedures that cost the unit points, most first; a click lists the procedure's dossiers. */
class ProcedureLossGrid extends Composite<VerticalLayout> {

    ProcedureLossGrid(List<ProcedureLoss> losses, Consumer<ProcedureLoss> open, String unitName, String note,
                      Map<String, String> context, long unitId) {
        Grid<ProcedureLoss> grid = new Grid<>();
        grid.addClassName("index766-procedures");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(l -> l.procedure().procedure().name()).setKey("procedure")
                .setHeader(getTranslation("col.procedure")).setWidth("24rem").setFlexGrow(1);
        grid.addColumn(l -> l.procedure().procedure().fieldName()).setKey("field")
                .setHeader(getTranslation("col.field")).setAutoWidth(true);
        grid.addColumn(l -> IndexTexts.points(l.pointsLost())).setKey("lost")
                .setHeader(getTranslation("index766.col.points-lost")).setAutoWidth(true);
        grid.addColumn(l -> VnFormats.count(l.procedure().totals().get(StatCounter.RECEIVED))).setKey("received")
                .setHeader(getTranslation("index766.col.received")).setAutoWidth(true);
        grid.addColumn(l -> VnFormats.count(l.procedure().totals().get(StatCounter.RESOLVED_LATE))).setKey("late")
                .setHeader(getTranslation("index766.col.late")).setAutoWidth(true);
        GridCards.install(grid, LitRenderer.<ProcedureLoss>of("""
                        <div class="phone-card">
                          <div class="phone-card-head"><span>${item.name}</span><span>${item.lost}</span></div>
                        </div>""")
                .withProperty("name", l -> l.procedure().procedure().name())
                .withProperty("lost", l -> "−" + IndexTexts.points(l.pointsLost())));
        grid.setEmptyStateText(getTranslation("index766.view.no-procedures"));
        grid.setItems(losses);
        grid.addItemClickListener(e -> open.accept(e.getItem()));
        List<ExportColumn<ProcedureLoss>> columns = List.of(
                ExportColumn.text(getTranslation("col.procedure-code"), l -> l.procedure().procedure().code()),
                ExportColumn.text(getTranslation("col.procedure"), l -> l.procedure().procedure().name()),
                ExportColumn.text(getTranslation("col.field"), l -> l.procedure().procedure().fieldName()),
                ExportColumn.decimal(getTranslation("index766.col.points-lost"), ProcedureLoss::pointsLost),
                ExportColumn.integer(getTranslation("index766.col.received"),
                        l -> l.procedure().totals().get(StatCounter.RECEIVED)),
                ExportColumn.integer(getTranslation("index766.col.late"),
                        l -> l.procedure().totals().get(StatCounter.RESOLVED_LATE)));
        String sheet = getTranslation("index766.export.sheet.procedures");
        String title = sheet + " – " + unitName;
        List<ProcedureLoss> snapshot = List.copyOf(losses);
        ExportButtons<ProcedureLoss> export = new ExportButtons<>(
                () -> TableExport.of(sheet, columns).withTitle(title).withNote(note).withContext(unitId, context),
                snapshot::stream);
        getContent().setPadding(false);
        getContent().add(new Paragraph(getTranslation("index766.view.procedures.explain")), export, grid);
    }
}
