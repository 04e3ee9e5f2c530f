package vn.camau.reform.evaluation.ui;

import java.util.List;

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

import jakarta.annotation.security.PermitAll;
import vn.camau.reform.evaluation.Evaluation;
import vn.camau.reform.evaluation.EvaluationService;

/**
 * Đánh giá của tôi: the signed-in officer's own ratings, newest period first, each opening its page
 * where they assess themselves; and, for a direct manager, the ratings of the officers they manage,
 * whose proposals are theirs to make. A user with no officer record is told why there is nothing here.
 */
@Route(EvaluationNavigation.MINE)
@Menu(title = "nav.my-evaluations", order = 31, icon = "vaadin:user-check")
@PermitAll
public class MyEvaluationsView extends VerticalLayout implements HasDynamicTitle {

    private final transient EvaluationService evaluations;

    MyEvaluationsView(EvaluationService evaluations) {
        this.evaluations = evaluations;
        add(new H2(getTranslation("nav.my-evaluations")));
        if (!evaluations.linkedToOfficer()) {
            add(new Paragraph(getTranslation("evaluations.mine.not-officer")));
            return;
        }
        List<Evaluation> mine = evaluations.mine();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("evaluations.mine.none")));
        } else {
            Grid<Evaluation> own = grid(mine, false);
            own.setId("my-ratings");
            add(own);
        }
        List<Evaluation> managed = evaluations.managed();
        if (!managed.isEmpty()) {
            Grid<Evaluation> team = grid(managed, true);
            team.setId("managed-ratings");
            add(new H3(getTranslation("evaluations.mine.managed")), team);
        }
    }

    private Grid<Evaluation> grid(List<Evaluation> ratings, boolean withOfficer) {
        Grid<Evaluation> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        if (withOfficer) {
            grid.addColumn(Evaluation::officerName).setHeader(getTranslation("evaluations.col.officer"))
                    .setAutoWidth(true);
        }
        grid.addColumn(this::periodOf).setHeader(getTranslation("evaluations.col.period")).setAutoWidth(true);
        grid.addColumn(Evaluation::officerUnitName).setHeader(getTranslation("evaluations.col.unit")).setAutoWidth(true);
        grid.addComponentColumn(e -> EvaluationLabels.state(this, e.state()))
                .setHeader(getTranslation("evaluations.col.state")).setAutoWidth(true);
        grid.addColumn(e -> EvaluationLabels.entry(this, e.self())).setHeader(getTranslation("evaluations.col.self"))
                .setAutoWidth(true);
        if (withOfficer) {
            grid.addColumn(e -> EvaluationLabels.entry(this, e.proposal()))
                    .setHeader(getTranslation("evaluations.col.proposal")).setAutoWidth(true);
        }
        grid.addColumn(e -> EvaluationLabels.levelAndScore(this, e.finalLevel(), e.finalScore()))
                .setHeader(getTranslation("evaluations.col.final")).setAutoWidth(true);
        grid.addColumn(e -> EvaluationLabels.waitingFor(this, e)).setHeader(getTranslation("evaluations.col.waiting"))
                .setAutoWidth(true);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(EvaluationNavigation.evaluation(e.getItem().id())));
        grid.setItems(ratings);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String periodOf(Evaluation e) {
        return evaluations.cycle(e.cycleId())
                .map(c -> EvaluationLabels.period(this, c.frequency(), c.periodStart())).orElse("");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-evaluations");
    }
}
