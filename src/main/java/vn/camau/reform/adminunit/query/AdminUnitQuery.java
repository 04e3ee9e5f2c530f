package vn.camau.reform.adminunit.query;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.UNIT_LINEAGE;

import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.camau.reform.adminunit.LineageLink;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.adminunit.ScopeSummary;
import vn.camau.reform.adminunit.UnitLevel;
import vn.camau.reform.base.text.SearchText;
import vn.camau.reform.security.UnitScope;
import vn.camau.reform.security.query.ScopeCondition;

/**
 * Reads of the unit tree. Every method takes the caller's {@link UnitScope} and applies it as a
 * condition in SQL, so a unit outside the scope is never even fetched.
 */
@Repository
public class AdminUnitQuery {

    private final DSLContext dsl;

    AdminUnitQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The condition every scoped read carries: the unit's path starts with the scope's path. */
    public static Condition inScope(UnitScope scope) {
        return ScopeCondition.within(ADMIN_UNIT.PATH, scope);
    }

    /** Current communes first, then agencies, then former units; each in the official order. */
    private static List<SortField<?>> treeOrder() {
        return List.of(
                DSL.when(ADMIN_UNIT.VALID_TO.isNull(), 0).otherwise(1).asc(),
                DSL.when(ADMIN_UNIT.UNIT_LEVEL.eq(UnitLevel.COMMUNE), 0)
                        .when(ADMIN_UNIT.UNIT_LEVEL.eq(UnitLevel.AGENCY), 1).otherwise(2).asc(),
                ADMIN_UNIT.SORT_ORDER.asc(),
                ADMIN_UNIT.NAME.asc());
    }

    private org.jooq.SelectJoinStep<Record> selectUnits() {
        return UnitRows.select(dsl);
    }

    public Optional<ReportUnit> findById(UnitScope scope, long id) {
        return selectUnits().where(ADMIN_UNIT.ID.eq(id), inScope(scope)).fetchOptional(UnitRows::toUnit);
    }

    /** The unit known today by that code, or else the latest former unit with it. */
    public Optional<ReportUnit> findByCode(UnitScope scope, String code) {
        return selectUnits().where(ADMIN_UNIT.CODE.eq(code), inScope(scope))
                .orderBy(ADMIN_UNIT.VALID_TO.isNull().desc(), ADMIN_UNIT.VALID_TO.desc())
                .limit(1)
                .fetchOptional(UnitRows::toUnit);
    }

    public List<ReportUnit> findChildren(UnitScope scope, long parentId, boolean includeFormer, int offset, int limit) {
        Condition condition = ADMIN_UNIT.PARENT_ID.eq(parentId).and(inScope(scope));
        if (!includeFormer) {
            condition = condition.and(ADMIN_UNIT.VALID_TO.isNull());
        }
        return selectUnits().where(condition).orderBy(treeOrder()).offset(offset).limit(limit)
                .fetch(UnitRows::toUnit);
    }

    public int countChildren(UnitScope scope, long parentId, boolean includeFormer) {
        Condition condition = ADMIN_UNIT.PARENT_ID.eq(parentId).and(inScope(scope));
        if (!includeFormer) {
            condition = condition.and(ADMIN_UNIT.VALID_TO.isNull());
        }
        return dsl.fetchCount(ADMIN_UNIT, condition);
    }

    /** Units whose name contains the text, with or without diacritics ("an xuyen" finds "Phường An Xuyên"). */
    public List<ReportUnit> search(UnitScope scope, String text, boolean includeFormer, int offset, int limit) {
        return selectUnits().where(searchCondition(scope, text, includeFormer)).orderBy(treeOrder())
                .offset(offset).limit(limit).fetch(UnitRows::toUnit);
    }

    public int countSearch(UnitScope scope, String text, boolean includeFormer) {
        return dsl.fetchCount(ADMIN_UNIT, searchCondition(scope, text, includeFormer));
    }

    private static Condition searchCondition(UnitScope scope, String text, boolean includeFormer) {
        String folded = SearchText.likeEscaped(SearchText.fold(text));
        Condition condition = inScope(scope).and(ADMIN_UNIT.SEARCH_NAME.like("%" + folded + "%", '\\')
                .or(ADMIN_UNIT.CODE.eq(text.strip())));
        return includeFormer ? condition : condition.and(ADMIN_UNIT.VALID_TO.isNull());
    }

    public Optional<String> findName(long id) {
        return dsl.select(ADMIN_UNIT.NAME).from(ADMIN_UNIT).where(ADMIN_UNIT.ID.eq(id)).fetchOptional(ADMIN_UNIT.NAME);
    }

    /**
     * Lineage links touching a unit: as the new unit (its predecessors) or as the old one (its
     * successors). The caller has already checked the unit itself is in scope.
     */
    public List<LineageLink> findLineage(long unitId, boolean asNewUnit) {
        var oldUnit = ADMIN_UNIT.as("old_unit");
        var newUnit = ADMIN_UNIT.as("new_unit");
        var district = ADMIN_UNIT.as("district");
        return dsl.select(UNIT_LINEAGE.OLD_UNIT_ID, oldUnit.CODE, oldUnit.NAME, district.NAME,
                        UNIT_LINEAGE.NEW_UNIT_ID, newUnit.CODE, newUnit.NAME, UNIT_LINEAGE.MERGE_TYPE,
                        UNIT_LINEAGE.IS_PRIMARY, UNIT_LINEAGE.PRIMARY_RULE)
                .from(UNIT_LINEAGE)
                .join(oldUnit).on(oldUnit.ID.eq(UNIT_LINEAGE.OLD_UNIT_ID))
                .join(newUnit).on(newUnit.ID.eq(UNIT_LINEAGE.NEW_UNIT_ID))
                .leftJoin(district).on(district.ID.eq(oldUnit.PARENT_ID))
                .where(asNewUnit ? UNIT_LINEAGE.NEW_UNIT_ID.eq(unitId) : UNIT_LINEAGE.OLD_UNIT_ID.eq(unitId))
                .orderBy(district.SORT_ORDER, oldUnit.SORT_ORDER, newUnit.SORT_ORDER)
                .fetch(r -> new LineageLink(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10()));
    }

    public ScopeSummary summarize(UnitScope scope) {
        Condition current = ADMIN_UNIT.VALID_TO.isNull();
        Field<Integer> communes = DSL.count().filterWhere(current.and(ADMIN_UNIT.UNIT_LEVEL.eq(UnitLevel.COMMUNE))
                .and(ADMIN_UNIT.KIND_LABEL.ne("Phường")));
        Field<Integer> wards = DSL.count().filterWhere(current.and(ADMIN_UNIT.UNIT_LEVEL.eq(UnitLevel.COMMUNE))
                .and(ADMIN_UNIT.KIND_LABEL.eq("Phường")));
        Field<Integer> agencies = DSL.count().filterWhere(current.and(ADMIN_UNIT.UNIT_LEVEL.eq(UnitLevel.AGENCY)));
        Field<Integer> formerDistricts = DSL.count().filterWhere(ADMIN_UNIT.VALID_TO.isNotNull()
                .and(ADMIN_UNIT.UNIT_LEVEL.eq(UnitLevel.DISTRICT)));
        Field<Integer> formerCommunes = DSL.count().filterWhere(ADMIN_UNIT.VALID_TO.isNotNull()
                .and(ADMIN_UNIT.UNIT_LEVEL.eq(UnitLevel.COMMUNE)));
        return dsl.select(communes, wards, agencies, formerDistricts, formerCommunes)
                .from(ADMIN_UNIT).where(inScope(scope))
                .fetchSingle(r -> new ScopeSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }
}
