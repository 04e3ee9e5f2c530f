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
    private final LocalDateTime latestAllowed;
    private final Map<String, Integer> seen = new HashMap<>();

    EventReader(ReferenceCodeQuery query, UnitScope scope, LocalDateTime latestAllowed) {
        this.query = query;
        this.scope = scope;
        this.latestAllowed = latestAllowed;
    }

    /**
     * @param batchCodes the codes of the valid dossiers sent with these events
     * @param batchFailed the codes of dossiers sent with these events that were refused: their events
     *                    are not reported again as naming an unknown dossier
     */
    public List<IncomingEvent> read(List<? extends RawRecord> chunk, Set<String> batchCodes, Set<String> batchFailed) {
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
        Map<String, String> storedPaths = query.storedDossierPaths(dossiers);
        List<IncomingEvent> result = new ArrayList<>(chunk.size());
        for (RawRecord r : chunk) {
            int errorsBefore = r.errorCount();
            String eventId = r.requiredText(EVENT_ID, 100);
            String dossier = r.requiredText(DOSSIER_CODE, DossierReader.CODE_MAX);
            LocalDateTime at = r.required(EVENT_AT, r.dateTime(EVENT_AT));
            DossierState state = Enums.state(r, STATE, true);
            String step = r.requiredText(STEP_NAME, 200);
            String unitCode = r.requiredText(UNIT_CODE, 20);
            String officerCode = r.optionalText(OFFICER_CODE, 40);
            LocalDate stepDue = r.date(STEP_DUE_DATE);
            String note = r.optionalText(NOTE, 500);
            if (at != null && at.isAfter(latestAllowed)) {
                r.error(EVENT_AT, "intake.error.inFuture");
            }
            if (dossier != null && eventId != null) {
                Integer first = seen.putIfAbsent(dossier + '\n' + eventId, r.index());
                if (first != null) {
                    r.error(EVENT_ID, "intake.error.duplicateEvent", eventId, first);
                }
            }
            if (dossier != null && !batchCodes.contains(dossier) && !batchFailed.contains(dossier)) {
                String path = storedPaths.get(dossier);
                if (path == null) {
                    r.error(DOSSIER_CODE, "intake.error.unknownDossier", dossier);
                } else if (!scope.includes(path)) {
                    r.error(DOSSIER_CODE, "intake.error.dossierOutOfScope", dossier);
                }
            }
            UnitVersion unit = DossierReader.unit(r, UNIT_CODE, unitCode, refs, at == null ? null : at.toLocalDate());
            Long officer = null;
            if (officerCode != null) {
                officer = refs.officer(officerCode).map(ReferenceCodes.OfficerRef::id).orElse(null);
                if (officer == null) {
                    r.error(OFFICER_CODE, "intake.error.unknownOfficer", officerCode);
                }
            }
            if (r.errorCount() > errorsBefore || (dossier != null && batchFailed.contains(dossier))) {
                continue;
            }
            result.add(new IncomingEvent(dossier,
                    new DossierEventRecord(at, state, step, unit.id(), officer, stepDue, note, eventId)));
        }
        return result;
    }

    private static void addIfPresent(Set<String> set, String code) {
        if (code != null) {
            set.add(code);
        }
    }
}
