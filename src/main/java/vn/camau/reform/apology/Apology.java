package vn.camau.reform.apology;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An apology as the register and its page show it. The applicant's name is masked: the full name
 * appears only on the letter itself, which goes to the applicant.
 *
 * @param outcome whether the new appointment date was kept, once signed
 */
public record Apology(long id, int version, Dossier dossier, long faultUnitId, String faultUnitName,
                      ApologyState state, String reason, LocalDate originalDueDate, LocalDate newDueDate,
                      boolean declaredLate, Letter letter, Delivery delivery, Publication publication,
                      String returnComment, String createdByName, LocalDateTime createdAt, ApologyOutcome outcome) {

    /** The late dossier apologised for, as received; the applicant's name masked. */
    public record Dossier(long id, String code, String procedureName, long handlingUnitId, String handlingUnitName,
                          String applicantMasked, LocalDateTime receivedAt) {
    }

    /**
     * The letter as signed; number, signer and date are empty while it is a draft.
     *
     * @param issueDeadline the last day the letter counted as in time (set when signed)
     */
    public record Letter(String number, String signerName, String signerTitle, LocalDate issuedOn,
                         LocalDate issueDeadline) {
    }

    /** How the letter goes to the applicant, and when it went (empty until sent). */
    public record Delivery(DeliveryChannel channel, LocalDateTime sentAt) {
    }

    /** Where and when the apology was made public, as Cà Mau's rule asks; empty until published. */
    public record Publication(LocalDateTime at, String where) {
    }

    /** In time (signed at least the lead time before the original date), late, or null while unsigned. */
    public Boolean issuedInTime() {
        return letter.issuedOn() == null ? null : !letter.issuedOn().isAfter(letter.issueDeadline());
    }

    /** The new appointment date was missed as well: the case that must stand out everywhere. */
    public boolean secondMiss() {
        return state.isSigned() && outcome == ApologyOutcome.MISSED;
    }
}
