package vn.camau.reform.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A step of the timeline: from {@code startedAt} until {@code endedAt} (null while current), held
 * by a unit and officer with their own share of the time. {@code overrunWorkingDays} &gt; 0 marks the
 * step that made the dossier late.
 */
public record DossierStep(LocalDateTime startedAt, LocalDateTime endedAt, DossierState state, String stepName,
                          String unitName, String officerName, LocalDate stepDueDate, int overrunWorkingDays,
                          String note) {
}
