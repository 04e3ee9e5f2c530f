package vn.camau.reform.account.repository;

import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.APP_USER_ROLE;
import static vn.camau.reform.jooq.Tables.OFFICER;

import java.time.LocalDateTime;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.UpdateSetMoreStep;
import org.springframework.stereotype.Repository;

import vn.camau.reform.jooq.tables.records.AppUserRecord;
import vn.camau.reform.security.Role;

/**
 * Writes accounts. Every change names the version the administrator saw and moves it on: a change
 * against an older version updates nothing and returns false (the service says "changed meanwhile").
 * Moving the version on is also what tells the account's open sessions to read it afresh.
 */
@Repository
public class AccountRepository {

    private final DSLContext dsl;

    AccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(String username, String passwordHash, String fullName, String searchName, String email,
                       long unitId, LocalDateTime passwordExpiresAt, String by, LocalDateTime at) {
        return dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.FULL_NAME, fullName)
                .set(APP_USER.SEARCH_NAME, searchName)
                .set(APP_USER.EMAIL, email)
                .set(APP_USER.UNIT_ID, unitId)
                .set(APP_USER.MUST_CHANGE_PASSWORD, true)
                .set(APP_USER.PASSWORD_EXPIRES_AT, passwordExpiresAt)
                .set(APP_USER.UPDATED_BY, by)
                .set(APP_USER.UPDATED_AT, at)
                .returningResult(APP_USER.ID)
                .fetchSingle(APP_USER.ID);
    }

    public void replaceRoles(long userId, Set<Role> roles) {
        dsl.deleteFrom(APP_USER_ROLE).where(APP_USER_ROLE.USER_ID.eq(userId)).execute();
        for (Role role : roles) {
            dsl.insertInto(APP_USER_ROLE).set(APP_USER_ROLE.USER_ID, userId).set(APP_USER_ROLE.ROLE, role)
                    .execute();
        }
    }

    /** Links the account to its officer record (and unlinks any other record from it). */
    public void linkOfficer(long userId, Long officerId) {
        dsl.update(OFFICER).setNull(OFFICER.USER_ID).where(OFFICER.USER_ID.eq(userId)).execute();
        if (officerId != null) {
            dsl.update(OFFICER).set(OFFICER.USER_ID, userId).where(OFFICER.ID.eq(officerId)).execute();
        }
    }

    public boolean updateDetails(long id, int version, String fullName, String searchName, String email, long unitId,
                                 String by, LocalDateTime at) {
        return stamp(dsl.update(APP_USER)
                .set(APP_USER.FULL_NAME, fullName)
                .set(APP_USER.SEARCH_NAME, searchName)
                .set(APP_USER.EMAIL, email)
                .set(APP_USER.UNIT_ID, unitId), id, version, by, at);
    }

    /** Disabling also ends every session the account has open (on their next request). */
    public boolean setEnabled(long id, int version, boolean enabled, String by, LocalDateTime at) {
        var update = dsl.update(APP_USER).set(APP_USER.ENABLED, enabled);
        if (!enabled) {
            update = update.set(APP_USER.SESSIONS_REVOKED_AT, at);
        }
        return stamp(update, id, version, by, at);
    }

    public boolean unlock(long id, int version, String by, LocalDateTime at) {
        return stamp(dsl.update(APP_USER).set(APP_USER.FAILED_ATTEMPTS, 0).setNull(APP_USER.LOCKED_UNTIL),
                id, version, by, at);
    }

    /** A new one-time password: the old one and every open session stop working. */
    public boolean resetPassword(long id, int version, String passwordHash, LocalDateTime expiresAt, String by,
                                 LocalDateTime at) {
        return stamp(dsl.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.MUST_CHANGE_PASSWORD, true)
                .set(APP_USER.PASSWORD_EXPIRES_AT, expiresAt)
                .set(APP_USER.FAILED_ATTEMPTS, 0)
                .setNull(APP_USER.LOCKED_UNTIL)
                .set(APP_USER.SESSIONS_REVOKED_AT, at), id, version, by, at);
    }

    /**
     * The user's own change: no version check (nobody else edits a password), but it moves on; the
     * account's other sessions end (the caller's own is renewed by the service).
     */
    public void changeOwnPassword(long id, String passwordHash, LocalDateTime at) {
        dsl.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.SESSIONS_REVOKED_AT, at)
                .set(APP_USER.MUST_CHANGE_PASSWORD, false)
                .setNull(APP_USER.PASSWORD_EXPIRES_AT)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    /** Sessions of the account signed in before {@code at} end on their next request, on every node. */
    public void revokeSessions(long id, LocalDateTime at) {
        dsl.update(APP_USER).set(APP_USER.SESSIONS_REVOKED_AT, at).where(APP_USER.ID.eq(id)).execute();
    }

    public String passwordHash(long id) {
        return dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.ID.eq(id)).fetchSingle(APP_USER.PASSWORD_HASH);
    }

    /** Who saved the account last, for the "changed meanwhile" message. */
    public String updatedBy(long id) {
        return dsl.select(APP_USER.UPDATED_BY).from(APP_USER).where(APP_USER.ID.eq(id)).fetchOne(APP_USER.UPDATED_BY);
    }

    private static boolean stamp(UpdateSetMoreStep<AppUserRecord> update, long id, int version, String by,
                                 LocalDateTime at) {
        Field<Integer> next = APP_USER.VERSION.plus(1);
        return update.set(APP_USER.VERSION, next)
                .set(APP_USER.UPDATED_BY, by)
                .set(APP_USER.UPDATED_AT, at)
                .where(APP_USER.ID.eq(id), APP_USER.VERSION.eq(version))
                .execute() == 1;
    }
}
