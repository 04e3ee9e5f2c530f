package vn.camau.reform.dossier.risk;

import java.time.LocalDate;

/**
 * An open dossier at risk of missing its due date, with who holds it and why it is at risk.
 *
 * @param apologyState its apology's state (DRAFT … PUBLISHED), null when none was started
 */
public record AtRiskDossier(long id, String code, String procedureName, long handlingUnitId, String handlingUnitName,
                            LocalDate dueDate, Long holderUnitId, String holderUnitName, Long holderOfficerId,
                            String holderOfficerName, String apologyState, LateRisk risk) {
}
