package vn.camau.reform.ingest.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import vn.camau.reform.dossier.BatchOutcome;
import vn.camau.reform.ingest.IntakeReceipt;

/** The intake API's answers. */
final class IntakeResponse {

    private IntakeResponse() {
    }

    @JsonPropertyOrder({"batchId", "dossiers", "events"})
    record Stored(long batchId, DossierCounts dossiers, EventCounts events) {
    }

    /** {@code stale}: snapshots older than the one stored, ignored. */
    record DossierCounts(int received, int created, int updated, int unchanged, int stale) {
    }

    /** {@code duplicate}: events already stored under the same event id, ignored. */
    record EventCounts(int received, int stored, int duplicate) {
    }

    /**
     * @param errorCount every error found; {@code errors} lists the first 1,000
     */
    @JsonPropertyOrder({"error", "message", "errorCount", "errors"})
    record Refused(String error, String message, int errorCount, List<RecordError> errors) {
    }

    /**
     * @param record  {@code dossiers} or {@code events} (or {@code batch} for the body as a whole)
     * @param index   position in that list, from 0
     * @param code    stable machine code of the problem
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"record", "index", "field", "code", "message"})
    record RecordError(String record, int index, String field, String code, String message) {
    }

    static Stored of(IntakeReceipt r) {
        BatchOutcome o = r.outcome();
        return new Stored(r.batchId(),
                new DossierCounts(r.dossiers(), o.created(), o.updated(), o.unchanged(), o.staleSnapshots()),
                new EventCounts(r.events(), o.eventsStored(), o.eventsDuplicate()));
    }
}
