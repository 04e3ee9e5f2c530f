package vn.camau.reform.security.repository;

import static vn.camau.reform.jooq.Tables.USER_SESSION;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The register of signed-in sessions (user_session): one row per HTTP session, on any node. */
@Repository
public class SessionRepository {

    private static final int MAX_USER_AGENT = 255;

    private final DSLContext dsl;

    SessionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long open(long userId, Instant signedInAt, Instant now, String clientIp, String userAgent, String method) {
        return dsl.insertInto(USER_SESSION)
                .set(USER_SESSION.USER_ID, userId)
                .set(USER_SESSION.SIGNED_IN_AT, local(signedInAt))
                .set(USER_SESSION.LAST_SEEN_AT, local(now))
                .set(USER_SESSION.CLIENT_IP, clientIp)
                .set(USER_SESSION.USER_AGENT, userAgent == null ? null
                        : userAgent.substring(0, Math.min(userAgent.length(), MAX_USER_AGENT)))
                .set(USER_SESSION.METHOD, method)
                .returningResult(USER_SESSION.ID)
                .fetchSingle(USER_SESSION.ID);
    }

    public void seen(long id, Instant now) {
        dsl.update(USER_SESSION).set(USER_SESSION.LAST_SEEN_AT, local(now))
                .where(USER_SESSION.ID.eq(id), USER_SESSION.ENDED_AT.isNull()).execute();
    }

    public void end(long id, Instant now) {
        dsl.update(USER_SESSION).set(USER_SESSION.ENDED_AT, local(now))
                .where(USER_SESSION.ID.eq(id), USER_SESSION.ENDED_AT.isNull()).execute();
    }

    /** Marks every open session of the account but {@code keep} (null: none kept) as ended; how many. */
    public int endAllBut(long userId, Long keep, Instant now) {
        var which = USER_SESSION.USER_ID.eq(userId).and(USER_SESSION.ENDED_AT.isNull());
        if (keep != null) {
            which = which.and(USER_SESSION.ID.ne(keep));
        }
        return dsl.update(USER_SESSION).set(USER_SESSION.ENDED_AT, local(now)).where(which).execute();
    }

    /** The account's sessions not ended and seen since {@code activeSince}, the latest first. */
    public List<Row> open(long userId, Instant activeSince) {
        return dsl.select(USER_SESSION.ID, USER_SESSION.SIGNED_IN_AT, USER_SESSION.LAST_SEEN_AT,
                        USER_SESSION.CLIENT_IP, USER_SESSION.USER_AGENT, USER_SESSION.METHOD)
                .from(USER_SESSION)
                .where(USER_SESSION.USER_ID.eq(userId), USER_SESSION.ENDED_AT.isNull(),
                        USER_SESSION.LAST_SEEN_AT.ge(local(activeSince)))
                .orderBy(USER_SESSION.LAST_SEEN_AT.desc(), USER_SESSION.ID.desc())
                .fetch(r -> new Row(r.value1(), instant(r.value2()), instant(r.value3()), r.value4(), r.value5(),
                        r.value6()));
    }

    public record Row(long id, Instant signedInAt, Instant lastSeenAt, String clientIp, String userAgent,
                      String method) {
    }

    private static LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneId.systemDefault());
    }

    private static Instant instant(LocalDateTime at) {
        return at.atZone(ZoneId.systemDefault()).toInstant();
    }
}
