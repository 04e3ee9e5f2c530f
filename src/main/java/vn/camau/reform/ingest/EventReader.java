package vn.camau.reform.ingest;

import static vn.camau.reform.ingest.DossierFields.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.camau.reform.dossier.DossierEventRecord;
import vn.camau.reform.dossier.DossierState;
import vn.camau.reform.dossier.IncomingEvent;
import vn.camau.reform.ingest.ReferenceCodes.StoredDossier;
import vn.camau.reform.ingest.ReferenceCodes.UnitVersion;
import vn.camau.reform.ingest.query.ReferenceCodeQuery;
import vn.camau.reform.security.UnitScope;

/**
 * Reads step events. An event names its dossier by code: one sent in the same batch, or one stored
 * already in the writer's scope. The same event id twice for one dossier in a batch is an error (a
 * resend across batches is not: it is stored once).
 */
public final class EventReader {

    private final ReferenceCodeQuery query;
    private final UnitScope scope;
    private final TimeBounds bounds;
    private final Map<String, Integer> seen = new HashMap<>();

    EventReader(ReferenceCodeQuery query, UnitScope scope, TimeBounds bounds) {
        this.query = query;
        this.scope = scope;
        this.bounds = bounds;
    }

    /**
     * @param batch      the reader of the dossiers sent with these events: the codes of the valid ones
     *                   and when they were received
     * @param batchFailed the codes of dossiers sent with these events that were refused: their events
     *                    are not reported again as naming an unknown dossier
     */
    public List<IncomingEvent> read(List<? extends RawRecord> chunk, DossierReader batch, Set<String> batchFailed) {
        Set<String> batchCodes = batch.codes();
        Set<String> units = new HashSet<>();
        Set<String> officers = new HashSet<>();
        Set<String> dossiers = new HashSet<>();
        for (RawRecord r : chunk) {
            addIfPresent(units, r.peek(UNIT_CODE));
            addIfPresent(officers, r.peek(OFFICER_CODE));
            addIfPresent(dossiers, r.peek(DOSSIER_CODE));
        }
        dossiers.removeAll(batchCodes);
        ReferenceCodes refs = query.load(Set.of(), units, officers);
        Map<String, StoredDossier> stored = query.storedDossiers(dossiers);
        List<IncomingEvent> result = new ArrayList<>(chunk.size());
        for (RawRecord r : chunk) {
            int errorsBefore = r.errorCount();
            String eventId = r.requiredCode(EVENT_ID, 100);
            String dossier = r.requiredCode(DOSSIER_CODE, DossierReader.CODE_MAX);
            LocalDateTime at = r.required(EVENT_AT, r.dateTime(EVENT_AT));
            DossierState state = Enums.state(r, STATE, true);
            String step = r.requiredText(STEP_NAME, 200);
            String unitCode = r.requiredCode(UNIT_CODE, 20);
            String officerCode = r.optionalCode(OFFICER_CODE, 40);
            LocalDate stepDue = r.date(STEP_DUE_DATE);
            String note = r.optionalMultilineText(NOTE, 500);
            if (bounds.inFuture(at)) {
                r.error(EVENT_AT, "intake.error.inFuture");
            }
            if (dossier != null && eventId != null) {
                Integer first = seen.putIfAbsent(dossier + '\n' + eventId, r.index());
                if (first != null) {
                    r.error(EVENT_ID, "intake.error.duplicateEvent", eventId, first);
                }
            }
            LocalDateTime received = batch.receivedAt(dossier);
            if (dossier != null && !batchCodes.contains(dossier) && !batchFailed.contains(dossier)) {
                StoredDossier known = stored.get(dossier);
                if (known == null) {
                    r.error(DOSSIER_CODE, "intake.error.unknownDossier", dossier);
                } else if (!scope.includes(known.path())) {
                    r.error(DOSSIER_CODE, "intake.error.dossierOutOfScope", dossier);
                } else {
                    received = known.receivedAt();
                }
            }
            checkTimes(r, at, stepDue, received);
            UnitVersion unit = DossierReader.unit(r, UNIT_CODE, unitCode, refs, at == null ? null : at.toLocalDate());
            if (unit != null && !scope.includes(unit.path())) {
                r.error(UNIT_CODE, "intake.error.unitOutOfScope", unitCode);
            }
            Long officer = DossierReader.officer(r, OFFICER_CODE, officerCode, refs, scope);
            if (r.errorCount() > errorsBefore || (dossier != null && batchFailed.contains(dossier))) {
                continue;
            }
            result.add(new IncomingEvent(dossier,
                    new DossierEventRecord(at, state, step, unit.id(), officer, stepDue, note, eventId)));
        }
        return result;
    }

    /** No step before its dossier was received (nor before 2000), no step deadline years away. */
    private void checkTimes(RawRecord r, LocalDateTime at, LocalDate stepDue, LocalDateTime received) {
        if (at != null && bounds.tooEarly(at.toLocalDate())) {
            r.error(EVENT_AT, "intake.error.beforeReports", TimeBounds.REPORTS_BEGIN.toString());
        } else if (at != null && received != null && at.isBefore(received)) {
            r.error(EVENT_AT, "intake.error.beforeReceived");
        }
        if (stepDue != null && bounds.tooEarly(stepDue)) {
            r.error(STEP_DUE_DATE, "intake.error.beforeReports", TimeBounds.REPORTS_BEGIN.toString());
        } else if (received != null && bounds.tooFarAfter(received.toLocalDate(), stepDue)) {
            r.error(STEP_DUE_DATE, "intake.error.tooFarAfterReceipt", bounds.maxYearsAfterReceipt());
        }
    }

    private static void addIfPresent(Set<String> set, String code) {
        if (code != null) {
            set.add(code);
        }
    }
}
