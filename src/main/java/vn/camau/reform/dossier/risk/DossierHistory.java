package vn.camau.reform.dossier.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.camau.reform.dossier.DossierState;

/**
 * A resolved dossier's steps, the material of the model: each event opens a step that lasts until
 * the next one.
 */
public record DossierHistory(long procedureId, LocalDate dueDate, LocalDate resolvedDay, List<Step> steps) {

    public record Step(LocalDate startDay, DossierState state, String name, long unitId, Long officerId) {
    }

    /**
     * The samples this dossier teaches: one per step that was working time (received or processing)
     * with no supplement request after it (the wait stopped the clock and moved the due date, which
     * the mornings before it could not know).
     */
    public List<StepSample> samples(WorkingDays days) {
        List<StepSample> out = new ArrayList<>(steps.size());
        int lastSupplement = -1;
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).state() == DossierState.SUPPLEMENT_REQUESTED) {
                lastSupplement = i;
            }
        }
        for (int i = lastSupplement + 1; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (!scored(s.state())) {
                continue;
            }
            LocalDate end = i + 1 < steps.size() ? steps.get(i + 1).startDay() : resolvedDay;
            if (end.isAfter(resolvedDay)) {
                end = resolvedDay;
            }
            out.add(new StepSample(procedureId, s.name(), s.unitId(), s.officerId(),
                    Math.max(0, days.between(s.startDay(), end)), days.between(s.startDay(), dueDate),
                    resolvedDay.isAfter(dueDate), resolvedDay));
        }
        return out;
    }

    /** The states in which a dossier's clock runs and an officer holds it: the steps the model scores. */
    public static boolean scored(DossierState state) {
        return state == DossierState.RECEIVED || state == DossierState.PROCESSING
                || state == DossierState.AWAITING_FINANCIAL_OBLIGATION;
    }
}
