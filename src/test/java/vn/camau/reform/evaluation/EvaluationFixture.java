package vn.camau.reform.evaluation;

import static vn.camau.reform.dossier.TestDossiers.AGENCY;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.APP_USER_ROLE;
import static vn.camau.reform.jooq.Tables.EVALUATION;
import static vn.camau.reform.jooq.Tables.EVALUATION_CYCLE;
import static vn.camau.reform.jooq.Tables.EVALUATION_STEP;
import static vn.camau.reform.jooq.Tables.OFFICER;
import static vn.camau.reform.jooq.Tables.OFFICER_DISCIPLINE;

import java.util.List;
import java.util.Set;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import vn.camau.reform.security.Role;
import vn.camau.reform.security.repository.UserRepository;

/**
 * A team of the test agency to rate: the rated officer (signs in as test.canbo), their manager
 * (test.truongphong) and five colleagues under the same manager; the agency's head signs in as
 * test.giamdoc. {@link #remove} takes away the team, its cycles, ratings and discipline decisions,
 * and every test.* user.
 */
@Component
public class EvaluationFixture {

    public static final long RATED = 9101;
    public static final long MANAGER = 9102;
    public static final List<Long> COLLEAGUES = List.of(9103L, 9104L, 9105L, 9106L, 9107L);

    private final DSLContext dsl;
    private final UserRepository users;

    EvaluationFixture(DSLContext dsl, UserRepository users) {
        this.dsl = dsl;
        this.users = users;
    }

    /** Removes what an earlier run may have left, then writes the team and its users. */
    public void load() {
        remove();
        long canbo = users.insert("test.canbo", "{noop}x", "Phạm Văn Cán", AGENCY, Set.of(Role.OFFICER));
        long truongphong = users.insert("test.truongphong", "{noop}x", "Lê Thị Trưởng", AGENCY, Set.of(Role.OFFICER));
        users.insert("test.giamdoc", "{noop}x", "Đỗ Văn Giám", AGENCY, Set.of(Role.UNIT_LEADER));
        officer(MANAGER, "Lê Thị Trưởng", truongphong, null);
        officer(RATED, "Phạm Văn Cán", canbo, MANAGER);
        for (long id : COLLEAGUES) {
            officer(id, "Cán bộ " + id, null, MANAGER);
        }
    }

    private void officer(long id, String name, Long userId, Long manager) {
        dsl.insertInto(OFFICER).set(OFFICER.ID, id).set(OFFICER.CODE, "TEST-DG-" + id).set(OFFICER.FULL_NAME, name)
                .set(OFFICER.SEARCH_NAME, name.toLowerCase()).set(OFFICER.UNIT_ID, AGENCY)
                .set(OFFICER.POSITION, "Chuyên viên").set(OFFICER.USER_ID, userId)
                .set(OFFICER.MANAGER_OFFICER_ID, manager).execute();
    }

    public void remove() {
        var cycles = dsl.select(EVALUATION_CYCLE.ID).from(EVALUATION_CYCLE).where(EVALUATION_CYCLE.UNIT_ID.eq(AGENCY))
                .fetch(EVALUATION_CYCLE.ID);
        var evaluations = dsl.select(EVALUATION.ID).from(EVALUATION).where(EVALUATION.CYCLE_ID.in(cycles))
                .fetch(EVALUATION.ID);
        dsl.deleteFrom(EVALUATION_STEP).where(EVALUATION_STEP.EVALUATION_ID.in(evaluations)).execute();
        dsl.deleteFrom(EVALUATION).where(EVALUATION.ID.in(evaluations)).execute();
        dsl.deleteFrom(EVALUATION_CYCLE).where(EVALUATION_CYCLE.ID.in(cycles)).execute();
        dsl.deleteFrom(OFFICER_DISCIPLINE).where(OFFICER_DISCIPLINE.OFFICER_ID.between(9101L, 9107L)).execute();
        dsl.update(OFFICER).setNull(OFFICER.MANAGER_OFFICER_ID).where(OFFICER.ID.between(9101L, 9107L)).execute();
        dsl.deleteFrom(OFFICER).where(OFFICER.ID.between(9101L, 9107L)).execute();
        var testUsers = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.startsWith("test."))
                .fetch(APP_USER.ID);
        dsl.deleteFrom(APP_USER_ROLE).where(APP_USER_ROLE.USER_ID.in(testUsers)).execute();
        dsl.deleteFrom(APP_USER).where(APP_USER.ID.in(testUsers)).execute();
    }
}
