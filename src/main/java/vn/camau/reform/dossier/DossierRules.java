package vn.camau.reform.dossier;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;

import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.dossier.query.CatalogQuery;

/**
 * Derives what the rules decide from what the one-stop system reported: the due date under the
 * configured supplement rule, lateness in working days, and who owns the lateness (the step that
 * overran its own share by the most working days) or, while open, who holds the dossier.
 */
@Component
public class DossierRules {

    private final CalendarService calendar;
    private final DossierSettingsService settings;
    private final CatalogQuery catalog;

    DossierRules(CalendarService calendar, DossierSettingsService settings, CatalogQuery catalog) {
        this.calendar = calendar;
        this.settings = settings;
        this.catalog = catalog;
    }

    public DossierRecord derive(DossierRecord r) {
        return deriver().apply(r);
    }

    /**
     * The rules as they stand now, for deriving many dossiers: the calendar, the settings and each
     * procedure's limit are read once, not once a dossier.
     */
    public UnaryOperator<DossierRecord> deriver() {
        WorkingCalendar cal = calendar.calendar();
        SupplementRule rule = settings.current().supplementRule();
        Map<Long, Integer> limits = new HashMap<>();
        return r -> derive(r, cal, rule, limits.computeIfAbsent(r.procedureId(), catalog::effectiveLimit));
    }

    private static DossierRecord derive(DossierRecord r, WorkingCalendar cal, SupplementRule rule, int limit) {
        List<DossierEventRecord> events = r.events().stream()
                .sorted(Comparator.comparing(DossierEventRecord::eventAt)).toList();
        LocalDate due = DossierTiming.dueDate(cal, r.appointmentDate(), supplements(events), rule, limit);
        LocalDate resolved = r.resolvedAt() == null ? null : r.resolvedAt().toLocalDate();
        int late = resolved == null ? 0 : DossierTiming.workingDaysLate(cal, due, resolved);
        DossierRecord.Responsible responsible = r.responsible();
        if (!events.isEmpty()) {
            DossierEventRecord owner = r.state().isOpen() ? events.getLast() : mostOverrun(cal, events, r);
            if (owner != null) {
                responsible = new DossierRecord.Responsible(owner.stepName(), owner.unitId(), owner.officerId());
            }
        }
        return new DossierRecord(r.code(), r.procedureId(), r.receivingUnitId(), r.handlingUnitId(), r.channel(),
                r.state(), r.receivedAt(), r.appointmentDate(), due, r.resolvedAt(), r.returnedAt(), r.finishedAt(),
                late, r.service(), r.applicant(), r.handlingOfficerId(), responsible, r.events());
    }

    /** A supplement request runs from its event until the next event (the applicant's answer). */
    static List<DossierTiming.SupplementPeriod> supplements(List<DossierEventRecord> events) {
        return Wait.of(events, null).stream()
                .map(w -> new DossierTiming.SupplementPeriod(w.from(), w.until())).toList();
    }

    /**
     * The step whose end came most working days after its own due date; null when no step overran
     * (a dossier can be late with every step on time when the shares were set too generously).
     * Time the applicant held the dossier is never an officer's fault.
     */
    private static DossierEventRecord mostOverrun(WorkingCalendar cal, List<DossierEventRecord> events,
                                                  DossierRecord r) {
        DossierEventRecord worst = null;
        int worstDays = 0;
        for (int i = 0; i < events.size(); i++) {
            DossierEventRecord e = events.get(i);
            if (e.stepDueDate() == null || e.state() == DossierState.SUPPLEMENT_REQUESTED || e.state().isFinished()) {
                continue;
            }
            LocalDate end = i + 1 < events.size() ? events.get(i + 1).eventAt().toLocalDate()
                    : r.finishedAt() == null ? null : r.finishedAt().toLocalDate();
            if (end == null) {
                continue;
            }
            int days = DossierTiming.workingDaysLate(cal, e.stepDueDate(), end);
            if (days > worstDays) {
                worst = e;
                worstDays = days;
            }
        }
        return worst;
    }
}
