package vn.camau.reform.dashboard.report;

import java.time.LocalDate;
import java.time.LocalDateTime;

import vn.camau.reform.base.period.PeriodKind;

/**
 * A stored report as the list shows it (its files are fetched apart, one at a time).
 *
 * @param generatedBy the user who asked for it; null when the monthly job wrote it
 * @param mailedAt    when it was e-mailed to the unit's leaders; null when it was not
 */
public record MonthlyReport(long id, long unitId, String unitName, PeriodKind kind, LocalDate periodStart,
                            LocalDate periodEnd, String number, LocalDateTime generatedAt, LocalDate figuresAsOf,
                            String generatedBy, LocalDateTime mailedAt) {

    public boolean byJob() {
        return generatedBy == null;
    }
}
