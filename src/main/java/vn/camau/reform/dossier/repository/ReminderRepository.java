package vn.camau.reform.dossier.repository;

import static vn.camau.reform.jooq.Tables.DOSSIER_REMINDER;

import java.time.LocalDateTime;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
public class ReminderRepository {

    private final DSLContext dsl;

    ReminderRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long dossierId, long unitId, Long officerId, long sentBy, LocalDateTime at, String message) {
        return dsl.insertInto(DOSSIER_REMINDER)
                .set(DOSSIER_REMINDER.DOSSIER_ID, dossierId)
                .set(DOSSIER_REMINDER.UNIT_ID, unitId)
                .set(DOSSIER_REMINDER.OFFICER_ID, officerId)
                .set(DOSSIER_REMINDER.SENT_BY, sentBy)
                .set(DOSSIER_REMINDER.SENT_AT, at)
                .set(DOSSIER_REMINDER.MESSAGE, message)
                .returningResult(DOSSIER_REMINDER.ID)
                .fetchSingle().value1();
    }
}
