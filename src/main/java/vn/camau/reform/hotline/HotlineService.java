package vn.camau.reform.hotline;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hotline complaint log of DOMAIN §7. Every read is scoped to the caller's unit (a report is
 * theirs when the unit it concerns, or the unit it is assigned to, is in their scope); reports about
 * the caller themselves (as the officer reported on) are never shown to them. Every write names the
 * version it read; a stale one is refused with "changed meanwhile", naming who changed it.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class HotlineService {

    /** Logs a new report with its attachments; all or nothing. Returns its id. */
    public long intake(HotlineIntake intake) {
        throw new UnsupportedOperationException("in progress");
    }

    public Optional<HotlineReport> find(long id) {
        throw new UnsupportedOperationException("in progress");
    }

    public List<HotlineRow> list(HotlineFilter filter, int offset, int limit) {
        throw new UnsupportedOperationException("in progress");
    }

    public int count(HotlineFilter filter) {
        throw new UnsupportedOperationException("in progress");
    }

    /** How many reports each queue holds for the caller (for the badges of the queue tabs). */
    public java.util.Map<HotlineQueue, Integer> queueCounts() {
        throw new UnsupportedOperationException("in progress");
    }

    public List<HotlineEvent> history(long id) {
        throw new UnsupportedOperationException("in progress");
    }

    public List<HotlineAttachment> attachments(long id) {
        throw new UnsupportedOperationException("in progress");
    }

    /** The file's bytes, when its report is in the caller's scope. */
    public byte[] attachmentContent(long reportId, long attachmentId) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Adds files to a report (type- and size-checked). */
    public void attach(long id, int version, List<AttachmentUpload> files) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Reports with the same phone number or dossier within the duplicate window of this one. */
    public List<DuplicateHint> duplicates(long id) {
        throw new UnsupportedOperationException("in progress");
    }

    /**
     * The reporter in full, for the assigned inspector or an inspection leader, never for the officer
     * reported on. Logged with the purpose given; refused for anyone else.
     */
    public Reporter revealReporter(long id, String purpose) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Inspectors (and inspection leaders) in scope that a report can be assigned to. */
    public List<Assignee> assignees() {
        throw new UnsupportedOperationException("in progress");
    }

    /** Corrects the category, unit, officer or dossier; a new category resets the answer deadline. */
    public void reclassify(long id, int version, HotlineClassification classification) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Forwards the report to a unit and/or an inspector. */
    public void assign(long id, int version, Long unitId, Long assigneeId, String comment) {
        throw new UnsupportedOperationException("in progress");
    }

    /** A verification note; the first one moves an assigned report into verification. */
    public void addNote(long id, int version, String text) {
        throw new UnsupportedOperationException("in progress");
    }

    /** The answer given to the citizen. */
    public void answer(long id, int version, String text, HotlineChannel channel, LocalDateTime answeredAt) {
        throw new UnsupportedOperationException("in progress");
    }

    public void recordSatisfaction(long id, int version, Satisfaction satisfaction) {
        throw new UnsupportedOperationException("in progress");
    }

    /** The leader's finding and the action on the officer. */
    public void conclude(long id, int version, Conclusion conclusion, OfficerAction action, String note) {
        throw new UnsupportedOperationException("in progress");
    }

    public void close(long id, int version) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Reopens a closed or concluded report whose citizen was not satisfied; a new deadline runs. */
    public void reopen(long id, int version, String reason) {
        throw new UnsupportedOperationException("in progress");
    }
}
