package vn.camau.reform.evaluation.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import vn.camau.reform.evaluation.EvaluationState;
import vn.camau.reform.evaluation.RatingLevel;

/** A rating as stored, with who it concerns and who may act on it. */
public record EvaluationRow(long id, long cycleId, long cycleUnitId, long ruleSetId, LocalDate periodStart,
                            LocalDate periodEnd, LocalDate selfDeadline, boolean cycleOpen, long officerId, String officerName, String position,
                            long officerUnitId, String officerUnitName, String officerUnitPath, Long officerUserId,
                            String managerName, Long managerUserId, EvaluationState state,
                            BigDecimal selfGeneral, BigDecimal selfTask, RatingLevel selfLevel, String selfComment,
                            LocalDateTime selfAt, BigDecimal proposedGeneral, BigDecimal proposedTask,
                            RatingLevel proposedLevel, String proposalComment, String proposedByName,
                            LocalDateTime proposedAt, String reviewComment, String reviewedByName,
                            LocalDateTime reviewedAt, RatingLevel finalLevel, BigDecimal finalScore, String approvedByName,
                            LocalDateTime approvedAt, String returnComment, int version) {
}
