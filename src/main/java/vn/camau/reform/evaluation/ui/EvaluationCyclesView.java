package vn.camau.reform.evaluation.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToIntFunction;

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
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.dossier.IndicatorService;
import vn.camau.reform.dossier.ReportUnit;
import vn.camau.reform.evaluation.EvaluationCycle;
import vn.camau.reform.evaluation.EvaluationService;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Role;
import vn.camau.reform.security.Roles;

/**
 * Đánh giá, xếp loại: the rating rounds of the units in the user's scope, newest first, with how far
 * each has got (who has not self-assessed, who waits for the manager, HR or the head) and the
 * deadlines passed with work still open marked in red. The unit chosen lives in the URL; HR opens
 * new rounds here.
 */
@Route(EvaluationNavigation.CYCLES)
@Menu(title = "nav.evaluations", order = 30, icon = "vaadin:clipboard-check")
@RolesAllowed({Roles.HR, Roles.UNIT_LEADER, Roles.PROVINCE_LEADER})
public class EvaluationCyclesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient EvaluationService evaluations;
    private final transient Clock clock;
    private final List<ReportUnit> units;
    private final ComboBox<ReportUnit> unit = new ComboBox<>();
    private final Grid<EvaluationCycle> grid = new Grid<>();
    private boolean restoring;

    EvaluationCyclesView(EvaluationService evaluations, IndicatorService indicators, CurrentUser currentUser,
                         Clock clock) {
        this.evaluations = evaluations;
        this.clock = clock;
        this.units = indicators.currentUnitsInScope();
        setSizeFull();
        unit.setLabel(getTranslation("evaluations.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(ReportUnit::name);
        unit.setClearButtonVisible(true);
        unit.setPlaceholder(getTranslation("evaluations.unit.all"));
        unit.setWidth("20em");
        unit.addValueChangeListener(e -> unitChanged());
        HorizontalLayout toolbar = new HorizontalLayout(unit);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (currentUser.get().map(u -> u.hasRole(Role.HR)).orElse(false)) {
            Button open = new Button(getTranslation("evaluations.open-cycle"), VaadinIcon.PLUS.create(),
                    e -> new OpenCycleDialog(evaluations, units, unit.getValue(), this::opened).open());
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(open);
        }
        configureGrid();
        add(new H2(getTranslation("nav.evaluations")), toolbar, grid);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(EvaluationCycle::unitName).setHeader(getTranslation("evaluations.col.unit")).setAutoWidth(true)
                .setFrozen(true);
        grid.addColumn(c -> EvaluationLabels.period(this, c.frequency(), c.periodStart()))
                .setHeader(getTranslation("evaluations.col.period")).setAutoWidth(true);
        grid.addColumn(c -> c.rules().name()).setHeader(getTranslation("evaluations.col.rules")).setWidth("14em");
        grid.addComponentColumn(c -> deadline(c.selfDeadline(), c.progress().awaitingSelf()))
                .setHeader(getTranslation("evaluations.col.self-deadline")).setAutoWidth(true).setKey("selfDeadline");
        grid.addComponentColumn(c -> deadline(c.approveDeadline(), c.progress().total() - c.progress().approved()))
                .setHeader(getTranslation("evaluations.col.approve-deadline")).setAutoWidth(true)
                .setKey("approveDeadline");
        count("evaluations.col.total", p -> p.total(), false);
        count("evaluations.col.awaiting-self", EvaluationCycle.Progress::awaitingSelf, true).setKey("awaitingSelf");
        count("evaluations.col.awaiting-manager", EvaluationCycle.Progress::selfAssessed, false);
        count("evaluations.col.awaiting-hr", EvaluationCycle.Progress::proposed, false);
        count("evaluations.col.awaiting-head", EvaluationCycle.Progress::reviewed, false);
        count("evaluations.col.approved", EvaluationCycle.Progress::approved, false);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(EvaluationNavigation.cycle(e.getItem().id())));
        grid.setSizeFull();
    }

    private Grid.Column<EvaluationCycle> count(String header, ToIntFunction<EvaluationCycle.Progress> value,
                                              boolean overdueWhenSelfLate) {
        return grid.addComponentColumn(c -> {
            int n = value.applyAsInt(c.progress());
            Span cell = new Span(VnFormats.count(n));
            if (overdueWhenSelfLate && n > 0 && today().isAfter(c.selfDeadline())) {
                overdue(cell);
            }
            return cell;
        }).setHeader(getTranslation(header)).setAutoWidth(true);
    }

    /** The date, red with "quá hạn" when it has passed and ratings are still open at that step. */
    private Component deadline(LocalDate date, int stillOpen) {
        Span cell = new Span(VnFormats.date(date));
        if (stillOpen > 0 && today().isAfter(date)) {
            cell.setText(getTranslation("evaluations.overdue", VnFormats.date(date)));
            overdue(cell);
        }
        return cell;
    }

    private static void overdue(Span cell) {
        cell.getElement().getThemeList().add("badge");
        cell.getElement().getThemeList().add("error");
        cell.addClassName("overdue");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> raw = event.getLocation().getQueryParameters().getParameters().getOrDefault("unit", List.of());
        ReportUnit chosen = null;
        if (!raw.isEmpty() && !raw.getFirst().isBlank()) {
            chosen = units.stream().filter(u -> String.valueOf(u.id()).equals(raw.getFirst().strip())).findFirst()
                    .orElse(null);
            if (chosen == null) {
                // Outside the user's scope, unknown or malformed: say so rather than show an empty list
                Notifications.warning(getTranslation("unit.unknown"));
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
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(EvaluationNavigation.CYCLES, EvaluationNavigation.cycles(unitId()))));
    }

    private Long unitId() {
        return unit.getValue() == null ? null : unit.getValue().id();
    }

    private void refresh() {
        try {
            grid.setItems(evaluations.cycles(unitId()));
        } catch (BusinessRuleException e) {
            Notifications.warning(getTranslation(e.messageKey(), e.args()));
            grid.setItems(List.of());
        }
    }

    /** A new round: show its unit's rounds with it among them, then open it. */
    private void opened(long cycleId, long unitId) {
        units.stream().filter(u -> u.id() == unitId).findFirst().ifPresent(u -> {
            if (!u.equals(unit.getValue())) {
                unit.setValue(u);
            }
        });
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.evaluations");
    }
}
