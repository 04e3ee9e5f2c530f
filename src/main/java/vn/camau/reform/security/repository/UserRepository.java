package vn.camau.reform.security.repository;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.APP_USER_ROLE;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.camau.reform.base.text.SearchText;
import vn.camau.reform.security.AccountState;
import vn.camau.reform.security.AppUser;
import vn.camau.reform.security.AppUserPrincipal;
import vn.camau.reform.security.Role;

@Repository
public class UserRepository {

    private final DSLContext dsl;

    UserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<AppUserPrincipal> findPrincipal(String username) {
        return findPrincipal(APP_USER.USERNAME.eq(username));
    }

    /** The account read afresh by id, for a session whose account changed meanwhile. */
    public Optional<AppUserPrincipal> findPrincipal(long userId) {
        return findPrincipal(APP_USER.ID.eq(userId));
    }

    private Optional<AppUserPrincipal> findPrincipal(org.jooq.Condition which) {
        return toPrincipal(dsl.select(PRINCIPAL).from(APP_USER).join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(APP_USER.UNIT_ID))
                .leftJoin(APP_USER_ROLE).on(APP_USER_ROLE.USER_ID.eq(APP_USER.ID))
                .where(which)
                .fetch());
    }

    /**
     * What {@link #toPrincipal} reads: the account, its unit and one of its roles per row (a left join, so an
     * account without a role is one row with a null role). One round trip where the account and its roles
     * were two: every API request reads it, for the token's user.
     */
    static final List<SelectField<?>> PRINCIPAL = List.of(APP_USER.ID, APP_USER.USERNAME, APP_USER.FULL_NAME,
            APP_USER.UNIT_ID, ADMIN_UNIT.NAME, ADMIN_UNIT.PATH, APP_USER.LOCALE, APP_USER.PASSWORD_HASH,
            APP_USER.ENABLED, APP_USER.LOCKED_UNTIL, APP_USER.VERSION, APP_USER.MUST_CHANGE_PASSWORD,
            APP_USER.PASSWORD_EXPIRES_AT, APP_USER.SESSIONS_REVOKED_AT, APP_USER_ROLE.ROLE);

    /** The account of rows read with {@link #PRINCIPAL} for one user; empty when there is none. */
    static Optional<AppUserPrincipal> toPrincipal(List<? extends Record> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Record row : rows) {
            Role role = row.get(APP_USER_ROLE.ROLE);
            if (role != null) {
                roles.add(role);
            }
        }
        Record r = rows.getFirst();
        return Optional.of(new AppUserPrincipal(
                new AppUser(r.get(APP_USER.ID), r.get(APP_USER.USERNAME), r.get(APP_USER.FULL_NAME),
                        r.get(APP_USER.UNIT_ID), r.get(ADMIN_UNIT.NAME), r.get(ADMIN_UNIT.PATH), roles,
                        r.get(APP_USER.LOCALE)),
                r.get(APP_USER.PASSWORD_HASH), r.get(APP_USER.ENABLED), toInstant(r.get(APP_USER.LOCKED_UNTIL)),
                new AccountState(r.get(APP_USER.VERSION), r.get(APP_USER.MUST_CHANGE_PASSWORD),
                        toInstant(r.get(APP_USER.PASSWORD_EXPIRES_AT)), toInstant(r.get(APP_USER.SESSIONS_REVOKED_AT))),
                Instant.now()));
    }

    /**
     * What a session checks on every request: one primary-key read. Empty when the account is gone.
     */
    public Optional<SessionCheck> findSessionCheck(long userId) {
        return dsl.select(APP_USER.ENABLED, APP_USER.VERSION, APP_USER.SESSIONS_REVOKED_AT)
                .from(APP_USER).where(APP_USER.ID.eq(userId))
                .fetchOptional(r -> new SessionCheck(r.value1(), r.value2(), toInstant(r.value3())));
    }

    public record SessionCheck(boolean enabled, int version, Instant sessionsRevokedAt) {
    }

    /**
     * The accounts with this e-mail address, compared case-insensitively (single sign-on matches an
     * identity's e-mail claim to them; more than one is ambiguous, and the caller refuses).
     */
    public List<AppUserPrincipal> findPrincipalsByEmail(String email) {
        return dsl.select(APP_USER.USERNAME).from(APP_USER)
                .where(DSL.lower(APP_USER.EMAIL).eq(email.toLowerCase(Locale.ROOT)))
                .orderBy(APP_USER.ID).limit(2)
                .fetch(APP_USER.USERNAME).stream()
                .flatMap(username -> findPrincipal(username).stream()).toList();
    }

    public boolean exists(String username) {
        return dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
    }

    public long insert(String username, String passwordHash, String fullName, long unitId, Set<Role> roles) {
        long id = dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.FULL_NAME, fullName)
                .set(APP_USER.SEARCH_NAME, SearchText.fold(fullName))
                .set(APP_USER.UNIT_ID, unitId)
                .returningResult(APP_USER.ID)
                .fetchSingle(APP_USER.ID);
        for (Role role : roles) {
            dsl.insertInto(APP_USER_ROLE).set(APP_USER_ROLE.USER_ID, id).set(APP_USER_ROLE.ROLE, role)
                    .execute();
        }
        return id;
    }

    /**
     * Counts a failed login and locks the account once the count reaches {@code maxAttempts}.
     * One statement, so concurrent failures cannot lose a count.
     */
    public void recordFailedLogin(String username, int maxAttempts, LocalDateTime lockUntil) {
        // MariaDB evaluates SET clauses left to right with the values already assigned, so the lock
        // decision comes first, while failed_attempts still holds the count before this failure
        dsl.update(APP_USER)
                .set(APP_USER.LOCKED_UNTIL, DSL.when(APP_USER.FAILED_ATTEMPTS.plus(1).ge(maxAttempts),
                        DSL.val(lockUntil)).otherwise(APP_USER.LOCKED_UNTIL))
                .set(APP_USER.FAILED_ATTEMPTS, APP_USER.FAILED_ATTEMPTS.plus(1))
                .where(APP_USER.USERNAME.eq(username))
                .execute();
    }

    public void recordSuccessfulLogin(String username) {
        dsl.update(APP_USER)
                .set(APP_USER.FAILED_ATTEMPTS, 0)
                .setNull(APP_USER.LOCKED_UNTIL)
                .set(APP_USER.LAST_LOGIN_AT, LocalDateTime.now())
                .where(APP_USER.USERNAME.eq(username))
                .execute();
    }

    /** Lifts a lock-out (an administrator's action, and test set-up). */
    public void unlock(String username) {
        dsl.update(APP_USER).set(APP_USER.FAILED_ATTEMPTS, 0).setNull(APP_USER.LOCKED_UNTIL)
                .where(APP_USER.USERNAME.eq(username)).execute();
    }

    public void updateLocale(long userId, String locale) {
        dsl.update(APP_USER).set(APP_USER.LOCALE, locale).where(APP_USER.ID.eq(userId)).execute();
    }

    /** The unit currently known by that national code (not a former unit that used the same code). */
    public Optional<Long> findCurrentUnitId(String code) {
        return dsl.select(ADMIN_UNIT.ID).from(ADMIN_UNIT)
                .where(ADMIN_UNIT.CODE.eq(code), ADMIN_UNIT.VALID_TO.isNull())
                .fetchOptional(ADMIN_UNIT.ID);
    }

    private static Instant toInstant(LocalDateTime time) {
        return time == null ? null : time.atZone(ZoneId.systemDefault()).toInstant();
    }
}
