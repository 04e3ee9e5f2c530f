package vn.camau.reform.hotline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.camau.reform.hotline.repository.HotlineBulkRepository;

/**
 * What another part of the application (the demo load) may write hotline reports in bulk with: reports,
 * their history and answer rounds as they stand, ids included, without the workflow's checks, which
 * judge today's actions rather than a year being recreated, and with no user signed in.
 */
@Component
public class HotlineBulkWriter {

    /** One report as stored. */
    public record Report(long id, String code, int year, int seq, HotlineChannel channel, LocalDateTime receivedAt,
                         boolean anonymous, String reporterName, String reporterPhone, String reporterEmail,
                         HotlineCategory category, long unitId, Long officerId, Long dossierId, String description,
                         HotlineState state, LocalDate assignDueDate, LocalDate dueDate, Long assignedUnitId,
                         Long assigneeId, LocalDateTime assignedAt, String answerText, HotlineChannel answerChannel,
                         LocalDateTime answeredAt, Long answeredBy, Satisfaction satisfaction, Conclusion conclusion,
                         OfficerAction officerAction, String conclusionNote, Long concludedBy,
                         LocalDateTime concludedAt, LocalDateTime closedAt, int reopenCount, long createdBy,
                         LocalDateTime createdAt, long updatedBy, LocalDateTime updatedAt, int version) {
    }

    /** One event of a report's history as stored, with the fields it changed. */
    public record Event(long id, long reportId, HotlineAction action, long userId, LocalDateTime actedAt,
                        String details, List<HotlineChange> changes) {
    }

    /** One answer round of a report as stored. */
    public record AnswerRound(long reportId, int roundNo, LocalDateTime openedAt, LocalDate dueDate,
                              LocalDateTime answeredAt, Satisfaction satisfaction, LocalDateTime satisfactionAt,
                              Conclusion conclusion, LocalDateTime concludedAt, LocalDateTime reopenedAt) {
    }

    private final HotlineBulkRepository repository;

    HotlineBulkWriter(HotlineBulkRepository repository) {
        this.repository = repository;
    }

    /**
     * Writes the reports, their events (and what each changed) and answer rounds in one transaction, in
     * list order; returns how many reports.
     */
    public int insert(List<Report> reports, List<Event> events, List<AnswerRound> rounds) {
        return repository.insert(reports, events, rounds);
    }

    /**
     * Removes every report with its history, rounds, attachments and reveals: only for a database that has only ever held generated data, such as a demo
     * load that died half-way. Before the dossiers and officers they name.
     */
    public void deleteAll() {
        repository.deleteAll();
    }
}
