package vn.camau.reform.apology.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;
import vn.camau.reform.apology.ApologyDraft;
import vn.camau.reform.apology.ApologyService;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.base.ui.UrlParameters;
import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.base.period.Today;
import vn.camau.reform.security.Roles;

/**
 * "Lập phiếu xin lỗi": opened from a late alert with {@code ?dossier=<code>}, pre-filled from the
 * dossier. A dossier has one apology, so a dossier that has one opens it instead of a second form.
 * A dossier not overdue yet needs the officer's declaration that it will be late.
 */
@Route("apologies/new")
@RolesAllowed({Roles.PROVINCE_LEADER, Roles.UNIT_LEADER, Roles.OFFICER})
public class ApologyDraftView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ApologyService apologies;
    private final transient ReportUnits reportUnits;
    private final transient Today today;
    private String title = "";

    ApologyDraftView(ApologyService apologies, ReportUnits reportUnits, Today today) {
        this.apologies = apologies;
        this.reportUnits = reportUnits;
        this.today = today;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = UrlParameters.first(event.getLocation().getQueryParameters(), "dossier").orElse(null);
        if (code == null) {
            refused(getTranslation("apologies.draft.no-dossier"));
            return;
        }
        var existing = apologies.idForDossier(code);
        if (existing.isPresent()) {
            event.forwardTo(ApologyView.class, new RouteParameters("id", String.valueOf(existing.get())));
            return;
        }
        try {
            render(apologies.draftFor(code));
        } catch (BusinessRuleException e) {
            refused(getTranslation(e.messageKey(), e.args()));
        }
    }

    private void refused(String message) {
        title = getTranslation("apologies.draft.cannot");
        add(new H2(title), new Paragraph(message));
    }

    private void render(ApologyDraft d) {
        title = getTranslation("apologies.draft.title", d.dossierCode());
        FormLayout facts = new FormLayout();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        facts.addFormItem(new Span(d.dossierCode()), getTranslation("col.dossier-code"));
        facts.addFormItem(new Span(d.procedureName()), getTranslation("col.procedure"));
        facts.addFormItem(new Span(d.handlingUnitName()), getTranslation("dossier.handling-unit"));
        facts.addFormItem(new Span(d.applicantMasked()), getTranslation("dossier.applicant"));
        facts.addFormItem(new Span(VnFormats.dateTime(d.receivedAt())), getTranslation("col.received"));
        facts.addFormItem(new Span(VnFormats.date(d.originalDueDate())), getTranslation("apologies.col.original-date"));
        facts.addFormItem(lateness(d), getTranslation("apologies.draft.lateness"));
        facts.addFormItem(new Span(d.responsibleStep() == null ? "" : d.responsibleStep()),
                getTranslation("apologies.draft.responsible-step"));
        facts.addFormItem(new Span(VnFormats.date(d.issueDeadline())), getTranslation("apologies.col.issue-deadline"));

        ApologyFormFields fields = new ApologyFormFields(reportUnits.currentUnitsInScope(), this.today.date());
        fields.show(d.form(), null);
        Checkbox declareLate = new Checkbox(getTranslation("apologies.field.declare-late"));
        declareLate.setRequiredIndicatorVisible(true);
        declareLate.setVisible(!d.overdue());
        Button create = new Button(getTranslation("apologies.create"), e -> create(d, fields, declareLate));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(title), facts, fields, declareLate, create);
    }

    private Span lateness(ApologyDraft d) {
        Span badge = new Span(d.overdue()
                ? getTranslation("apologies.draft.overdue", String.valueOf(d.workingDaysLate()))
                : getTranslation("apologies.draft.not-yet-late"));
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(d.overdue() ? "error" : "warning");
        return badge;
    }

    private void create(ApologyDraft d, ApologyFormFields fields, Checkbox declareLate) {
        // Checked here for a clearer message than the service's general "not late" refusal
        if (!d.overdue() && !declareLate.getValue()) {
            Notifications.error(getTranslation("apologies.declare-late.required"));
            return;
        }
        try {
            long id = apologies.create(fields.read(d.dossierCode(), !d.overdue()));
            Notifications.success(getTranslation("apologies.created", d.dossierCode()));
            UI.getCurrent().navigate(ApologyView.class, new RouteParameters("id", String.valueOf(id)));
        } catch (BusinessRuleException e) {
            Notifications.error(getTranslation(e.messageKey(), e.args()));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
