package vn.camau.reform.dossier.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import vn.camau.reform.base.ui.NameLinks;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.phone.GridCards;
import vn.camau.reform.dossier.DossierDetail;
import vn.camau.reform.dossier.DossierService;
import vn.camau.reform.dossier.risk.LateRisk;
import vn.camau.reform.dossier.risk.LateRiskReason;
import vn.camau.reform.dossier.risk.LateRiskService;
import vn.camau.reform.dossier.DossierStep;
import vn.camau.reform.dossier.OpenTiming;
import vn.camau.reform.dossier.Timing;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Permission;
import vn.camau.reform.security.Roles;
import vn.camau.reform.base.ui.DialogOpener;

/**
 * One dossier: its dates and classification, who holds it or whose step made it late, and the
 * timeline of its steps. Leaders may urge the unit holding an open one. The applicant's name is
 * masked: a leader monitoring deadlines does not need it.
 */
@Route("dossiers/:code")
@RolesAllowed({Roles.PROVINCE_LEADER, Roles.UNIT_LEADER, Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN})
public class DossierDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient DossierService dossiers;
    private final transient CurrentUser currentUser;
    private final transient LateRiskService risks;
    private String title = "";

    DossierDetailView(DossierService dossiers, CurrentUser currentUser, LateRiskService risks) {
        this.dossiers = dossiers;
        this.risks = risks;
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        removeAll();
        dossiers.dossier(code).ifPresentOrElse(this::render, () -> {
            title = getTranslation("dossier.not-found.title");
            add(new H2(title), new Paragraph(getTranslation("dossier.not-found", code)));
        });
    }

    private void render(DossierDetail d) {
        title = getTranslation("dossier.detail.title", d.code());
        DossierDetail.Procedure procedure = d.procedure();
        add(new H2(title), new Paragraph(procedure.name() + " (" + procedure.code() + ") – " + procedure.fieldName()));
        add(status(d));
        risks.riskOf(d).ifPresent(r -> add(risk(r)));
        FormLayout facts = new FormLayout();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        facts.addFormItem(new Span(d.receivingUnitName()), getTranslation("dossier.receiving-unit"));
        facts.addFormItem(handlingUnit(d), getTranslation("dossier.handling-unit"));
        facts.addFormItem(new Span(getTranslation(d.channel().labelKey())), getTranslation("col.channel"));
        facts.addFormItem(new Span(dateTime(d.dates().receivedAt())), getTranslation("col.received"));
        facts.addFormItem(new Span(VnFormats.date(d.dates().appointmentDate())),
                getTranslation("dossier.appointment"));
        facts.addFormItem(new Span(VnFormats.date(d.dates().dueDate())), getTranslation("col.due"));
        facts.addFormItem(new Span(dateTime(d.dates().resolvedAt())), getTranslation("col.resolved"));
        facts.addFormItem(new Span(dateTime(d.dates().returnedAt())), getTranslation("dossier.returned"));
        facts.addFormItem(new Span(yesNo(d.service().digitised())), getTranslation("dossier.digitised"));
        facts.addFormItem(new Span(getTranslation(d.service().onlineLevel() == null ? "dossier.onlineLevel.none"
                : d.service().onlineLevel().labelKey())), getTranslation("dossier.onlineLevel"));
        facts.addFormItem(new Span(yesNo(d.service().resultElectronic())), getTranslation("dossier.resultElectronic"));
        facts.addFormItem(new Span(yesNo(d.service().dataReused())), getTranslation("dossier.dataReused"));
        facts.addFormItem(new Span(d.service().hasFee() ? yesNo(d.service().paidOnline())
                        : getTranslation("dossier.no-fee")),
                getTranslation("dossier.paid-online"));
        facts.addFormItem(new Span(d.service().rating() == null ? getTranslation("dossier.not-rated")
                : getTranslation(d.service().rating().labelKey())), getTranslation("dossier.rating"));
        facts.addFormItem(new Span(d.applicantMasked()), getTranslation("dossier.applicant"));
        facts.addFormItem(new Span(nz(d.handlingOfficerName())), getTranslation("dossier.handling-officer"));
        facts.addFormItem(new Span(responsible(d)), getTranslation("dossier.responsible"));
        add(facts, new H3(getTranslation("dossier.timeline")), timeline(d));
        if (d.state().isOpen() && currentUser.may(Permission.URGE_LATE_DOSSIER)) {
            Button urge = new Button(getTranslation("alert.urge"), VaadinIcon.BELL.create(),
                    e -> new UrgeDialog(dossiers, d.code(), () -> { }).open());
            DialogOpener.mark(urge);
            urge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(urge);
        }
        boolean late = d.timing() == Timing.LATE || d.openTiming() == OpenTiming.OVERDUE;
        boolean atRisk = !late && d.state().isOpen() && risks.riskOf(d).filter(LateRisk::enoughHistory).isPresent();
        if (late || atRisk && currentUser.may(Permission.DRAFT_APOLOGY)) {
            // The apology feature's route opens the dossier's apology, or a draft pre-filled from it
            add(new Anchor("apologies/new?dossier=" + URLEncoder.encode(d.code(), StandardCharsets.UTF_8),
                    getTranslation(late ? "dossier.apology" : "risk.apology.early")));
        }
    }

    /** The early warning: the risk and its reason, or that the step has too little history to say. */
    private Component risk(LateRisk r) {
        Span badge = new Span(r.enoughHistory() ? getTranslation("risk.detail.value", r.percent())
                : getTranslation("risk.no-history.short"));
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(r.enoughHistory() ? "warning" : "contrast");
        Paragraph p = new Paragraph(badge, new Span(" " + LateRiskReason.words(r, risks.settings().minCases(),
                getLocale())));
        p.setId("late-risk");
        return p;
    }

    /** The unit's figures are one click away for those who may open the overview (its URL, as a leader shares it). */
    private Component handlingUnit(DossierDetail d) {
        return NameLinks.unit(d.handlingUnitId(), d.handlingUnitName(),
                currentUser.get().map(u -> u.may(Permission.READ_UNIT_FIGURES)).orElse(false));
    }

    private Component status(DossierDetail d) {
        Span badge = new Span();
        badge.getElement().getThemeList().add("badge");
        if (d.timing() != null) {
            badge.setText(getTranslation(d.timing().labelKey())
                    + (d.workingDaysLate() > 0 ? " – " + getTranslation("dossier.late-days", d.workingDaysLate()) : ""));
            badge.getElement().getThemeList().add(switch (d.timing()) {
                case LATE -> "error";
                case ON_TIME -> "contrast";
                case EARLY -> "success";
            });
        } else if (d.openTiming() != null) {
            badge.setText(getTranslation(d.openTiming().labelKey())
                    + (d.workingDaysLate() > 0 ? " – " + getTranslation("dossier.late-days", d.workingDaysLate()) : ""));
            badge.getElement().getThemeList().add(switch (d.openTiming()) {
                case OVERDUE -> "error";
                case DUE_SOON -> "warning";
                case ON_TRACK -> "success";
                case WAITING -> "contrast";
            });
        } else {
            badge.setText(getTranslation(d.state().labelKey()));
        }
        return new Paragraph(new Span(getTranslation(d.state().labelKey()) + " · "), badge);
    }

    private Grid<DossierStep> timeline(DossierDetail d) {
        Grid<DossierStep> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(s -> dateTime(s.startedAt())).setHeader(getTranslation("step.started")).setAutoWidth(true);
        grid.addColumn(DossierStep::stepName).setHeader(getTranslation("step.name")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation(s.state().labelKey())).setHeader(getTranslation("step.state"))
                .setAutoWidth(true);
        grid.addColumn(DossierStep::unitName).setHeader(getTranslation("col.unit")).setAutoWidth(true);
        grid.addColumn(s -> nz(s.officerName())).setHeader(getTranslation("col.officer")).setAutoWidth(true);
        grid.addColumn(s -> s.stepDueDate() == null ? "" : VnFormats.date(s.stepDueDate()))
                .setHeader(getTranslation("step.due")).setAutoWidth(true);
        grid.addColumn(s -> dateTime(s.endedAt())).setHeader(getTranslation("step.ended")).setAutoWidth(true);
        grid.addColumn(s -> s.overrunWorkingDays() > 0 ? getTranslation("dossier.late-days", s.overrunWorkingDays())
                : "").setHeader(getTranslation("step.overrun")).setAutoWidth(true);
        grid.setPartNameGenerator(s -> s.overrunWorkingDays() > 0 ? "late-step" : null);
        // on a phone each step is a card: when, what, who, and by how much it overran
        GridCards.install(grid, LitRenderer.<DossierStep>of("""
                        <div class="phone-card">
                          <div class="phone-card-head"><span>${item.step}</span>
                            <span class="phone-card-alarm">${item.overrun}</span></div>
                          <div class="phone-card-line">${item.when}</div>
                          <div class="phone-card-line">${item.who}</div>
                        </div>""")
                .withProperty("step", s -> s.stepName() + " · " + getTranslation(s.state().labelKey()))
                .withProperty("overrun", s -> s.overrunWorkingDays() > 0
                        ? getTranslation("dossier.late-days", s.overrunWorkingDays()) : "")
                .withProperty("when", s -> dateTime(s.startedAt()) + " → " + dateTime(s.endedAt())
                        + (s.stepDueDate() == null ? "" : " · " + getTranslation("step.due") + " "
                        + VnFormats.date(s.stepDueDate())))
                .withProperty("who", s -> s.unitName() + (s.officerName() == null ? "" : " · " + s.officerName())));
        grid.setItems(d.steps());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String responsible(DossierDetail d) {
        DossierDetail.Responsible r = d.responsible();
        if (r.unitName() == null && r.officerName() == null) {
            return "";
        }
        return nz(r.step()) + " – " + nz(r.officerName()) + " (" + nz(r.unitName()) + ")";
    }

    private String yesNo(boolean b) {
        return getTranslation(b ? "common.yes" : "common.no");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String dateTime(LocalDateTime t) {
        return VnFormats.dateTime(t);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
