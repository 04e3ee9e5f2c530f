package vn.camau.reform.dashboard.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.base.api.ApiController;
import vn.camau.reform.base.api.ApiError;
import vn.camau.reform.base.api.ApiError.Detail;
import vn.camau.reform.dossier.DossierService;
import vn.camau.reform.dossier.risk.LateRiskService;
import vn.camau.reform.dashboard.IndicatorService;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.base.api.ApiException;

/**
 * The read API for the province's operations centre. Security (who may call, HTTP Basic or bearer
 * token) is the API filter chain's job; the unit scope is the services' own, as for every screen.
 */
@RestController
@ApiController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class IndicatorApiController {

    private final IndicatorService indicators;
    private final IndicatorReads reads;
    private final IndicatorsJson json;

    private final ReportUnits reportUnits;
    private final DossierService dossiers;
    private final LateRiskService risks;

    IndicatorApiController(IndicatorService indicators, IndicatorReads reads, IndicatorsJson json,
                           ReportUnits reportUnits, DossierService dossiers, LateRiskService risks) {
        this.indicators = indicators;
        this.reads = reads;
        this.json = json;
        this.risks = risks;
        this.reportUnits = reportUnits;
        this.dossiers = dossiers;
    }

    /**
     * {@code unit} is a national unit code (the caller's own unit when absent); {@code from} and
     * {@code to} are required ISO dates; {@code structure} is CURRENT (default) or FORMER, the
     * pre-July-2025 tree, for the province or a former unit (with FORMER a reused code names the
     * former unit). The figures are read in one transaction ({@link IndicatorReads}); their JSON is written
     * once for equal figures ({@link IndicatorsJson}).
     */
    @GetMapping("/indicators")
    ResponseEntity<byte[]> indicators(@RequestParam(required = false) String unit,
                                      @RequestParam(required = false) String from,
                                      @RequestParam(required = false) String to,
                                      @RequestParam(required = false) String structure) {
        UnitStructure st = ApiParams.structure(structure);
        Period period = ApiParams.period(ApiParams.date("from", from), ApiParams.date("to", to));
        IndicatorReads.Answer answer = reads.indicators(unit, st, structure, period);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.of(answer));
    }

    private static ApiException unknownUnit(String unit) {
        return IndicatorReads.unknownUnit(unit);
    }

    /** A dossier outside the caller's scope answers 404 exactly like one that does not exist. */
    @GetMapping("/dossiers/{code}")
    DossierResponse dossier(@PathVariable String code) {
        return dossiers.dossier(code)
                .map(d -> DossierResponse.of(d, reportUnits.unit(d.handlingUnitId()), indicators.today(),
                        risks.riskOf(d).map(r -> LateRiskJson.of(r, risks.settings().minCases())).orElse(null)))
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND,
                        ApiError.translated("not_found", "api.error.dossier-not-found").with(new Detail("code", code, null))));
    }

    /**
     * The dossiers at risk of being late in {@code unit} (a national unit code; the caller's own unit when
     * absent) and below, within the caller's scope, riskiest first; {@code offset} and {@code limit}
     * (1–1000, default 100) page through them.
     */
    @GetMapping("/at-risk")
    AtRiskResponse atRisk(@RequestParam(required = false) String unit,
                          @RequestParam(required = false) String offset,
                          @RequestParam(required = false) String limit) {
        ReportUnit focus = unit == null || unit.isBlank() ? reportUnits.homeUnit()
                : reportUnits.unitByCode(unit, UnitStructure.CURRENT).orElseThrow(() -> unknownUnit(unit));
        int from = ApiParams.integer("offset", offset, 0, 0, Integer.MAX_VALUE);
        int size = ApiParams.integer("limit", limit, 100, 1, 1000);
        var settings = risks.settings();
        return AtRiskResponse.of(focus, indicators.today(), settings.threshold(), settings.minCases(),
                risks.count(focus.id()), from, risks.atRisk(focus.id(), from, size));
    }
}
