package vn.camau.reform.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One dossier with its timeline. {@code workingDaysLate} is computed for today while it is open.
 *
 * @param openTiming null once finished
 */
public record DossierDetail(long id, String code, String procedureCode, String procedureName,
                            String fieldName, String receivingUnitName, String handlingUnitName,
                            long handlingUnitId, Channel channel, DossierState state,
                            LocalDateTime receivedAt, LocalDate appointmentDate, LocalDate dueDate,
                            LocalDateTime resolvedAt, LocalDateTime returnedAt, LocalDateTime finishedAt,
                            Timing timing, OpenTiming openTiming, int workingDaysLate, boolean hasFee,
                            boolean paidOnline, boolean digitised, boolean returnedHome, Rating rating,
                            String applicantMasked, String handlingOfficerName, String responsibleStep,
                            String responsibleUnitName, String responsibleOfficerName,
                            List<DossierStep> steps) {
}
