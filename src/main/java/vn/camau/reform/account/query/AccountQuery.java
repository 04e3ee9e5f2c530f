package vn.camau.reform.account.query;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.APP_USER_ROLE;
import static vn.camau.reform.jooq.Tables.OFFICER;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

import vn.camau.reform.account.AccountFilter;
import vn.camau.reform.account.AccountStatus;
import vn.camau.reform.account.AccountSummary;
import vn.camau.reform.account.OfficerChoice;
import vn.camau.reform.base.text.SearchText;
import vn.camau.reform.security.Role;
import vn.camau.reform.security.UnitScope;
import vn.camau.reform.security.query.ScopeCondition;

/**
 * Reads accounts for the administration screens, always inside the administrator's scope (the
 * account's unit path starts with theirs), and a user's own sign-ins from the audit trail.
 */
@Repository
public class AccountQuery {

    /**
     * Written as a template: jOOQ's own groupConcat wraps the query in statements that raise the
     * session's length limit, which a single prepared statement cannot carry. Eight role names fit.
     */
    private static final Field<String> ROLES = DSL.field(DSL.select(
                    DSL.field("group_concat({0} separator ',')", SQLDataType.VARCHAR, APP_USER_ROLE.ROLE))
            .from(APP_USER_ROLE).where(APP_USER_ROLE.USER_ID.eq(APP_USER.ID)));
    private static final Field<Long> OFFICER_ID = DSL.field(DSL.select(DSL.min(OFFICER.ID)).from(OFFICER)
            .where(OFFICER.USER_ID.eq(APP_USER.ID)));
    private static final Field<String> OFFICER_LABEL = DSL.field(DSL.select(
                    DSL.min(DSL.concat(OFFICER.CODE, DSL.inline(" – "), OFFICER.FULL_NAME)))
            .from(OFFICER).where(OFFICER.USER_ID.eq(APP_USER.ID)));

    private final DSLContext dsl;

    AccountQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<AccountSummary> page(UnitScope scope, AccountFilter filter, int offset, int limit) {
        LocalDateTime now = LocalDateTime.now();
        return select(now).where(where(scope, filter, now))
                .orderBy(APP_USER.USERNAME).offset(offset).limit(limit)
                .fetch(r -> summary(r, now));
    }

    public int count(UnitScope scope, AccountFilter filter) {
        LocalDateTime now = LocalDateTime.now();
        return dsl.fetchCount(APP_USER.join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(APP_USER.UNIT_ID)),
                where(scope, filter, now));
    }

    public Optional<AccountSummary> find(UnitScope scope, long id) {
        LocalDateTime now = LocalDateTime.now();
        return select(now).where(inScope(scope), APP_USER.ID.eq(id)).fetchOptional(r -> summary(r, now));
    }

    public boolean usernameExists(String username) {
        return dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
    }

    /** The table's collation ignores case, so "A@x.vn" and "a@x.vn" are the same address. */
    public boolean emailTaken(String email, Long exceptUserId) {
        Condition c = APP_USER.EMAIL.eq(email);
        return dsl.fetchExists(APP_USER, exceptUserId == null ? c : c.and(APP_USER.ID.ne(exceptUserId)));
    }

    /** The officer record, if it is in scope, with the account it is linked to (null: none). */
    public Optional<OfficerLink> findOfficer(UnitScope scope, long officerId) {
        return dsl.select(OFFICER.ID, OFFICER.CODE, OFFICER.FULL_NAME, OFFICER.UNIT_ID, ADMIN_UNIT.NAME,
                        OFFICER.POSITION, OFFICER.USER_ID)
                .from(OFFICER).join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(OFFICER.UNIT_ID))
                .where(OFFICER.ID.eq(officerId), ScopeCondition.within(ADMIN_UNIT.PATH, scope))
                .fetchOptional(r -> new OfficerLink(new OfficerChoice(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6()), r.value7()));
    }

    public record OfficerLink(OfficerChoice officer, Long userId) {
    }

    /**
     * Active officers without an account in the unit and the units below it (inside the scope), by
     * name; {@code text} narrows by code or name (diacritics ignored).
     */
    public List<OfficerChoice> officersWithoutAccount(UnitScope scope, Long unitId, String text, int offset,
                                                      int limit) {
        Condition c = OFFICER.ACTIVE.isTrue().and(OFFICER.USER_ID.isNull())
                .and(ScopeCondition.within(ADMIN_UNIT.PATH, scope));
        if (unitId != null) {
            c = c.and(ScopeCondition.under(ADMIN_UNIT.PATH, DSL.field(DSL.select(ADMIN_UNIT.as("f").PATH).from(ADMIN_UNIT.as("f"))
                    .where(ADMIN_UNIT.as("f").ID.eq(unitId)))));
        }
        String folded = SearchText.fold(text);
        if (!folded.isEmpty()) {
            c = c.and(OFFICER.SEARCH_NAME.contains(folded).or(OFFICER.CODE.contains(text.strip())));
        }
        return dsl.select(OFFICER.ID, OFFICER.CODE, OFFICER.FULL_NAME, OFFICER.UNIT_ID, ADMIN_UNIT.NAME,
                        OFFICER.POSITION)
                .from(OFFICER).join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(OFFICER.UNIT_ID))
                .where(c).orderBy(OFFICER.SEARCH_NAME, OFFICER.CODE).offset(offset).limit(limit)
                .fetch(r -> new OfficerChoice(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    private org.jooq.SelectOnConditionStep<? extends Record> select(LocalDateTime now) {
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.FULL_NAME, APP_USER.EMAIL, APP_USER.UNIT_ID,
                        ADMIN_UNIT.NAME, ROLES.as("roles"), APP_USER.ENABLED, APP_USER.LOCKED_UNTIL,
                        APP_USER.LAST_LOGIN_AT, APP_USER.MUST_CHANGE_PASSWORD, APP_USER.PASSWORD_EXPIRES_AT, OFFICER_ID.as("officer_id"),
                        OFFICER_LABEL.as("officer_label"), APP_USER.VERSION, APP_USER.UPDATED_BY,
                        APP_USER.UPDATED_AT)
                .from(APP_USER).join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(APP_USER.UNIT_ID));
    }

    private static AccountSummary summary(Record r, LocalDateTime now) {
        boolean enabled = r.get(APP_USER.ENABLED);
        LocalDateTime lockedUntil = r.get(APP_USER.LOCKED_UNTIL);
        LocalDateTime lastLogin = r.get(APP_USER.LAST_LOGIN_AT);
        AccountStatus status = !enabled ? AccountStatus.DISABLED
                : lockedUntil != null && lockedUntil.isAfter(now) ? AccountStatus.LOCKED
                : oneTimeExpired(r.get(APP_USER.MUST_CHANGE_PASSWORD), r.get(APP_USER.PASSWORD_EXPIRES_AT), now)
                ? AccountStatus.ONE_TIME_EXPIRED
                : lastLogin == null ? AccountStatus.NEVER_SIGNED_IN : AccountStatus.ACTIVE;
        return new AccountSummary(r.get(APP_USER.ID), r.get(APP_USER.USERNAME), r.get(APP_USER.FULL_NAME),
                r.get(APP_USER.EMAIL), r.get(APP_USER.UNIT_ID), r.get(ADMIN_UNIT.NAME),
                roles(r.get("roles", String.class)), status, lastLogin, r.get(APP_USER.MUST_CHANGE_PASSWORD),
                r.get("officer_id", Long.class), r.get("officer_label", String.class), r.get(APP_USER.VERSION),
                r.get(APP_USER.UPDATED_BY), r.get(APP_USER.UPDATED_AT));
    }

    /** As sign-in decides it (AccountState.oneTimePasswordExpired): at its expiry time it no longer works. */
    private static boolean oneTimeExpired(Boolean mustChange, LocalDateTime expiresAt, LocalDateTime now) {
        return Boolean.TRUE.equals(mustChange) && expiresAt != null && !expiresAt.isAfter(now);
    }

    private static Set<Role> roles(String concatenated) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (concatenated != null && !concatenated.isEmpty()) {
            Arrays.stream(concatenated.split(",")).map(String::strip).map(Role::valueOf).forEach(roles::add);
        }
        return roles;
    }

    private static Condition inScope(UnitScope scope) {
        return ScopeCondition.within(ADMIN_UNIT.PATH, scope);
    }

    private Condition where(UnitScope scope, AccountFilter f, LocalDateTime now) {
        Condition c = inScope(scope);
        if (f.text() != null && !f.text().isBlank()) {
            String folded = SearchText.fold(f.text());
            String lower = f.text().strip().toLowerCase(Locale.ROOT);
            c = c.and(APP_USER.SEARCH_NAME.contains(folded).or(APP_USER.USERNAME.contains(lower))
                    .or(APP_USER.EMAIL.contains(lower)));
        }
        if (f.unitId() != null) {
            var focus = ADMIN_UNIT.as("focus");
            c = c.and(ScopeCondition.under(ADMIN_UNIT.PATH, DSL.field(DSL.select(focus.PATH).from(focus).where(focus.ID.eq(f.unitId())))));
        }
        if (f.role() != null) {
            c = c.and(DSL.exists(DSL.selectOne().from(APP_USER_ROLE).where(APP_USER_ROLE.USER_ID.eq(APP_USER.ID),
                    APP_USER_ROLE.ROLE.eq(f.role()))));
        }
        if (f.status() != null) {
            Condition locked = APP_USER.LOCKED_UNTIL.gt(now);
            Condition notLocked = APP_USER.LOCKED_UNTIL.isNull().or(APP_USER.LOCKED_UNTIL.le(now));
            // the same order as summary(): each account falls in exactly one status
            Condition expired = APP_USER.MUST_CHANGE_PASSWORD.isTrue().and(APP_USER.PASSWORD_EXPIRES_AT.le(now));
            Condition usable = APP_USER.ENABLED.isTrue().and(notLocked).and(DSL.not(expired));
            c = c.and(switch (f.status()) {
                case DISABLED -> APP_USER.ENABLED.isFalse();
                case LOCKED -> APP_USER.ENABLED.isTrue().and(locked);
                case ONE_TIME_EXPIRED -> APP_USER.ENABLED.isTrue().and(notLocked).and(expired);
                case NEVER_SIGNED_IN -> usable.and(APP_USER.LAST_LOGIN_AT.isNull());
                case ACTIVE -> usable.and(APP_USER.LAST_LOGIN_AT.isNotNull());
            });
        }
        return c;
    }
}
