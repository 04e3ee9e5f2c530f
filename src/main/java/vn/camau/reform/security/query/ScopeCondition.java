package vn.camau.reform.security.query;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;

import vn.camau.reform.security.UnitScope;

/**
 * The unit scope, the product's main defence, spelled once. Units carry a materialised path of ids
 * ('/1/100/'), so "this unit or below it" is a prefix test on the path; every query that filters by
 * the viewer's unit (or by the unit a leader focused on) builds that test here, so a mistake in it, or
 * a change in how the tree is stored, is made in one place. {@code ScopeSpellingTest} fails on any
 * other spelling of the test in the main sources.
 *
 * <p>It lives beside {@link UnitScope} in security (not in adminunit) because security's own queries
 * (tokens, the audit log) need it too and adminunit already depends on security.
 */
public final class ScopeCondition {

    private ScopeCondition() {
    }

    /** The unit with this path is the scope's unit or below it. */
    public static Condition within(Field<String> path, UnitScope scope) {
        return under(path, scope.path());
    }

    /** The unit with this path is the unit with path {@code topPath} or below it (a focus, a filter's unit). */
    public static Condition under(Field<String> path, String topPath) {
        return path.startsWith(topPath);
    }

    /** The same, with the upper unit's path read from the query (a join, a sub-select). */
    public static Condition under(Field<String> path, Field<String> topPath) {
        return path.startsWith(topPath);
    }

    /** The unit this id refers to is inside the scope. */
    public static Condition unitWithin(Field<Long> unitId, UnitScope scope) {
        return unitUnder(unitId, scope.path());
    }

    /** The unit this id refers to is the unit with path {@code topPath} or below it. */
    public static Condition unitUnder(Field<Long> unitId, String topPath) {
        var u = ADMIN_UNIT.as("scope_unit");
        return unitId.in(DSL.select(u.ID).from(u).where(under(u.PATH, topPath)));
    }

    /**
     * The unit this id refers to reports inside the scope and below the focus, in the current tree: a
     * former unit counts where it reports today, so a commune leader sees the history of the former
     * communes merged into theirs.
     */
    public static Condition reportedIn(Field<Long> unitId, UnitScope scope, String focusPath) {
        return unitId.in(unitsReportedIn(scope, focusPath, false));
    }

    /**
     * Ids of the units that report inside the scope and are below the focus: by their reporting path
     * (current tree) or, when {@code focusOnOwnPath}, by their own historical path (the former tree).
     * The scope is always matched against the reporting path.
     */
    public static Select<Record1<Long>> unitsReportedIn(UnitScope scope, String focusPath, boolean focusOnOwnPath) {
        var unit = ADMIN_UNIT.as("stat_unit");
        var report = ADMIN_UNIT.as("stat_report");
        Condition focus = under(focusOnOwnPath ? unit.PATH : report.PATH, focusPath);
        return DSL.select(unit.ID).from(unit)
                .join(report).on(report.ID.eq(unit.REPORT_UNIT_ID))
                .where(within(report.PATH, scope), focus);
    }
}
