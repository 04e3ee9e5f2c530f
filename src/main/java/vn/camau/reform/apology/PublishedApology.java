package vn.camau.reform.apology;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A line of the public list of apologies, fit for a notice board or the portal: the applicant's
 * name masked ("Nguyễn V. A."), and nothing else personal (no phone, no address, no e-mail).
 */
public record PublishedApology(String dossierCode, String procedureName, String applicantMasked,
                               LocalDate originalDueDate, LocalDate newDueDate, String reason, String faultUnitName,
                               String letterNumber, LocalDate issuedOn, LocalDateTime publishedAt,
                               String publishedWhere) {
}
