package vn.camau.reform.dossier.query;

import static vn.camau.reform.jooq.Tables.CATALOG_PROCEDURE;
import static vn.camau.reform.jooq.Tables.DOSSIER;
import static vn.camau.reform.jooq.Tables.DOSSIER_EVENT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import vn.camau.reform.base.db.SqlDays;
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierState;

/**
 * The conditions the dossier list, the alerts and the figures share: the narrowing filters (a null
 * value does not filter), "received in a period", the day a dossier finished and "waiting for the
 * applicant" at a moment. Public for the features that read dossiers too (apologies), so each rule
 * has one spelling.
 */
public final class DossierConditions {

    private DossierConditions() {
    }

    /** Counts as received ({@link DossierState#isReceived()}): neither only submitted online nor refused at reception. */
    public static Condition countsAsReceived() {
        return DOSSIER.STATE.notIn(Arrays.stream(DossierState.values()).filter(s -> !s.isReceived()).toList());
    }

    /** Received on a day in [from, to]; a null bound leaves that side open. */
    public static Condition receivedIn(LocalDate from, LocalDate to) {
        return SqlDays.within(DOSSIER.RECEIVED_AT, from, to);
    }

    /** The day the dossier finished (NULL while open): deadlines are dates, judged by the day. */
    public static Field<LocalDate> finishedDay() {
        return SqlDays.dayOf(DOSSIER.FINISHED_AT);
    }

    static Condition narrowed(Long procedureId, Long fieldId, Field<Long> officerField, Long officerId,
                              Channel channel) {
        Condition c = DSL.noCondition();
        if (procedureId != null) {
            c = c.and(DOSSIER.PROCEDURE_ID.eq(procedureId));
        }
        if (fieldId != null) {
            c = c.and(DOSSIER.PROCEDURE_ID.in(DSL.select(CATALOG_PROCEDURE.ID).from(CATALOG_PROCEDURE)
                    .where(CATALOG_PROCEDURE.FIELD_ID.eq(fieldId))));
        }
        if (officerId != null) {
            c = c.and(officerField.eq(officerId));
        }
        if (channel != null) {
            c = c.and(DOSSIER.CHANNEL.eq(channel));
        }
        return c;
    }

    /**
     * Waiting for the applicant now: the flag stored when the dossier was written
     * ({@code DossierRecord#waitingNow}), one column where {@link #waitingAt} reads each dossier's latest
     * event. The same answer for today, as no event may be dated after now (the intake refuses them).
     */
    public static Condition waitingNow() {
        return DOSSIER.WAITING_NOW.isTrue();
    }

    /** At the end of {@code day}: the stored flag when it is today, else the events up to that day. */
    public static Condition waitingAt(LocalDate day, LocalDate today) {
        return day.equals(today) ? waitingNow() : waitingAt(day);
    }

    /**
     * Waiting for the applicant's supplement at the end of {@code day} (the clock stopped): still open
     * then, and its latest event by then (in event time, then id order) is a supplement request. The
     * same waits the counters keep ({@code Wait}); read per dossier through the event index, so only
     * for the few dossiers a figure or a list has already narrowed to, on a day that is over.
     */
    public static Condition waitingAt(LocalDate day) {
        LocalDateTime end = day.plusDays(1).atStartOfDay();
        var latest = DOSSIER_EVENT.as("latest_event");
        // compared as the stored code, so "no event" can be 0, a code no state has
        Field<Byte> stateThen = DSL.field(DSL.select(latest.STATE.coerce(SQLDataType.TINYINT)).from(latest)
                .where(latest.DOSSIER_ID.eq(DOSSIER.ID), latest.EVENT_AT.lt(end))
                .orderBy(latest.EVENT_AT.desc(), latest.ID.desc()).limit(1));
        // never NULL (a dossier without events is not waiting), so NOT(waitingAt) keeps it
        return DSL.coalesce(stateThen, (byte) 0).eq((byte) DossierState.SUPPLEMENT_REQUESTED.code())
                .and(DOSSIER.FINISHED_AT.isNull().or(DOSSIER.FINISHED_AT.ge(end)));
    }
}
