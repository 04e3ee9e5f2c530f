package vn.camau.reform.evaluation.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
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
 * page. A user who is no officer on record (a leader's or inspector's account, say) is told so
 * rather than shown an empty table.
 */
@Route(EvaluationNavigation.MINE)
@Menu(title = "nav.my-evaluations", order = 31, icon = "vaadin:clipboard-user")
@RolesAllowed({Roles.PROVINCE_LEADER, Roles.UNIT_LEADER, Roles.OFFICER, Roles.AUDITOR, Roles.INSPECTOR,
        Roles.INSPECTION_LEADER, Roles.HR})
public class MyEvaluationsView extends VerticalLayout implements HasDynamicTitle {

    MyEvaluationsView(EvaluationService service) {
        setSizeFull();
        add(new H2(getTranslation("nav.my-evaluations")));
        List<Evaluation> mine = service.mine();
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(service.linkedToOfficer() ? "evaluations.mine.none"
                    : "evaluations.mine.no-officer"));
            empty.setId("empty-state");
            add(empty);
            return;
        }
        Map<Long, EvaluationCycle> cycles = new HashMap<>();
        mine.forEach(e -> cycles.computeIfAbsent(e.cycleId(), id -> service.cycle(id).orElseThrow()));
        Grid<Evaluation> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> EvaluationLabels.period(this, cycles.get(e.cycleId())))
                .setHeader(getTranslation("evaluations.period")).setAutoWidth(true).setKey("period");
        grid.addColumn(Evaluation::officerUnitName).setHeader(getTranslation("evaluations.unit")).setAutoWidth(true);
        grid.addColumn(e -> cycles.get(e.cycleId()).rules().name()).setHeader(getTranslation("evaluations.decree"))
                .setAutoWidth(true);
        grid.addColumn(e -> EvaluationLabels.state(this, e.state())).setHeader(getTranslation("evaluations.state"))
                .setAutoWidth(true);
        grid.addColumn(e -> EvaluationLabels.levelAndScore(this, e.self()))
                .setHeader(getTranslation("evaluations.entry.self")).setAutoWidth(true);
        grid.addColumn(e -> EvaluationLabels.finalLevelAndScore(this, e))
                .setHeader(getTranslation("evaluations.final")).setAutoWidth(true);
        grid.setItems(mine);
        grid.addItemClickListener(ev -> UI.getCurrent().navigate(EvaluationNavigation.evaluation(ev.getItem().id())));
        grid.setSizeFull();
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-evaluations");
    }
}
