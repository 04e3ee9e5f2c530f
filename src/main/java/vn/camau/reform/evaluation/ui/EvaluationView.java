package vn.camau.reform.evaluation.ui;

import java.util.Optional;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
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

import jakarta.annotation.security.PermitAll;

import vn.camau.reform.base.ui.RouteIds;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.evaluation.Evaluation;
import vn.camau.reform.evaluation.EvaluationCycle;
import vn.camau.reform.evaluation.EvaluationService;
import vn.camau.reform.evaluation.EvaluationState;
import vn.camau.reform.evaluation.OfficerPerformanceService;
import vn.camau.reform.base.period.Period;

/**
 * One officer's rating: who and for which period under which decree, what the records say of them
 * (read-only), each step's entries side by side, the steps the user may take now, and the history.
 * Any signed-in user may ask; the service decides what they read, and a rating they may not read
 * (or that does not exist) reads as "not found", so the id leaks nothing.
 */
@Route("evaluations/:id")
@PermitAll
public class EvaluationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient EvaluationService service;
    private String title = "";

    /** Whether the officer's name leads to their performance page (those who read officers in scope). */
    private final boolean readsPerformance;

    EvaluationView(EvaluationService service, OfficerPerformanceService performance) {
        this.readsPerformance = performance.readsOfficersInScope();
        this.service = service;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse("");
        removeAll();
        find(raw).ifPresentOrElse(this::render, () -> {
            title = getTranslation("evaluations.not-found.title");
            Notifications.warning(getTranslation("evaluation.unknown", raw));
            add(new H2(title), new Paragraph(getTranslation("evaluation.unknown", raw)));
        });
    }

    /** A typed URL may hold anything: what is not a number is simply not found. */
    private Optional<Evaluation> find(String raw) {
        return RouteIds.parse(raw).flatMap(service::find);
    }

    private void reload(long id) {
        removeAll();
        service.find(id).ifPresent(this::render);
    }

    private void render(Evaluation e) {
        title = getTranslation("evaluations.detail.title", e.officerName());
        EvaluationCycle cycle = service.cycle(e.cycleId()).orElseThrow();
        Span state = new Span(EvaluationLabels.state(this, e.state()));
        state.getElement().getThemeList().add("badge");
        if (e.state() == EvaluationState.APPROVED) {
            state.getElement().getThemeList().add("success");
        }
        HorizontalLayout heading = new HorizontalLayout(new H2(title), state);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(heading, facts(e, cycle));
        if (e.returnComment() != null && e.state() != EvaluationState.APPROVED) {
            Paragraph returned = new Paragraph(getTranslation("evaluations.return-comment", e.returnComment()));
            returned.setId("return-comment");
            returned.getElement().getThemeList().add("badge");
            returned.getElement().getThemeList().add("warning");
            add(returned);
        }
        add(new EvidencePanel(service.evidence(e.id())));
        add(new H3(getTranslation("evaluations.entries")), new EntriesPanel(e));
        EvaluationWorkflow workflow = new EvaluationWorkflow(service, e, cycle.rules(), service.actions(e.id()),
                () -> reload(e.id()));
        if (workflow.hasSteps()) {
            add(workflow);
        }
        add(new H3(getTranslation("evaluations.history")), new EvaluationHistoryGrid(service.history(e.id())));
    }

    private FormLayout facts(Evaluation e, EvaluationCycle cycle) {
        FormLayout f = new FormLayout();
        f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        f.addFormItem(OfficerLinks.name(e.officerId(), e.officerName(),
                Period.custom(cycle.periodStart(), cycle.periodEnd()), readsPerformance),
                getTranslation("evaluations.officer"));
        f.addFormItem(new Span(nz(e.position())), getTranslation("evaluations.position"));
        f.addFormItem(new Span(e.officerUnitName()), getTranslation("evaluations.unit"));
        f.addFormItem(new Span(nz(e.managerName())), getTranslation("evaluations.manager"));
        f.addFormItem(new Anchor(EvaluationNavigation.cycle(cycle.id()), EvaluationLabels.period(this, cycle)),
                getTranslation("evaluations.period"));
        f.addFormItem(new Span(cycle.rules().name()), getTranslation("evaluations.decree"));
        f.addFormItem(new Span(VnFormats.date(cycle.selfDeadline())), getTranslation("evaluations.self-deadline"));
        f.addFormItem(new Span(VnFormats.date(cycle.approveDeadline())),
                getTranslation("evaluations.approve-deadline"));
        if (e.disciplined()) {
            f.addFormItem(new Span(getTranslation("evaluations.disciplined")), getTranslation("evaluations.discipline"));
        }
        return f;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
