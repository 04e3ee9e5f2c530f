package vn.camau.reform.dossier.risk;

import java.time.LocalDate;

import vn.camau.reform.dossier.ApologyStage;

/**
 * An open dossier at risk of missing its due date, with who holds it and why it is at risk.
 *
 * @param apologyState how far its apology has got (the apology feature's state), null when none was started
 */
public record AtRiskDossier(long id, String code, String procedureName, long handlingUnitId, String handlingUnitName,
                            LocalDate dueDate, Long holderUnitId, String holderUnitName, Long holderOfficerId,
                            String holderOfficerName, ApologyStage apologyState, LateRisk risk) {
}
