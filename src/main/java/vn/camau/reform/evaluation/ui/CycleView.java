package vn.camau.reform.evaluation.ui;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.PermitAll;

import vn.camau.reform.base.ui.RouteIds;
import vn.camau.reform.base.export.ExportColumn;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.evaluation.OfficerPerformanceService;
import vn.camau.reform.base.export.TableExport;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.base.ui.export.ExportButtons;
import vn.camau.reform.evaluation.Evaluation;
import vn.camau.reform.evaluation.EvaluationCycle;
import vn.camau.reform.evaluation.EvaluationService;
import vn.camau.reform.evaluation.EvaluationState;
import vn.camau.reform.evaluation.RatingLevel;
import vn.camau.reform.evaluation.report.ClassificationPdf;
import vn.camau.reform.evaluation.report.ClassificationSheet;

/**
 * One rating round: a row per rating the user may read, the distribution of levels against the
 * excellent quota, and the classification list as Excel or as a PDF for the unit's records. The
 * exports read the ratings again on the download's request, under the user's login, so they hold
 * exactly what the user may read.
 */
@Route("evaluations/cycle/:id")
@PermitAll
public class CycleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient EvaluationService service;
    private final transient Clock clock;
    /** Whether names lead to the officer's performance page (those who read officers in their scope). */
    private final boolean readsPerformance;
    private String title = "";

    CycleView(EvaluationService service, Clock clock, OfficerPerformanceService performance) {
        this.service = service;
        this.clock = clock;
        this.readsPerformance = performance.readsOfficersInScope();
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse("");
        removeAll();
        find(raw).ifPresentOrElse(this::render, () -> {
            title = getTranslation("evaluations.cycle.not-found");
            Notifications.warning(title);
            add(new H2(title));
        });
    }

    private Optional<EvaluationCycle> find(String raw) {
        return RouteIds.parse(raw).flatMap(service::cycle);
    }

    private void render(EvaluationCycle cycle) {
        String period = EvaluationLabels.period(this, cycle);
        title = getTranslation("evaluations.cycle.title", cycle.unitName(), period);
        List<Evaluation> ratings = service.ofCycle(cycle.id());
        add(new H2(title), new Paragraph(getTranslation("evaluations.cycle.facts", cycle.rules().name(),
                VnFormats.date(cycle.selfDeadline()), VnFormats.date(cycle.approveDeadline()))));
        add(new QuotaPanel(cycle.rules(), ratings));
        Map<RatingLevel, String> levels = new EnumMap<>(RatingLevel.class);
        for (RatingLevel l : RatingLevel.values()) {
            levels.put(l, getTranslation(l.labelKey()));
        }
        ExportButtons<Evaluation> excel = new ExportButtons<>(() -> exportTable(cycle, period),
                () -> service.ofCycle(cycle.id()).stream());
        Anchor pdf = new Anchor(pdf(cycle, period, levels), AttachmentType.DOWNLOAD,
                getTranslation("evaluations.export.pdf"));
        pdf.addComponentAsFirst(VaadinIcon.FILE_TEXT_O.create());
        HorizontalLayout exports = new HorizontalLayout(excel, pdf);
        exports.setAlignItems(FlexComponent.Alignment.CENTER);
        add(exports, grid(ratings, Period.custom(cycle.periodStart(), cycle.periodEnd())));
    }

    private Grid<Evaluation> grid(List<Evaluation> ratings, Period period) {
        Grid<Evaluation> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        // the name leads to the officer's performance over the round's period; the row to the rating
        grid.addComponentColumn(e -> OfficerLinks.name(e.officerId(), e.officerName(), period, readsPerformance))
                .setHeader(getTranslation("evaluations.officer")).setAutoWidth(true).setFrozen(true)
                .setKey("officer").setComparator(Evaluation::officerName);
        grid.addColumn(Evaluation::position).setHeader(getTranslation("evaluations.position")).setAutoWidth(true);
        grid.addColumn(e -> EvaluationLabels.state(this, e.state())).setHeader(getTranslation("evaluations.state"))
                .setAutoWidth(true);
        grid.addColumn(e -> EvaluationLabels.levelAndScore(this, e.self()))
                .setHeader(getTranslation("evaluations.entry.self")).setAutoWidth(true);
        grid.addColumn(e -> EvaluationLabels.levelAndScore(this, e.proposal()))
                .setHeader(getTranslation("evaluations.entry.proposal")).setAutoWidth(true);
        grid.addColumn(e -> EvaluationLabels.finalLevelAndScore(this, e))
                .setHeader(getTranslation("evaluations.final")).setAutoWidth(true);
        grid.addColumn(e -> EvaluationLabels.waitsFor(this, e)).setHeader(getTranslation("evaluations.waits"))
                .setAutoWidth(true);
        grid.setItems(ratings);
        grid.setEmptyStateText(getTranslation("evaluations.cycle.empty"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(EvaluationNavigation.evaluation(e.getItem().id())));
        grid.setSizeFull();
        return grid;
    }

    /** The level on the list: the approved one, else the proposal marked as such. */
    private static String listedLevel(Evaluation e, Map<RatingLevel, String> levels, String proposedSuffix) {
        if (e.state() == EvaluationState.APPROVED) {
            return levels.get(e.approval().finalLevel());
        }
        return e.proposal() == null ? "" : levels.get(e.proposal().level()) + proposedSuffix;
    }

    private static java.math.BigDecimal listedScore(Evaluation e) {
        if (e.state() == EvaluationState.APPROVED) {
            return e.approval().finalScore();
        }
        return e.proposal() == null ? null : e.proposal().total();
    }

    private TableExport<Evaluation> exportTable(EvaluationCycle cycle, String period) {
        Map<RatingLevel, String> levels = new EnumMap<>(RatingLevel.class);
        for (RatingLevel l : RatingLevel.values()) {
            levels.put(l, getTranslation(l.labelKey()));
        }
        String proposed = " " + getTranslation("evaluations.export.proposed");
        // Words looked up now, under the session lock: the rows are written after it is released
        Map<EvaluationState, String> states = new EnumMap<>(EvaluationState.class);
        for (EvaluationState s : EvaluationState.values()) {
            states.put(s, getTranslation(s.labelKey()));
        }
        return TableExport.of(getTranslation("evaluations.export.sheet"), List.of(
                        ExportColumn.<Evaluation>text(getTranslation("evaluations.officer"), Evaluation::officerName),
                        ExportColumn.text(getTranslation("evaluations.position"), Evaluation::position),
                        ExportColumn.text(getTranslation("evaluations.state"),
                                e -> states.get(e.state())),
                        ExportColumn.text(getTranslation("evaluations.export.level"),
                                e -> listedLevel(e, levels, proposed)),
                        ExportColumn.decimal(getTranslation("evaluations.export.score"), CycleView::listedScore)))
                .withTitle(getTranslation("evaluations.export.title", cycle.unitName(), period))
                .withNote(cycle.rules().name())
                .withContext(cycle.unitId(), Map.of("cycle", cycle.id(), "period", period));
    }

    private DownloadHandler pdf(EvaluationCycle cycle, String period, Map<RatingLevel, String> levels) {
        String proposed = " " + getTranslation("evaluations.export.proposed");
        return event -> {
            // Read again on the download's request: the user's login decides what the list holds
            List<ClassificationSheet.Line> lines = service.ofCycle(cycle.id()).stream()
                    .map(e -> new ClassificationSheet.Line(e.officerName(), e.position(),
                            listedLevel(e, levels, proposed), EvaluationLabels.score(listedScore(e))))
                    .toList();
            byte[] bytes = ClassificationPdf.render(new ClassificationSheet(cycle.unitName(), period,
                    cycle.rules().name(), LocalDate.now(clock), lines));
            event.setFileName(TableExport.slug("xep loai " + cycle.unitName() + " " + period) + ".pdf");
            event.setContentType("application/pdf");
            try (OutputStream out = event.getOutputStream()) {
                out.write(bytes);
            }
        };
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
