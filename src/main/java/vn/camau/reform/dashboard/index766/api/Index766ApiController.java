package vn.camau.reform.dashboard.index766.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.api.ApiController;
import vn.camau.reform.base.api.ApiError;
import vn.camau.reform.base.api.ApiError.Detail;
import vn.camau.reform.base.api.ApiException;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.dashboard.index766.Index766Board;
import vn.camau.reform.dashboard.index766.Index766Periods;

/**
 * {@code GET /api/v1/index766?unit=&period=}: the 766 board of a unit (the caller's own when
 * {@code unit} is absent), the same figures as the 766 view. A unit outside the caller's scope
 * answers 403 as for {@code /indicators}; a role without the index, 403 too.
 */
@RestController
@ApiController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class Index766ApiController {

    static final String PERIOD_FORMAT = "YYYY, YYYY-Qn or YYYY-MM, from 2023 to the running period";

    private final Index766Board board;
    private final ReportUnits reportUnits;

    Index766ApiController(Index766Board board, ReportUnits reportUnits) {
        this.board = board;
        this.reportUnits = reportUnits;
    }

    @GetMapping("/index766")
    Index766Response index766(@RequestParam(required = false) String unit,
                              @RequestParam(required = false) String period,
                              @RequestParam(required = false) String structure) {
        UnitStructure st = structure(structure);
        Period p = period(period);
        ReportUnit focus = unit == null || unit.isBlank() ? reportUnits.homeUnit()
                : reportUnits.unitByCode(unit, st).orElseThrow(() -> badRequest(ApiError.translated("unknown_unit",
                        "api.error.unknown-unit", unit.strip())
                        .with(new Detail("unit", unit.strip(), "a national unit code, e.g. 96 or 32002"))));
        return Index766Response.of(board.board(focus.id(), p, st));
    }

    private Period period(String raw) {
        if (raw == null || raw.isBlank()) {
            throw badRequest(ApiError.translated("missing_parameter", "api.error.missing-parameter", "period")
                    .with(new Detail("period", raw, PERIOD_FORMAT)));
        }
        try {
            return Index766Periods.check(Index766Periods.parse(raw), board.today());
        } catch (BusinessRuleException e) {
            String error = e.messageKey().equals("index766.period.malformed") ? "invalid_parameter" : "invalid_period";
            throw badRequest(ApiError.translated(error, e.messageKey(), e.args())
                    .with(new Detail("period", raw, PERIOD_FORMAT)));
        }
    }

    private static UnitStructure structure(String raw) {
        if (raw == null || raw.isBlank()) {
            return UnitStructure.CURRENT;
        }
        return switch (raw.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "CURRENT" -> UnitStructure.CURRENT;
            case "FORMER" -> UnitStructure.FORMER;
            default -> throw badRequest(ApiError.translated("invalid_parameter", "api.error.unknown-structure")
                    .with(new Detail("structure", raw, "CURRENT or FORMER")));
        };
    }

    private static ApiException badRequest(ApiError error) {
        return new ApiException(HttpStatus.BAD_REQUEST, error);
    }
}
