package vn.camau.reform.apology;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An apology as the register and its page show it. The applicant's name is masked: the full name
 * appears only on the letter itself, which goes to the applicant.
 *
 * @param issueDeadline the last day the letter counted as in time (set when signed)
 * @param outcome       whether the new appointment date was kept, once signed
 */
public record Apology(long id, int version, long dossierId, String dossierCode, String procedureName,
                      long handlingUnitId, String handlingUnitName, long faultUnitId, String faultUnitName,
                      String applicantMasked, LocalDateTime receivedAt, ApologyState state, String reason,
                      LocalDate originalDueDate, LocalDate newDueDate, DeliveryChannel channel,
                      boolean declaredLate, String letterNumber, String signerName, String signerTitle,
                      LocalDate issuedOn, LocalDate issueDeadline, LocalDateTime sentAt,
                      LocalDateTime publishedAt, String publishedWhere, String returnComment,
                      String createdByName, LocalDateTime createdAt, ApologyOutcome outcome) {

    /** In time (signed at least the lead time before the original date), late, or null while unsigned. */
    public Boolean issuedInTime() {
        return issuedOn == null ? null : !issuedOn.isAfter(issueDeadline);
    }

    /** The new appointment date was missed as well: the case that must stand out everywhere. */
    public boolean secondMiss() {
        return state.isSigned() && outcome == ApologyOutcome.MISSED;
    }
}
