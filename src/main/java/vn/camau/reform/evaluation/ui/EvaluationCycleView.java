package vn.camau.reform.evaluation.ui;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.PermitAll;
import vn.camau.reform.base.export.ExportColumn;
import vn.camau.reform.base.export.TableExport;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.export.ExportButtons;
import vn.camau.reform.evaluation.Evaluation;
import vn.camau.reform.evaluation.EvaluationCycle;
import vn.camau.reform.evaluation.EvaluationService;
import vn.camau.reform.evaluation.LevelDistribution;
import vn.camau.reform.evaluation.RatingLevel;
import vn.camau.reform.evaluation.sheet.ClassificationSheet;
import vn.camau.reform.evaluation.sheet.ClassificationSheetPdf;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Role;

/**
 * One rating round: its unit, period, rules and deadlines; the ratings the user may read (HR and
 * the unit's leaders all of them, a manager their team, an officer their own), each with where it
 * stands; the spread of levels against the excellent quota; and the classification list as Excel
 * and as a PDF for the unit's records, both holding only those same ratings. A round the user may
 * not see reads as not found.
 */
@Route(EvaluationNavigation.CYCLES + "/cycle/:id")
@PermitAll
public class EvaluationCycleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient EvaluationService evaluations;
    private final transient ClassificationSheetPdf sheetPdf;
    private final transient Clock clock;
    private final boolean mayListCycles;
    private String title = "";

    EvaluationCycleView(EvaluationService evaluations, ClassificationSheetPdf sheetPdf, CurrentUser currentUser,
                        Clock clock) {
        this.evaluations = evaluations;
        this.clock = clock;
        this.sheetPdf = sheetPdf;
        this.mayListCycles = currentUser.get().map(u -> u.hasRole(Role.HR) || u.hasRole(Role.UNIT_LEADER)
                || u.hasRole(Role.PROVINCE_LEADER)).orElse(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse("");
        removeAll();
        find(raw).ifPresentOrElse(this::render, () -> {
            title = getTranslation("evaluations.cycle.not-found.title");
            add(new H2(title), new Paragraph(getTranslation("evaluations.cycle.not-found", raw)));
        });
    }

    /** A typed URL may hold anything: what is not a number is simply not found. */
    private Optional<EvaluationCycle> find(String raw) {
        try {
            return evaluations.cycle(Long.parseLong(raw));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void render(EvaluationCycle c) {
        String period = EvaluationLabels.period(this, c.frequency(), c.periodStart());
        title = getTranslation("evaluations.cycle.title", c.unitName(), period);
        if (mayListCycles) {
            add(new RouterLink(getTranslation("evaluations.back-to-cycles"), EvaluationCyclesView.class));
        }
        add(new H2(title), facts(c));
        List<Evaluation> ratings = evaluations.ofCycle(c.id());
        add(new H3(getTranslation("evaluations.distribution")), distribution(evaluations.distribution(c.id())));
        HorizontalLayout exports = new HorizontalLayout(new ExportButtons<>(() -> exportTable(c),
                () -> evaluations.ofCycle(c.id()).stream()), pdfLink(c));
        exports.setAlignItems(FlexComponent.Alignment.CENTER);
        add(new H3(getTranslation("evaluations.ratings")), exports, grid(ratings));
    }

    private FormLayout facts(EvaluationCycle c) {
        FormLayout f = new FormLayout();
        f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        f.addFormItem(new Span(c.unitName()), getTranslation("evaluations.unit"));
        f.addFormItem(new Span(getTranslation(c.frequency().labelKey())), getTranslation("evaluations.frequency"));
        f.addFormItem(new Span(c.rules().name()), getTranslation("evaluations.col.rules"));
        f.addFormItem(new Span(VnFormats.date(c.periodStart()) + " – " + VnFormats.date(c.periodEnd())),
                getTranslation("evaluations.period"));
        f.addFormItem(new Span(VnFormats.date(c.selfDeadline())), getTranslation("evaluations.col.self-deadline"));
        f.addFormItem(new Span(VnFormats.date(c.approveDeadline())),
                getTranslation("evaluations.col.approve-deadline"));
        return f;
    }

    /** Counts per level, and the quota line, red when more are (proposed) excellent than allowed. */
    private VerticalLayout distribution(LevelDistribution d) {
        HorizontalLayout counts = new HorizontalLayout();
        for (RatingLevel level : RatingLevel.values()) {
            counts.add(new Span(getTranslation("evaluations.distribution.count", EvaluationLabels.level(this, level),
                    VnFormats.count(d.counts().get(level)))));
        }
        counts.add(new Span(getTranslation("evaluations.distribution.unrated", VnFormats.count(d.unrated()))));
        counts.getStyle().set("flex-wrap", "wrap");
        Span quota = new Span(getTranslation("evaluations.distribution.quota", VnFormats.count(d.excellent()),
                VnFormats.count(d.allowed()), String.valueOf(d.quotaPercent()), VnFormats.count(d.goodOrBetter())));
        quota.setId("excellent-quota");
        quota.getElement().getThemeList().add("badge");
        quota.getElement().getThemeList().add(d.overQuota() ? "error" : "success");
        if (d.overQuota()) {
            quota.setText(quota.getText() + " – " + getTranslation("evaluations.distribution.over"));
        }
        VerticalLayout box = new VerticalLayout(counts, quota,
                new Span(getTranslation("evaluations.distribution.hint")));
        box.setPadding(false);
        box.setSpacing(false);
        return box;
    }

    private Grid<Evaluation> grid(List<Evaluation> ratings) {
        Grid<Evaluation> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Evaluation::officerName).setHeader(getTranslation("evaluations.col.officer")).setAutoWidth(true)
                .setFrozen(true);
        grid.addColumn(Evaluation::position).setHeader(getTranslation("evaluations.col.position")).setAutoWidth(true);
        grid.addComponentColumn(e -> EvaluationLabels.state(this, e.state()))
                .setHeader(getTranslation("evaluations.col.state")).setAutoWidth(true);
        grid.addColumn(e -> EvaluationLabels.entry(this, e.self())).setHeader(getTranslation("evaluations.col.self"))
                .setAutoWidth(true);
        grid.addColumn(e -> EvaluationLabels.entry(this, e.proposal()))
                .setHeader(getTranslation("evaluations.col.proposal")).setAutoWidth(true);
        grid.addColumn(e -> EvaluationLabels.levelAndScore(this, e.finalLevel(), e.finalScore()))
                .setHeader(getTranslation("evaluations.col.final")).setAutoWidth(true);
        grid.addColumn(e -> EvaluationLabels.waitingFor(this, e)).setHeader(getTranslation("evaluations.col.waiting"))
                .setAutoWidth(true);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(EvaluationNavigation.evaluation(e.getItem().id())));
        grid.setItems(ratings);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private TableExport<Evaluation> exportTable(EvaluationCycle c) {
        String period = EvaluationLabels.period(this, c.frequency(), c.periodStart());
        return TableExport.of(getTranslation("evaluations.export.sheet"), List.of(
                        ExportColumn.<Evaluation>text(getTranslation("evaluations.col.officer"), Evaluation::officerName),
                        ExportColumn.text(getTranslation("evaluations.col.position"), Evaluation::position),
                        ExportColumn.text(getTranslation("evaluations.col.state"), e -> getTranslation(e.state().labelKey())),
                        ExportColumn.text(getTranslation("evaluations.col.self-level"),
                                e -> e.self() == null ? null : EvaluationLabels.level(this, e.self().level())),
                        ExportColumn.decimal(getTranslation("evaluations.col.self-score"),
                                e -> e.self() == null ? null : e.self().total()),
                        ExportColumn.text(getTranslation("evaluations.col.proposal-level"),
                                e -> e.proposal() == null ? null : EvaluationLabels.level(this, e.proposal().level())),
                        ExportColumn.decimal(getTranslation("evaluations.col.proposal-score"),
                                e -> e.proposal() == null ? null : e.proposal().total()),
                        ExportColumn.text(getTranslation("evaluations.col.final-level"),
                                e -> EvaluationLabels.level(this, e.finalLevel())),
                        ExportColumn.decimal(getTranslation("evaluations.col.final-score"), Evaluation::finalScore),
                        ExportColumn.dateTime(getTranslation("evaluations.col.approved-at"), Evaluation::approvedAt)))
                .withTitle(getTranslation("evaluations.export.title", c.unitName(), period, c.rules().name()));
    }

    /** The PDF is read on the download's request, with the user's login, so only readable ratings go in. */
    private Anchor pdfLink(EvaluationCycle c) {
        Anchor pdf = new Anchor(pdfDownload(c), AttachmentType.DOWNLOAD, getTranslation("evaluations.export.pdf"));
        pdf.addComponentAsFirst(VaadinIcon.FILE_TEXT_O.create());
        pdf.addClassName("export-link");
        return pdf;
    }

    private DownloadHandler pdfDownload(EvaluationCycle c) {
        return event -> {
            ClassificationSheet[] sheet = new ClassificationSheet[1];
            // Read under the session lock, as ExportButtons does; rendered outside it
            UI ui = event.getUI();
            if (ui != null) {
                ui.accessSynchronously(() -> sheet[0] = sheet(c));
            } else {
                event.getSession().lock();
                try {
                    sheet[0] = sheet(c);
                } finally {
                    event.getSession().unlock();
                }
            }
            byte[] bytes = sheetPdf.render(sheet[0]);
            event.setFileName(TableExport.slug(getTranslation(VnFormats.VIETNAMESE, "evaluations.export.sheet") + " "
                    + c.unitName() + " " + EvaluationLabels.period(this, VnFormats.VIETNAMESE, c.frequency(),
                    c.periodStart())) + ".pdf");
            event.setContentType("application/pdf");
            try (OutputStream out = event.getOutputStream()) {
                out.write(bytes);
            }
        };
    }

    /** In Vietnamese whatever the UI's language: the list goes into the unit's records. */
    private ClassificationSheet sheet(EvaluationCycle c) {
        List<ClassificationSheet.Line> lines = evaluations.ofCycle(c.id()).stream()
                .map(e -> new ClassificationSheet.Line(e.officerName(), e.position() == null ? "" : e.position(),
                        e.finalLevel() == null ? getTranslation(VnFormats.VIETNAMESE, "evaluations.pdf.not-approved")
                                : getTranslation(VnFormats.VIETNAMESE, e.finalLevel().labelKey()),
                        score(e.finalScore())))
                .toList();
        return new ClassificationSheet(c.unitName(), EvaluationLabels.period(this, VnFormats.VIETNAMESE,
                c.frequency(), c.periodStart()), c.rules().name(), LocalDate.now(clock),
                getTranslation(VnFormats.VIETNAMESE, "evaluations.pdf.signer"), lines);
    }

    private static String score(BigDecimal score) {
        return EvaluationLabels.score(score);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
