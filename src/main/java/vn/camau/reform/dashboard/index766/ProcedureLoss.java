package vn.camau.reform.dashboard.index766;

import java.math.BigDecimal;
import vn.camau.reform.dashboard.ProcedureRow;

/**
 * A procedure under the focus unit and the points its dossiers cost the unit's index: what the
 * unit's total would gain if this procedure's dossiers alone had all met the sub-indicators
 * (resolved on time, received and paid online, digitised, rated satisfied), the rest unchanged.
 */
public record ProcedureLoss(ProcedureRow procedure, BigDecimal pointsLost) {
}
