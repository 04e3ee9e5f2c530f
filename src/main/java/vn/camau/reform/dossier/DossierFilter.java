package vn.camau.reform.dossier;

import vn.camau.reform.base.period.Period;
import vn.camau.reform.adminunit.UnitStructure;

/**
 * The dossier list of a drill-down: dossiers under a unit, received or resolved within a period,
 * narrowed by procedure, field, officer, timing and channel. Null fields do not filter.
 *
 * @param status  EARLY, ON_TIME, LATE (resolved in the period), OPEN or OVERDUE (open now)
 * @param codeText part of a dossier code
 */
public record DossierFilter(long focusUnitId, UnitStructure structure, Period period, Long procedureId,
                            Long fieldId, Long officerId, DossierStatus status, Channel channel,
                            String codeText) {
}
