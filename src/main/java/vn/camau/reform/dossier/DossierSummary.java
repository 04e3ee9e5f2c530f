package vn.camau.reform.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of the dossier list. The applicant's name is masked (personal data). */
public record DossierSummary(long id, String code, String procedureName, String handlingUnitName,
                             Channel channel, DossierState state, LocalDateTime receivedAt,
                             LocalDate dueDate, LocalDateTime resolvedAt, Timing timing,
                             Integer lateWorkingDays, String officerName, String applicantMasked) {
}
