package vn.camau.reform.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A dossier's dates as read back for display: when it was received, promised, due and finished.
 *
 * @param dueDate    the appointment moved by supplement requests (see {@link DossierTiming#dueDate})
 * @param resolvedAt null while not resolved
 * @param returnedAt null while the result was not returned
 * @param finishedAt null while open
 */
public record DossierDates(LocalDateTime receivedAt, LocalDate appointmentDate, LocalDate dueDate,
                           LocalDateTime resolvedAt, LocalDateTime returnedAt, LocalDateTime finishedAt) {
}
