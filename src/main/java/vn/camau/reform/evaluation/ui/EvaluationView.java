package vn.camau.reform.evaluation.ui;

import java.util.Optional;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.evaluation.Evaluation;
import vn.camau.reform.evaluation.EvaluationCycle;
import vn.camau.reform.evaluation.EvaluationService;
import vn.camau.reform.evaluation.EvaluationState;

/**
 * One officer's rating: who, where, for which period and under which decree; the records beside it
 * (computed, editable by nobody); what each step said side by side; the return comment while it
 * waits for revision; the steps the user may take now; and the history. A rating the user may not
 * read (another unit's, a colleague's) reads as not found, so privacy leaks nothing.
 */
@Route(EvaluationNavigation.CYCLES + "/:id")
@PermitAll
public class EvaluationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient EvaluationService evaluations;
    private Evaluation current;
    private String title = "";

    EvaluationView(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse("");
        removeAll();
        find(raw).ifPresentOrElse(this::render, () -> notFound(raw));
    }

    /** A typed URL may hold anything: what is not a number is simply not found. */
    private Optional<Evaluation> find(String raw) {
        try {
            return evaluations.find(Long.parseLong(raw));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void notFound(String raw) {
        current = null;
        title = getTranslation("evaluations.not-found.title");
        add(new H2(title), new Paragraph(getTranslation("evaluations.not-found", raw)));
    }

    /** Shows the rating as it is now, after a step or after a step was refused. */
    private void reload() {
        long id = current.id();
        removeAll();
        evaluations.find(id).ifPresentOrElse(this::render, () -> notFound(String.valueOf(id)));
    }

    private int version() {
        return current.version();
    }

    private void render(Evaluation e) {
        current = e;
        EvaluationCycle cycle = evaluations.cycle(e.cycleId()).orElseThrow();
        String period = EvaluationLabels.period(this, cycle.frequency(), cycle.periodStart());
        title = getTranslation("evaluations.rating.title", e.officerName(), period);
        add(new RouterLink(getTranslation("evaluations.open-cycle-of", period), EvaluationCycleView.class,
                new RouteParameters("id", String.valueOf(cycle.id()))));
        HorizontalLayout status = new HorizontalLayout(new H2(title), EvaluationLabels.state(this, e.state()));
        status.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(status, facts(e, cycle, period));
        if (e.disciplined()) {
            add(warning(getTranslation("evaluations.disciplined")));
        }
        if (e.returnComment() != null && e.state() != EvaluationState.APPROVED) {
            add(warning(getTranslation("evaluations.return-comment", e.returnComment())));
        }
        EvaluationWorkflow workflow = new EvaluationWorkflow(evaluations, e, cycle.rules(),
                evaluations.actions(e.id()), this::version, this::reload);
        if (workflow.hasSteps()) {
            add(workflow);
        }
        add(new H3(getTranslation("evaluations.evidence")), new EvidencePanel(evaluations.evidence(e.id())));
        add(new H3(getTranslation("evaluations.steps")), new StepEntries(e));
        add(new H3(getTranslation("evaluations.history")), new EvaluationHistoryGrid(evaluations.history(e.id())));
    }

    private FormLayout facts(Evaluation e, EvaluationCycle cycle, String period) {
        FormLayout f = new FormLayout();
        f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        f.addFormItem(new Span(e.officerName()), getTranslation("evaluations.col.officer"));
        f.addFormItem(new Span(nz(e.position())), getTranslation("evaluations.col.position"));
        f.addFormItem(new Span(e.officerUnitName()), getTranslation("evaluations.unit"));
        f.addFormItem(new Span(e.managerName() == null ? getTranslation("evaluations.no-manager") : e.managerName()),
                getTranslation("evaluations.manager"));
        f.addFormItem(new Span(period + " (" + VnFormats.date(cycle.periodStart()) + " – "
                + VnFormats.date(cycle.periodEnd()) + ")"), getTranslation("evaluations.period"));
        f.addFormItem(new Span(cycle.rules().name()), getTranslation("evaluations.col.rules"));
        f.addFormItem(new Span(VnFormats.date(cycle.selfDeadline())), getTranslation("evaluations.col.self-deadline"));
        f.addFormItem(new Span(VnFormats.date(cycle.approveDeadline())),
                getTranslation("evaluations.col.approve-deadline"));
        return f;
    }

    private static Span warning(String text) {
        Span s = new Span(text);
        s.getElement().getThemeList().add("badge");
        s.getElement().getThemeList().add("warning");
        return s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
