package vn.camau.reform.evaluation;

import static vn.camau.reform.dossier.TestDossiers.AGENCY;
import static vn.camau.reform.jooq.Tables.OFFICER;

import java.util.List;
import java.util.Set;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import vn.camau.reform.security.Role;
import vn.camau.reform.security.repository.UserRepository;

/**
 * A team of the test agency to rate: the rated officer (signs in as test.canbo), their manager
 * (test.truongphong) and five colleagues under the same manager; the agency's head signs in as
 * test.giamdoc. Its users are transactional tests: the team goes with their rollback.
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

    /** Writes the team and its users, in the test's transaction: they go with its rollback. */
    public void load() {
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
}
