package vn.camau.reform.notification.repository;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.APP_USER_ROLE;
import static vn.camau.reform.jooq.Tables.USER_NOTIFICATION;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

import vn.camau.reform.notification.Notification;
import vn.camau.reform.notification.NotificationContent;
import vn.camau.reform.notification.NotificationKind;
import vn.camau.reform.notification.Recipient;
import vn.camau.reform.security.Role;

@Repository
public class NotificationRepository {

    private final DSLContext dsl;
    private final JsonMapper json;

    NotificationRepository(DSLContext dsl, JsonMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    /** A notification whose words are data (the title and body columns stay empty). */
    public long insert(long userId, LocalDateTime at, NotificationKind kind, NotificationContent content,
                       String link) {
        return dsl.insertInto(USER_NOTIFICATION)
                .set(USER_NOTIFICATION.USER_ID, userId)
                .set(USER_NOTIFICATION.CREATED_AT, at)
                .set(USER_NOTIFICATION.KIND, kind)
                .set(USER_NOTIFICATION.CONTENT, json.writeValueAsString(content))
                .set(USER_NOTIFICATION.LINK, link)
                .returningResult(USER_NOTIFICATION.ID)
                .fetchSingle().value1();
    }

    public void markEmailed(long id, LocalDateTime at) {
        dsl.update(USER_NOTIFICATION).set(USER_NOTIFICATION.EMAILED_AT, at).where(USER_NOTIFICATION.ID.eq(id)).execute();
    }

    public List<Notification> findForUser(long userId, int offset, int limit) {
        return dsl.select(USER_NOTIFICATION.ID, USER_NOTIFICATION.CREATED_AT, USER_NOTIFICATION.KIND,
                        USER_NOTIFICATION.TITLE, USER_NOTIFICATION.BODY, USER_NOTIFICATION.CONTENT,
                        USER_NOTIFICATION.LINK, USER_NOTIFICATION.READ_AT)
                .from(USER_NOTIFICATION)
                .where(USER_NOTIFICATION.USER_ID.eq(userId))
                .orderBy(USER_NOTIFICATION.CREATED_AT.desc(), USER_NOTIFICATION.ID.desc())
                .offset(offset).limit(limit)
                .fetch(r -> new Notification(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), content(r.value6()), r.value7(), r.value8() != null));
    }

    public NotificationContent content(String stored) {
        return stored == null ? null : json.readValue(stored, NotificationContent.class);
    }

    public int countForUser(long userId) {
        return dsl.fetchCount(USER_NOTIFICATION, USER_NOTIFICATION.USER_ID.eq(userId));
    }

    public int countUnread(long userId) {
        return dsl.fetchCount(USER_NOTIFICATION, USER_NOTIFICATION.USER_ID.eq(userId)
                .and(USER_NOTIFICATION.READ_AT.isNull()));
    }

    /** Marks the user's own notifications read; another user's ids are ignored. */
    public void markRead(long userId, Collection<Long> ids, LocalDateTime at) {
        dsl.update(USER_NOTIFICATION).set(USER_NOTIFICATION.READ_AT, at)
                .where(USER_NOTIFICATION.USER_ID.eq(userId), USER_NOTIFICATION.ID.in(ids),
                        USER_NOTIFICATION.READ_AT.isNull())
                .execute();
    }

    /** Enabled users holding any of the roles, optionally only those of one unit. */
    /** {@code roles} by name, as the callers spell them ({@code Roles} constants); an unknown name fails. */
    public List<Recipient> findRecipients(Collection<String> roles, Long unitId) {
        var condition = APP_USER.ENABLED.isTrue().and(APP_USER.ID.in(
                dsl.select(APP_USER_ROLE.USER_ID).from(APP_USER_ROLE)
                        .where(APP_USER_ROLE.ROLE.in(roles.stream().map(Role::valueOf).toList()))));
        if (unitId != null) {
            condition = condition.and(APP_USER.UNIT_ID.eq(unitId));
        }
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.FULL_NAME, APP_USER.EMAIL, APP_USER.UNIT_ID,
                        ADMIN_UNIT.PATH, APP_USER.LOCALE)
                .from(APP_USER).join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(APP_USER.UNIT_ID))
                .where(condition)
                .orderBy(APP_USER.ID)
                .fetch(r -> new Recipient(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7()));
    }
}
