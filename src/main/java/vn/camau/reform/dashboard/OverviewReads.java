package vn.camau.reform.dashboard;

import java.time.YearMonth;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.dossier.risk.LateRiskService;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.UnitScope;

/**
 * What the overview's first screen reads, in one read-only transaction: the unit list, the focus, its
 * figures and its count of dossiers at risk. Called one by one from the view, each was a transaction of
 * its own (a connection taken, autocommit switched off and on, a commit) that read the freshness checks
 * again (the unit list's signature, the running figures' versions); in one, those checks are read once
 * ({@link vn.camau.reform.base.db.ReadOnlyTransactionMemo}) and every figure on the screen is of the same
 * snapshot. Each service keeps its own security check and scope: a unit outside the user's is refused by
 * {@link ReportUnits#focus}, as before.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class OverviewReads {

    private final ReportUnits reportUnits;
    private final IndicatorService indicators;
    private final LateRiskService risks;
    private final CurrentUser currentUser;

    OverviewReads(ReportUnits reportUnits, IndicatorService indicators, LateRiskService risks,
                  CurrentUser currentUser) {
        this.reportUnits = reportUnits;
        this.indicators = indicators;
        this.risks = risks;
        this.currentUser = currentUser;
    }

    /**
     * The first screen of a unit's overview.
     *
     * @param units the unit list, for the trail and the way back
     * @param scope the user's scope the focus was found in
     * @param atRisk open dossiers at risk below the focus
     */
    public record FirstScreen(Map<Long, ReportUnit> units, UnitScope scope, ReportUnit focus, OverviewFigures figures,
                              int atRisk) {
    }

    /**
     * @param unitId the unit asked for, or null for the user's own
     * @throws vn.camau.reform.base.BusinessRuleException when that unit is unknown or outside the user's scope
     */
    public FirstScreen firstScreen(Long unitId, Period period, UnitStructure structure, int trendMonths) {
        Map<Long, ReportUnit> units = reportUnits.all();
        UnitScope scope = currentUser.scope();
        ReportUnit focus = unitId == null ? ReportUnits.homeUnit(units, scope) : ReportUnits.focus(units, scope, unitId);
        YearMonth last = YearMonth.from(period.to());
        OverviewFigures figures = indicators.overview(focus.id(), period, structure,
                last.minusMonths(trendMonths - 1L), last);
        return new FirstScreen(units, scope, focus, figures, risks.count(focus.id()));
    }
}
