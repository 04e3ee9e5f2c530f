package vn.camau.reform.dashboard.api;

import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.adminunit.UnitLevel;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.base.api.ApiError;
import vn.camau.reform.base.api.ApiError.Detail;
import vn.camau.reform.base.api.ApiException;
import vn.camau.reform.base.db.ReplicaReads;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.dashboard.IndicatorService;
import vn.camau.reform.dashboard.UnitBreakdown;

/**
 * What {@code GET /api/v1/indicators} reads, in one read-only transaction: the focus by its code, the
 * breakdown, today and the units below. Called one by one, each was a transaction of its own (a connection
 * taken, autocommit switched off and on, a commit) that read the freshness checks again; in one, the checks
 * are read once ({@link vn.camau.reform.base.db.ReadOnlyTransactionMemo}) and every part is of the same
 * snapshot. The scope is still the services' own: {@link ReportUnits} refuses a unit outside it and the
 * breakdown is bounded by it.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@ReplicaReads
public class IndicatorReads {

    private final IndicatorService indicators;
    private final ReportUnits reportUnits;

    IndicatorReads(IndicatorService indicators, ReportUnits reportUnits) {
        this.indicators = indicators;
        this.reportUnits = reportUnits;
    }

    /** The figures of one answer; the JSON is made from them after the transaction. */
    public record Answer(UnitBreakdown breakdown, List<ReportUnit> children, LocalDate asOf) {
    }

    /**
     * @param unit      a national unit code, or blank for the caller's own unit
     * @param structure the {@code structure} parameter as given, for the error that names it
     */
    public Answer indicators(String unit, UnitStructure st, String structure, Period period) {
        ReportUnit focus = unit == null || unit.isBlank() ? reportUnits.homeUnit()
                : reportUnits.unitByCode(unit, st).orElseThrow(() -> unknownUnit(unit));
        if (st == UnitStructure.FORMER && !focus.isFormer() && focus.level() != UnitLevel.PROVINCE) {
            throw ApiParams.badRequest(ApiError.translated("invalid_parameter", "api.error.former-structure")
                    .with(new Detail("structure", structure, "CURRENT for " + focus.code())));
        }
        UnitBreakdown breakdown = indicators.breakdown(focus.id(), period, st);
        LocalDate today = indicators.today();
        LocalDate asOf = period.to().isBefore(today) ? period.to() : today;
        return new Answer(breakdown, reportUnits.childUnits(focus.id(), breakdown.structure()), asOf);
    }

    static ApiException unknownUnit(String unit) {
        Detail detail = new Detail("unit", unit.strip(), "a national unit code, e.g. 96 or 32002");
        return ApiParams.badRequest(ApiError.translated("unknown_unit", "api.error.unknown-unit", detail.value())
                .with(detail));
    }
}
