package vn.camau.reform.apology;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.camau.reform.apology.repository.ApologyBulkRepository;

/**
 * What another part of the application (the demo load) may write apologies in bulk with: letters and
 * their steps as they stand, ids included, without the workflow's checks (a new date not in the past,
 * …), which judge today's actions rather than a history being recreated, and with no user signed in.
 */
@Component
public class ApologyBulkWriter {

    /** One letter as stored. */
    public record Letter(long id, long dossierId, long unitId, ApologyState state, String reason,
                         LocalDate originalDueDate, LocalDate newDueDate, DeliveryChannel channel,
                         boolean declaredLate, String letterNumber, int numberYear, int numberSeq, String signerName,
                         String signerTitle, LocalDate issuedOn, LocalDate issueDeadline, LocalDateTime sentAt,
                         LocalDateTime publishedAt, String publishedWhere, long createdBy, LocalDateTime createdAt) {
    }

    /** One step of a letter's history as stored. */
    public record Step(long id, long apologyId, ApologyAction action, long userId, LocalDateTime actedAt,
                       String comment, DeliveryChannel channel) {
    }

    private final ApologyBulkRepository repository;

    ApologyBulkWriter(ApologyBulkRepository repository) {
        this.repository = repository;
    }

    /** Writes the letters, then their steps, in one transaction, in list order; returns how many letters. */
    public int insert(List<Letter> letters, List<Step> steps) {
        return repository.insert(letters, steps);
    }

    /**
     * Removes every letter and its steps: only for a database that has only ever held generated data, such as a demo
     * load that died half-way. Before the dossiers they name.
     */
    public void deleteAll() {
        repository.deleteAll();
    }
}
