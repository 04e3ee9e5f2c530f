package vn.camau.reform.adminunit.query;

import org.jooq.Condition;
import org.jooq.Field;

import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.security.UnitScope;
import vn.camau.reform.security.query.ScopeCondition;

/** The unit tree's rules as SQL conditions, published for every feature's queries. */
public final class UnitConditions {

    private UnitConditions() {
    }

    /**
     * Units inside the scope and below the focus: the focus is matched against the unit's reporting
     * path (CURRENT) or its own historical path (FORMER); the scope always against the reporting path,
     * so a commune leader sees the history of the former communes merged into theirs.
     */
    public static Condition unitsIn(Field<Long> unitIdField, UnitScope scope, String focusPath,
                                    UnitStructure structure) {
        return unitIdField.in(ScopeCondition.unitsReportedIn(scope, focusPath, structure == UnitStructure.FORMER));
    }
}
