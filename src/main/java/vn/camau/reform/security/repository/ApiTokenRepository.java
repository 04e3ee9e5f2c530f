package vn.camau.reform.security.repository;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.API_TOKEN;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.APP_USER_ROLE;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SelectField;
import org.springframework.stereotype.Repository;

import vn.camau.reform.security.ApiToken;
import vn.camau.reform.security.ApiTokenPurpose;
import vn.camau.reform.security.AppUserPrincipal;
import vn.camau.reform.security.TokenOwner;
import vn.camau.reform.security.query.ScopeCondition;

/** Issued API tokens (hashes only) and the users they may be issued for. */
@Repository
public class ApiTokenRepository {

    /** What authenticating a request needs to know about the token it presents. */
    public record Match(long id, String username, ApiTokenPurpose purpose, LocalDateTime revokedAt,
                        LocalDateTime lastUsedAt) {
    }

    private final DSLContext dsl;

    ApiTokenRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(String name, String tokenHash, long userId, ApiTokenPurpose purpose, String createdBy,
                       LocalDateTime createdAt) {
        return dsl.insertInto(API_TOKEN)
                .set(API_TOKEN.NAME, name)
                .set(API_TOKEN.TOKEN_HASH, tokenHash)
                .set(API_TOKEN.USER_ID, userId)
                .set(API_TOKEN.PURPOSE, purpose)
                .set(API_TOKEN.CREATED_BY, createdBy)
                .set(API_TOKEN.CREATED_AT, createdAt)
                .returningResult(API_TOKEN.ID)
                .fetchSingle(API_TOKEN.ID);
    }

    /** Tokens of users inside the scope path, newest first (a short table: a few per system). */
    public List<ApiToken> findAll(String scopePath) {
        return select().where(ScopeCondition.under(ADMIN_UNIT.PATH, scopePath))
                .orderBy(API_TOKEN.CREATED_AT.desc(), API_TOKEN.ID.desc())
                .fetch(ApiTokenRepository::toToken);
    }

    public Optional<ApiToken> find(long id, String scopePath) {
        return select().where(API_TOKEN.ID.eq(id), ScopeCondition.under(ADMIN_UNIT.PATH, scopePath))
                .fetchOptional(ApiTokenRepository::toToken);
    }

    private org.jooq.SelectOnConditionStep<? extends Record> select() {
        return dsl.select(API_TOKEN.ID, API_TOKEN.NAME, APP_USER.USERNAME, APP_USER.FULL_NAME, API_TOKEN.PURPOSE,
                        API_TOKEN.CREATED_BY, API_TOKEN.CREATED_AT, API_TOKEN.LAST_USED_AT, API_TOKEN.REVOKED_AT)
                .from(API_TOKEN)
                .join(APP_USER).on(APP_USER.ID.eq(API_TOKEN.USER_ID))
                .join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(APP_USER.UNIT_ID));
    }

    private static ApiToken toToken(Record r) {
        return new ApiToken(r.get(API_TOKEN.ID), r.get(API_TOKEN.NAME), r.get(APP_USER.USERNAME),
                r.get(APP_USER.FULL_NAME), r.get(API_TOKEN.PURPOSE),
                r.get(API_TOKEN.CREATED_BY), r.get(API_TOKEN.CREATED_AT), r.get(API_TOKEN.LAST_USED_AT),
                r.get(API_TOKEN.REVOKED_AT));
    }

    /** Marks the token revoked unless it already is; returns whether this call revoked it. */
    public boolean revoke(long id, LocalDateTime at) {
        return dsl.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, at)
                .where(API_TOKEN.ID.eq(id), API_TOKEN.REVOKED_AT.isNull())
                .execute() == 1;
    }

    /** A presented token with the account it acts as, as {@link #findWithUser} reads them together. */
    public record Presented(Match token, AppUserPrincipal user) {
    }

    /**
     * The token with that hash, revoked or not, and its user with their unit and roles as they stand now: one
     * read on the unique index where the token, the account and its roles were three, on every API request.
     */
    public Optional<Presented> findWithUser(String tokenHash) {
        List<SelectField<?>> fields = new ArrayList<>(UserRepository.PRINCIPAL);
        fields.addAll(List.of(API_TOKEN.ID, API_TOKEN.PURPOSE, API_TOKEN.REVOKED_AT, API_TOKEN.LAST_USED_AT));
        Result<Record> rows = dsl.select(fields)
                .from(API_TOKEN)
                .join(APP_USER).on(APP_USER.ID.eq(API_TOKEN.USER_ID))
                .join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(APP_USER.UNIT_ID))
                .leftJoin(APP_USER_ROLE).on(APP_USER_ROLE.USER_ID.eq(APP_USER.ID))
                .where(API_TOKEN.TOKEN_HASH.eq(tokenHash))
                .fetch();
        return UserRepository.toPrincipal(rows).map(user -> {
            Record r = rows.getFirst();
            return new Presented(new Match(r.get(API_TOKEN.ID), r.get(APP_USER.USERNAME), r.get(API_TOKEN.PURPOSE),
                    r.get(API_TOKEN.REVOKED_AT), r.get(API_TOKEN.LAST_USED_AT)), user);
        });
    }

    public void touch(long id, LocalDateTime at) {
        dsl.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, at).where(API_TOKEN.ID.eq(id)).execute();
    }

    /** Enabled users inside the scope path, by name, for the issuing dialog. */
    public List<TokenOwner> owners(String scopePath) {
        return dsl.select(APP_USER.USERNAME, APP_USER.FULL_NAME, ADMIN_UNIT.NAME)
                .from(APP_USER)
                .join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(APP_USER.UNIT_ID))
                .where(APP_USER.ENABLED.isTrue(), ScopeCondition.under(ADMIN_UNIT.PATH, scopePath))
                .orderBy(APP_USER.USERNAME)
                .limit(1000)
                .fetch(r -> new TokenOwner(r.value1(), r.value2(), r.value3()));
    }
}
