package vn.camau.reform.evaluation.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.base.ui.Picker;
import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.evaluation.EvaluationCycle;
import vn.camau.reform.evaluation.EvaluationService;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Permission;
import vn.camau.reform.security.Roles;
import vn.camau.reform.base.ui.DialogOpener;

/**
 * "Đánh giá, xếp loại": the rating rounds of the units in the user's scope, newest period first,
 * with how far each has got and which are past their deadlines. The chosen unit lives in the URL.
 * HR opens new rounds from here.
 */
@Route(EvaluationNavigation.CYCLES)
@Menu(title = "nav.evaluations", order = 30, icon = "vaadin:medal")
@RolesAllowed({Roles.HR, Roles.UNIT_LEADER, Roles.PROVINCE_LEADER})
public class EvaluationCyclesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient EvaluationService service;
    private final transient Clock clock;
    private final List<ReportUnit> units;
    private final ComboBox<ReportUnit> unit = new Picker<>();
    private final Grid<EvaluationCycle> grid = new Grid<>();
    private boolean restoring;

    EvaluationCyclesView(EvaluationService service, ReportUnits reportUnits, CurrentUser currentUser,
                         Clock clock) {
        this.service = service;
        this.clock = clock;
        this.units = reportUnits.currentUnitsInScope();
        setSizeFull();
        unit.setLabel(getTranslation("evaluations.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(ReportUnit::name);
        unit.setClearButtonVisible(true);
        unit.setWidth("20em");
        unit.addValueChangeListener(e -> unitChanged());
        HorizontalLayout toolbar = new HorizontalLayout(unit);
        toolbar.addClassName("toolbar"); // wraps; one field a line on a phone (styles.css)
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (currentUser.may(Permission.OPEN_EVALUATION_CYCLE)) {
            Button open = new Button(getTranslation("evaluations.open-cycle"), VaadinIcon.PLUS.create(),
                    e -> new OpenCycleDialog(service, units, unit.getValue(), this::opened).open());
            DialogOpener.mark(open);
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(open);
        }
        configureGrid();
        add(new H2(getTranslation("nav.evaluations")), toolbar, grid);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(EvaluationCycle::unitName).setHeader(getTranslation("evaluations.unit")).setAutoWidth(true);
        grid.addColumn(c -> EvaluationLabels.period(this, c)).setHeader(getTranslation("evaluations.period"))
                .setAutoWidth(true).setKey("period");
        grid.addColumn(c -> c.rules().name()).setHeader(getTranslation("evaluations.decree")).setWidth("14rem");
        grid.addColumn(c -> VnFormats.date(c.selfDeadline())).setHeader(getTranslation("evaluations.self-deadline"))
                .setAutoWidth(true);
        grid.addColumn(c -> VnFormats.date(c.approveDeadline()))
                .setHeader(getTranslation("evaluations.approve-deadline")).setAutoWidth(true);
        grid.addColumn(c -> c.progress().total()).setHeader(getTranslation("evaluations.progress.total"))
                .setAutoWidth(true).setKey("total");
        grid.addColumn(c -> c.progress().awaitingSelf()).setHeader(getTranslation("evaluations.progress.self"))
                .setAutoWidth(true).setKey("awaitingSelf");
        grid.addColumn(c -> c.progress().selfAssessed()).setHeader(getTranslation("evaluations.progress.manager"))
                .setAutoWidth(true).setKey("awaitingManager");
        grid.addColumn(c -> c.progress().proposed()).setHeader(getTranslation("evaluations.progress.hr"))
                .setAutoWidth(true).setKey("awaitingHr");
        grid.addColumn(c -> c.progress().reviewed()).setHeader(getTranslation("evaluations.progress.head"))
                .setAutoWidth(true).setKey("awaitingHead");
        grid.addColumn(c -> c.progress().approved()).setHeader(getTranslation("evaluations.progress.approved"))
                .setAutoWidth(true).setKey("approved");
        grid.addComponentColumn(this::status).setHeader(getTranslation("evaluations.status")).setAutoWidth(true)
                .setKey("status");
        grid.setPartNameGenerator(c -> overdue(c, today()) ? "evaluation-overdue" : null);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(EvaluationNavigation.cycle(e.getItem().id())));
        grid.setSizeFull();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Past a deadline with work left: officers who have not assessed themselves after theirs, or
     * ratings not approved after the approval deadline.
     */
    static boolean overdue(EvaluationCycle c, LocalDate today) {
        if (!c.open()) {
            return false;
        }
        boolean selfLate = today.isAfter(c.selfDeadline()) && c.progress().awaitingSelf() > 0;
        boolean approveLate = today.isAfter(c.approveDeadline()) && c.progress().approved() < c.progress().total();
        return selfLate || approveLate;
    }

    private Component status(EvaluationCycle c) {
        Span badge = new Span();
        badge.getElement().getThemeList().add("badge");
        if (c.progress().total() > 0 && c.progress().approved() == c.progress().total()) {
            badge.setText(getTranslation("evaluations.status.done"));
            badge.getElement().getThemeList().add("success");
        } else if (overdue(c, today())) {
            badge.setText(getTranslation("evaluations.status.overdue"));
            badge.getElement().getThemeList().add("error");
        } else {
            badge.setText(getTranslation(c.open() ? "evaluations.status.open" : "evaluations.status.closed"));
        }
        return badge;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getLocation().getQueryParameters().getSingleParameter("unit").orElse(null);
        ReportUnit chosen = null;
        if (raw != null) {
            chosen = units.stream().filter(u -> String.valueOf(u.id()).equals(raw)).findFirst().orElse(null);
            if (chosen == null) {
                // Outside the user's scope (or unknown): say so rather than show an empty list
                Notifications.warning(getTranslation("unit.unknown", raw));
            }
        }
        restoring = true;
        try {
            unit.setValue(chosen);
        } finally {
            restoring = false;
        }
        refresh();
    }

    private void unitChanged() {
        if (restoring) {
            return;
        }
        refresh();
        ReportUnit u = unit.getValue();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(EvaluationNavigation.CYCLES,
                u == null ? QueryParameters.empty() : QueryParameters.of("unit", String.valueOf(u.id())))));
    }

    private void refresh() {
        try {
            grid.setItems(service.cycles(unit.getValue() == null ? null : unit.getValue().id()));
        } catch (BusinessRuleException e) {
            Notifications.warning(getTranslation(e.messageKey(), e.args()));
            grid.setItems(List.of());
        }
    }

    private void opened(long cycleId) {
        Notifications.success(getTranslation("evaluations.cycle-opened"));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.evaluations");
    }
}
