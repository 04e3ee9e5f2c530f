package vn.camau.reform.adminunit.ui;

import static vn.camau.reform.base.ui.UrlParameters.first;
import static vn.camau.reform.base.ui.UrlParameters.parseDate;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.router.QueryParameters;

import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.ui.UrlParameters;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.period.PeriodKind;
import vn.camau.reform.adminunit.UnitStructure;

/**
 * What a drill-down screen shows, as it travels in the URL ({@code ?unit=100&period=YEAR&from=…&to=…}),
 * so that a link in an e-mail opens the same view.
 *
 * @param unitId    null for the user's own unit
 */
public record DrillState(Long unitId, Period period, UnitStructure structure) {

    /** This year to date's year period: what a leader opens first. */
    public static DrillState defaults(LocalDate today) {
        return new DrillState(null, Period.year(today.getYear()), UnitStructure.CURRENT);
    }

    public DrillState withUnit(long id) {
        return new DrillState(id, period, structure);
    }

    public DrillState withPeriod(Period p) {
        return new DrillState(unitId, p, structure);
    }

    public DrillState withStructure(UnitStructure s) {
        return new DrillState(unitId, period, s);
    }

    /**
     * Reads the URL; a malformed value is refused with a message (the screen then falls back to
     * the defaults), never half-applied.
     */
    public static DrillState from(QueryParameters query, LocalDate today) {
        DrillState d = defaults(today);
        Long unit = first(query, "unit").map(UrlParameters::parseId).orElse(null);
        PeriodKind kind = first(query, "period").map(DrillState::parseKind).orElse(PeriodKind.YEAR);
        Optional<LocalDate> from = first(query, "from").map(v -> parseDate("from", v));
        Optional<LocalDate> to = first(query, "to").map(v -> parseDate("to", v));
        Period period = d.period();
        if (from.isPresent() || to.isPresent()) {
            LocalDate f = from.orElse(to.orElseThrow().withDayOfYear(1));
            LocalDate t = to.orElse(f.plusYears(1).withDayOfYear(1).minusDays(1));
            period = new Period(kind, f, t);
        }
        UnitStructure structure = first(query, "tree").filter("former"::equals).isPresent()
                ? UnitStructure.FORMER : UnitStructure.CURRENT;
        return new DrillState(unit, period, structure);
    }

    public QueryParameters toQuery() {
        return QueryParameters.simple(toMap());
    }

    public Map<String, String> toMap() {
        Map<String, String> map = new LinkedHashMap<>();
        if (unitId != null) {
            map.put("unit", String.valueOf(unitId));
        }
        map.put("period", period.kind().name());
        map.put("from", period.from().toString());
        map.put("to", period.to().toString());
        if (structure == UnitStructure.FORMER) {
            map.put("tree", "former");
        }
        return map;
    }

    private static PeriodKind parseKind(String value) {
        try {
            return PeriodKind.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("url.bad-period", value);
        }
    }
}
