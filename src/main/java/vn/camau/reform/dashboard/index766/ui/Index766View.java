package vn.camau.reform.dashboard.index766.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.adminunit.ui.DrillState;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.dashboard.ui.DrillHeader;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.base.ui.chart.ChartOptions;
import vn.camau.reform.base.ui.chart.ChartOptions.Series;
import vn.camau.reform.base.ui.chart.ChartOptions.ValueFormat;
import vn.camau.reform.base.ui.chart.EChart;
import vn.camau.reform.dashboard.index766.Index766Board;
import vn.camau.reform.dashboard.index766.IndexBoard;
import vn.camau.reform.dashboard.index766.Measure;
import vn.camau.reform.dashboard.index766.SubIndicatorScore;
import vn.camau.reform.dashboard.index766.TrendPoint;
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierStatus;
import vn.camau.reform.dossier.ui.DossierNavigation;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Permission;
import vn.camau.reform.security.Roles;

/**
 * The service index (Decision 766) of the user's unit or a unit below it, by month, quarter or year:
 * the total and each group, every sub-indicator with its formula, the units below ranked worst first
 * against the period before, the total over the last 12 periods, and the procedures that cost points.
 * The URL carries unit, period and tree, as the overview's does; the figures are
 * {@link Index766Board}'s, the same as the API's and the export's.
 */
@Route(Index766View.ROUTE)
@Menu(title = "nav.index766", order = 6, icon = "vaadin:trophy")
@RolesAllowed({Roles.PROVINCE_LEADER, Roles.UNIT_LEADER, Roles.INSPECTOR, Roles.INSPECTION_LEADER, Roles.AUDITOR})
public class Index766View extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "index766";

    private final transient Index766Board service;
    private final transient ReportUnits reportUnits;
    /** The dossier list is the overview's: only those who may open a unit's figures get links to it. */
    private final boolean withDossiers;
    private DrillState state;

    Index766View(Index766Board service, ReportUnits reportUnits, CurrentUser currentUser) {
        this.service = service;
        this.reportUnits = reportUnits;
        this.withDossiers = currentUser.may(Permission.READ_UNIT_FIGURES);
        addClassName("index766");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            state = DrillState.from(event.getLocation().getQueryParameters(), service.today());
        } catch (BusinessRuleException e) {
            Notifications.warning(getTranslation(e.messageKey(), e.args()));
            state = DrillState.defaults(service.today());
        }
        render();
    }

    private void go(DrillState next) {
        UI.getCurrent().navigate(Index766View.class, next.toQuery());
    }

    private void render() {
        removeAll();
        IndexBoard board = read();
        if (board != null) {
            show(board);
        }
    }

    /** The board asked for; for a period the index is not read over, the year so far, said so. */
    private IndexBoard read() {
        IndexBoard board;
        try {
            board = service.board(state.unitId(), state.period(), state.structure());
        } catch (BusinessRuleException e) {
            Notifications.warning(getTranslation(e.messageKey(), e.args()));
            if (!e.messageKey().startsWith("index766.period")) {
                add(new H2(getTranslation("overview.unit-unknown")),
                        new RouterLink(getTranslation("overview.back-home"), Index766View.class));
                return null;
            }
            // a period the index is not read over: the year so far instead, said by the notification
            state = state.withPeriod(DrillState.defaults(service.today()).period());
            board = service.board(state.unitId(), state.period(), state.structure());
        }
        return board;
    }

    private void show(IndexBoard board) {
        DrillState here = state.withUnit(board.focus().id()).withStructure(board.structure());
        String note = getTranslation("index766.export.note", board.focus().name(),
                IndexTexts.period(this, board.period()), VnFormats.date(board.asOf()), board.index().ruleSet().name());
        add(header(board, here), new IndexCards(board), trendChart(board, here));
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("index766.tab.indicators"),
                new SubIndicatorGrid(board, s -> dossierLink(here, s), note, here.toMap()));
        tabs.add(getTranslation("index766.tab.ranking"), new RankingGrid(board, r -> go(here.withUnit(r.unit().id())),
                note, here.toMap()));
        tabs.add(getTranslation("index766.tab.procedures"), lazy(tabs, () -> new ProcedureLossGrid(
                service.procedureLosses(board.focus().id(), board.period(), board.structure()),
                l -> openDossiers(here, l.procedure().procedure().id()), board.focus().name(), note, here.toMap(),
                board.focus().id())));
        if (!board.rows().isEmpty()) {
            // the ranking is what a chair asks about first when there are units below
            tabs.setSelectedIndex(1);
        }
        add(tabs);
    }

    /** The procedures are read only when their tab is opened. */
    private static Component lazy(TabSheet tabs, java.util.function.Supplier<Component> content) {
        VerticalLayout holder = new VerticalLayout();
        holder.setPadding(false);
        tabs.addSelectedChangeListener(e -> {
            if (holder.getChildren().findAny().isEmpty() && tabs.getSelectedTab() != null
                    && tabs.getComponent(tabs.getSelectedTab()) == holder) {
                holder.add(content.get());
            }
        });
        return holder;
    }

    private void openDossiers(DrillState here, long procedureId) {
        if (withDossiers) {
            UI.getCurrent().navigate(DossierNavigation.LIST,
                    DossierNavigation.list(here, DossierStatus.RECEIVED, procedureId, null, null, null));
        }
    }

    /**
     * The dossiers behind a sub-indicator, where the dossier list can filter them: the late ones that
     * cost the progress points, the online ones behind the online rate.
     */
    private Anchor dossierLink(DrillState here, SubIndicatorScore s) {
        if (!withDossiers || !s.scored()) {
            return null;
        }
        Measure m = s.rule().measure();
        var query = switch (m) {
            case RESOLVED_ON_TIME, RESOLVED_ON_TIME_OF_RECEIVED ->
                    DossierNavigation.list(here, DossierStatus.LATE, null, null, null, null);
            case RECEIVED_ONLINE -> DossierNavigation.list(here, DossierStatus.RECEIVED, null, null, null,
                    Channel.ONLINE);
            default -> null;
        };
        if (query == null) {
            return null;
        }
        String key = m == Measure.RECEIVED_ONLINE ? "index766.view.dossiers.online" : "index766.view.dossiers.late";
        Anchor link = new Anchor(DossierNavigation.LIST + "?" + query.getQueryString(), getTranslation(key));
        link.getElement().setAttribute("router-link", "");
        link.addClassName("index766-dossiers");
        return link;
    }

    private HorizontalLayout header(IndexBoard board, DrillState here) {
        ReportUnit focus = board.focus();
        List<ReportUnit> units = new ArrayList<>(reportUnits.trail(focus.id(), board.structure()));
        ReportUnit home = reportUnits.homeUnit();
        if (units.stream().noneMatch(u -> u.id() == home.id())) {
            units.addFirst(home);
        }
        VerticalLayout title = new VerticalLayout(DrillHeader.trail(units, focus, Index766View.class, here),
                new H2(getTranslation("index766.view.title", focus.name())),
                new Paragraph(getTranslation("index766.view.as-of", IndexTexts.period(this, board.period()),
                        VnFormats.date(board.asOf()), board.index().ruleSet().name())));
        if (board.index().reduced()) {
            Paragraph reduced = new Paragraph(getTranslation("index766.view.reduced",
                    IndexTexts.points(board.index().max()), IndexTexts.points(board.index().ruleSet().total())));
            reduced.addClassName("index766-reduced");
            title.add(reduced);
        }
        return DrillHeader.of(title, focus, service.today(), board.period(), board.structure(), here, this::go);
    }

    /** The total over the last 12 periods (fewer before 2023); a click opens that period. */
    private EChart trendChart(IndexBoard board, DrillState here) {
        List<TrendPoint> trend = board.trend();
        List<String> labels = trend.stream().map(p -> IndexTexts.period(this, p.period())).toList();
        List<Double> totals = trend.stream().map(p -> p.index().max().signum() == 0 ? null
                : p.index().total().doubleValue()).toList();
        List<Double> maxima = trend.stream().map(p -> p.index().max().signum() == 0 ? null
                : p.index().max().doubleValue()).toList();
        ObjectNode option = ChartOptions.line(getTranslation("index766.chart.trend"), labels,
                List.of(new Series(getTranslation("index766.chart.total"), totals),
                        new Series(getTranslation("index766.chart.max"), maxima)), ValueFormat.COUNT);
        if (totals.stream().allMatch(java.util.Objects::isNull)) {
            ChartOptions.withEmptyMessage(option, getTranslation("index766.chart.trend.empty"));
        }
        EChart chart = new EChart(getTranslation("index766.chart.trend"), option);
        chart.setId("chart-index766-trend");
        chart.addClassName("overview-chart");
        chart.setWidthFull();
        chart.addChartClickListener(e -> {
            if (e.getDataIndex() >= 0 && e.getDataIndex() < trend.size()) {
                go(here.withPeriod(trend.get(e.getDataIndex()).period()));
            }
        });
        return chart;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.index766");
    }

    /** A unit's board for a period, as a link elsewhere (the monthly report) may open it. */
    public static String link(long unitId, Period period) {
        return ROUTE + "?" + new DrillState(unitId, period, UnitStructure.CURRENT).toQuery().getQueryString();
    }

    static Map<String, String> query(DrillState state) {
        return state.toMap();
    }
}
