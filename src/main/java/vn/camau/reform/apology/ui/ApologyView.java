package vn.camau.reform.apology.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import vn.camau.reform.base.ui.RouteIds;
import vn.camau.reform.apology.Apology;
import vn.camau.reform.apology.ApologyForm;
import vn.camau.reform.apology.ApologyLetters;
import vn.camau.reform.apology.ApologyService;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.base.period.Today;
import vn.camau.reform.dossier.ui.DossierNavigation;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Permission;
import vn.camau.reform.security.Roles;

/**
 * One apology: its facts, where it stands, whether the new date was kept, the form while it is a
 * draft, the next steps the user may take, and its history. An id that is unknown or outside the
 * user's scope reads as "not found", so scope leaks nothing.
 */
@Route("apologies/:id")
@RolesAllowed({Roles.PROVINCE_LEADER, Roles.UNIT_LEADER, Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN})
public class ApologyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ApologyService apologies;
    private final transient ReportUnits reportUnits;
    private final transient Today today;
    private final boolean mayDraft;
    private final boolean maySign;
    private final transient ApologyLetters letters;
    private String title = "";

    ApologyView(ApologyService apologies, ApologyLetters letters, ReportUnits reportUnits, Today today,
                CurrentUser currentUser) {
        this.apologies = apologies;
        this.letters = letters;
        this.reportUnits = reportUnits;
        this.today = today;
        this.maySign = currentUser.may(Permission.SIGN_APOLOGY);
        this.mayDraft = currentUser.may(Permission.DRAFT_APOLOGY);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse("");
        removeAll();
        find(raw).ifPresentOrElse(this::render, () -> {
            title = getTranslation("apologies.not-found.title");
            add(new H2(title), new Paragraph(getTranslation("apologies.not-found", raw)));
        });
    }

    /** A typed URL may hold anything: what is not a number is simply not found. */
    private Optional<Apology> find(String raw) {
        return RouteIds.parse(raw).flatMap(apologies::apology);
    }

    private void reload(long id) {
        removeAll();
        apologies.apology(id).ifPresent(this::render);
    }

    private void render(Apology a) {
        title = getTranslation("apologies.detail.title", a.dossier().code());
        HorizontalLayout status = new HorizontalLayout(ApologyBadges.state(this, a.state()),
                ApologyBadges.timeliness(this, a), ApologyBadges.outcome(this, a));
        status.setAlignItems(FlexComponent.Alignment.CENTER);
        add(new H2(title), status);
        add(new Anchor(DossierNavigation.dossier(a.dossier().code()),
                getTranslation("apologies.open-dossier", a.dossier().code())));
        if (a.returnComment() != null && a.state().isEditable()) {
            Paragraph returned = new Paragraph(getTranslation("apologies.return-comment") + ": " + a.returnComment());
            returned.getElement().getThemeList().add("badge");
            returned.getElement().getThemeList().add("warning");
            add(returned);
        }
        boolean editing = mayDraft && a.state().isEditable();
        add(new ApologyFacts(a, !editing));
        if (editing) {
            add(new H3(getTranslation("apologies.edit")), form(a));
        }
        if (mayDraft) {
            add(new ApologyLetterActions(letters, a));
        }
        ApologyWorkflow workflow = new ApologyWorkflow(apologies, a, mayDraft, maySign, () -> reload(a.id()));
        if (workflow.hasSteps()) {
            add(workflow);
        }
        add(new H3(getTranslation("apologies.history")), new ApologyHistoryGrid(apologies.history(a.id())));
    }

    private VerticalLayout form(Apology a) {
        ApologyFormFields fields = new ApologyFormFields(reportUnits.currentUnitsInScope(), this.today.date());
        fields.show(new ApologyForm(a.dossier().code(), a.faultUnitId(), a.reason(), a.newDueDate(), a.delivery().channel(),
                a.declaredLate()), a.faultUnitName());
        Button save = new Button(getTranslation("apologies.save"), e -> {
            try {
                apologies.update(a.id(), a.version(), fields.read(a.dossier().code(), a.declaredLate()));
                Notifications.success(getTranslation("apologies.saved"));
                reload(a.id());
            } catch (BusinessRuleException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(fields, save);
        form.setPadding(false);
        return form;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
