package vn.camau.reform.demo.repository;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.APP_USER_ROLE;
import static vn.camau.reform.jooq.Tables.EVALUATION;
import static vn.camau.reform.jooq.Tables.EVALUATION_CYCLE;
import static vn.camau.reform.jooq.Tables.EVALUATION_STEP;
import static vn.camau.reform.jooq.Tables.HOTLINE_REPORT;
import static vn.camau.reform.jooq.Tables.OFFICER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.camau.reform.adminunit.UnitLevel;
import vn.camau.reform.base.text.SearchText;
import vn.camau.reform.demo.generator.DemoEvaluations.Accounts;
import vn.camau.reform.demo.generator.DemoEvaluations.Finding;
import vn.camau.reform.demo.generator.DemoEvaluations.Officer;
import vn.camau.reform.hotline.Conclusion;
import vn.camau.reform.hotline.OfficerAction;
import vn.camau.reform.security.Role;

/**
 * What the demo's ratings are planned from (officers of current communes, wards and agencies, founded
 * hotline findings, the accounts that act), and the demo users linked to their officers. The plan is
 * written through {@link vn.camau.reform.evaluation.EvaluationBulkWriter}.
 */
@Repository
public class DemoEvaluationRepository {

    private static final int CHUNK = 1_000;
    private static final String DEMO_OFFICER = "CB-%";

    private final DSLContext dsl;

    DemoEvaluationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public boolean hasCycles() {
        return dsl.fetchExists(EVALUATION_CYCLE);
    }

    /** Active demo officers of today's communes, wards and agencies, by unit and id. */
    public List<Officer> officers() {
        return dsl.select(OFFICER.ID, OFFICER.UNIT_ID, OFFICER.POSITION, OFFICER.USER_ID)
                .from(OFFICER).join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(OFFICER.UNIT_ID))
                .where(OFFICER.CODE.like(DEMO_OFFICER), OFFICER.ACTIVE.isTrue(), ADMIN_UNIT.VALID_TO.isNull(),
                        ADMIN_UNIT.UNIT_LEVEL.in(UnitLevel.COMMUNE, UnitLevel.AGENCY))
                .orderBy(OFFICER.UNIT_ID, OFFICER.ID)
                .fetch(r -> new Officer(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /**
     * Makes a demo user the officer they are: the one-stop desk's first officer of their unit
     * ({@code desk}), or its head (the chair), taking the user's name so that every screen names
     * them alike. Nothing when the user is missing or already linked.
     *
     * @return the officer linked, if any
     */
    public Optional<Long> linkUser(String username, boolean desk) {
        var user = dsl.select(APP_USER.ID, APP_USER.FULL_NAME, APP_USER.UNIT_ID).from(APP_USER)
                .where(APP_USER.USERNAME.eq(username)).fetchOptional();
        if (user.isEmpty() || dsl.fetchExists(OFFICER, OFFICER.USER_ID.eq(user.get().value1()))) {
            return Optional.empty();
        }
        var candidates = dsl.select(OFFICER.ID).from(OFFICER)
                .where(OFFICER.UNIT_ID.eq(user.get().value3()), OFFICER.CODE.like(DEMO_OFFICER),
                        OFFICER.ACTIVE.isTrue(), OFFICER.USER_ID.isNull(),
                        desk ? OFFICER.ONE_STOP_DESK.isTrue() : OFFICER.POSITION.eq("Chủ tịch UBND"))
                .orderBy(OFFICER.ID).limit(1).fetchOptional(OFFICER.ID);
        candidates.ifPresent(id -> dsl.update(OFFICER).set(OFFICER.USER_ID, user.get().value1())
                .set(OFFICER.FULL_NAME, user.get().value2())
                .set(OFFICER.SEARCH_NAME, SearchText.fold(user.get().value2()))
                .where(OFFICER.ID.eq(id)).execute());
        return candidates;
    }

    /** Founded (or partly founded) hotline findings against demo officers, as concluded. */
    public List<Finding> findings() {
        return dsl.select(HOTLINE_REPORT.OFFICER_ID, HOTLINE_REPORT.CODE, HOTLINE_REPORT.CONCLUDED_AT,
                        HOTLINE_REPORT.OFFICER_ACTION)
                .from(HOTLINE_REPORT).join(OFFICER).on(OFFICER.ID.eq(HOTLINE_REPORT.OFFICER_ID))
                .where(HOTLINE_REPORT.CONCLUSION.in(Conclusion.founded()),
                        HOTLINE_REPORT.CONCLUDED_AT.isNotNull(), OFFICER.CODE.like(DEMO_OFFICER))
                .orderBy(HOTLINE_REPORT.CONCLUDED_AT, HOTLINE_REPORT.ID)
                .fetch(r -> new Finding(r.value1(), r.value2(), r.value3(), r.value4() == OfficerAction.DISCIPLINE));
    }

    /** The first administrator, the personnel officer (nhansu, else the first HR), each unit's leader account. */
    public Optional<Accounts> accounts() {
        Optional<Long> admin = firstWithRole(Role.ADMIN).or(() -> dsl.select(DSL.min(APP_USER.ID)).from(APP_USER)
                .fetchOptional(0, Long.class));
        if (admin.isEmpty()) {
            return Optional.empty();
        }
        long hr = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("nhansu"))
                .fetchOptional(APP_USER.ID).or(() -> firstWithRole(Role.HR)).orElse(admin.get());
        Map<Long, Long> leaders = new LinkedHashMap<>();
        dsl.select(APP_USER.UNIT_ID, APP_USER.ID)
                .from(APP_USER).join(APP_USER_ROLE).on(APP_USER_ROLE.USER_ID.eq(APP_USER.ID))
                .where(APP_USER_ROLE.ROLE.eq(Role.UNIT_LEADER), APP_USER.ENABLED.isTrue())
                .orderBy(APP_USER.ID)
                .forEach(r -> leaders.putIfAbsent(r.value1(), r.value2()));
        return Optional.of(new Accounts(admin.get(), hr, leaders));
    }

    private Optional<Long> firstWithRole(Role role) {
        return dsl.select(DSL.min(APP_USER.ID)).from(APP_USER)
                .join(APP_USER_ROLE).on(APP_USER_ROLE.USER_ID.eq(APP_USER.ID))
                .where(APP_USER_ROLE.ROLE.eq(role))
                .fetchOptional(0, Long.class);
    }

    public long nextCycleId() {
        return dsl.select(DSL.coalesce(DSL.max(EVALUATION_CYCLE.ID), 0L)).from(EVALUATION_CYCLE).fetchOne(0, Long.class) + 1;
    }

    public long nextRatingId() {
        return dsl.select(DSL.coalesce(DSL.max(EVALUATION.ID), 0L)).from(EVALUATION).fetchOne(0, Long.class) + 1;
    }

    public long nextStepId() {
        return dsl.select(DSL.coalesce(DSL.max(EVALUATION_STEP.ID), 0L)).from(EVALUATION_STEP).fetchOne(0, Long.class) + 1;
    }
}
