package vn.camau.reform.evaluation;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A discipline decision on an officer: any in a year makes that year's ratings "not completed". */
public record DisciplineDecision(long id, long officerId, LocalDate decidedOn, DisciplineForm form,
                                 String decisionNumber, String note, String recordedByName, LocalDateTime recordedAt) {
}
