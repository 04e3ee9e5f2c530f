package vn.camau.reform.evaluation.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import vn.camau.reform.evaluation.Evaluation;
import vn.camau.reform.evaluation.EvaluationCycle;
import vn.camau.reform.evaluation.EvaluationService;
import vn.camau.reform.security.Roles;

/**
 * "Đánh giá của tôi": the ratings of the officer the user is, newest period first, each opening its
 * page; and, for a direct manager, the ratings of the officers they manage, whose proposals are
 * theirs to make. A user who is no officer on record (a leader's or inspector's account, say) is
 * told so rather than shown an empty table.
 */
@Route(EvaluationNavigation.MINE)
@Menu(title = "nav.my-evaluations", order = 31, icon = "vaadin:clipboard-user")
@RolesAllowed({Roles.PROVINCE_LEADER, Roles.UNIT_LEADER, Roles.OFFICER, Roles.AUDITOR, Roles.INSPECTOR,
        Roles.INSPECTION_LEADER, Roles.HR})
public class MyEvaluationsView extends VerticalLayout implements HasDynamicTitle {

    private final transient EvaluationService service;
    private final Map<Long, EvaluationCycle> cycles = new HashMap<>();

    MyEvaluationsView(EvaluationService service) {
        this.service = service;
        setSizeFull();
        add(new H2(getTranslation("nav.my-evaluations")));
        List<Evaluation> mine = service.mine();
        List<Evaluation> managed = service.managed();
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(service.linkedToOfficer() ? "evaluations.mine.none"
                    : "evaluations.mine.no-officer"));
            empty.setId("empty-state");
            add(empty);
        } else {
            Grid<Evaluation> own = grid(mine, false);
            own.setId("my-ratings");
            add(own);
        }
        if (!managed.isEmpty()) {
            Grid<Evaluation> team = grid(managed, true);
            team.setId("managed-ratings");
            add(new H3(getTranslation("evaluations.mine.managed")), team);
        }
    }

    private Grid<Evaluation> grid(List<Evaluation> ratings, boolean ofTeam) {
        ratings.forEach(e -> cycles.computeIfAbsent(e.cycleId(), id -> service.cycle(id).orElseThrow()));
        Grid<Evaluation> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        if (ofTeam) {
            grid.addColumn(Evaluation::officerName).setHeader(getTranslation("evaluations.officer"))
                    .setAutoWidth(true).setKey("officer");
        }
        grid.addColumn(e -> EvaluationLabels.period(this, cycles.get(e.cycleId())))
                .setHeader(getTranslation("evaluations.period")).setAutoWidth(true).setKey("period");
        grid.addColumn(Evaluation::officerUnitName).setHeader(getTranslation("evaluations.unit")).setAutoWidth(true);
        grid.addColumn(e -> cycles.get(e.cycleId()).rules().name()).setHeader(getTranslation("evaluations.decree"))
                .setAutoWidth(true);
        grid.addColumn(e -> EvaluationLabels.state(this, e.state())).setHeader(getTranslation("evaluations.state"))
                .setAutoWidth(true);
        grid.addColumn(e -> EvaluationLabels.levelAndScore(this, e.self()))
                .setHeader(getTranslation("evaluations.entry.self")).setAutoWidth(true);
        if (ofTeam) {
            grid.addColumn(e -> EvaluationLabels.levelAndScore(this, e.proposal()))
                    .setHeader(getTranslation("evaluations.entry.proposal")).setAutoWidth(true);
        }
        grid.addColumn(e -> EvaluationLabels.finalLevelAndScore(this, e))
                .setHeader(getTranslation("evaluations.final")).setAutoWidth(true);
        grid.setItems(ratings);
        grid.addItemClickListener(ev -> UI.getCurrent().navigate(EvaluationNavigation.evaluation(ev.getItem().id())));
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-evaluations");
    }
}
