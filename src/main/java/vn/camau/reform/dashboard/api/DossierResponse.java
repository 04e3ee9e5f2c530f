package vn.camau.reform.dashboard.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierDates;
import vn.camau.reform.dossier.DossierDetail;
import vn.camau.reform.dossier.DossierState;
import vn.camau.reform.dossier.DossierStep;
import vn.camau.reform.dossier.OpenTiming;
import vn.camau.reform.dossier.Rating;
import vn.camau.reform.dossier.ServiceFlags;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.dossier.Timing;
import vn.camau.reform.dashboard.api.IndicatorsResponse;

/**
 * {@code GET /api/v1/dossiers/{code}}: one dossier, its classification and its steps. Leaves out
 * the applicant entirely (name, phone, e-mail: personal data the operations centre does not need)
 * and the steps' free-text notes, which may quote them.
 */
@JsonPropertyOrder({"code", "procedure", "handlingUnit", "receivingUnit", "channel", "state", "stateCode",
        "classification", "dates", "service", "handlingOfficer", "responsible", "steps", "lateRisk"})
record DossierResponse(String code, Procedure procedure, IndicatorsResponse.UnitJson handlingUnit,
                       String receivingUnit, Channel channel, DossierState state, int stateCode,
                       Classification classification, @JsonUnwrapped Dates dates, @JsonUnwrapped Service service,
                       String handlingOfficer, Responsible responsible, List<Step> steps, LateRiskJson lateRisk) {

    /**
     * @param lateRisk the early warning (issue 21): present for an open dossier at or above the threshold,
     *                 or with too little history to say; null otherwise
     */
    static DossierResponse of(DossierDetail d, ReportUnit handlingUnit, LocalDate today, LateRiskJson lateRisk) {
        DossierDates t = d.dates();
        ServiceFlags s = d.service();
        return new DossierResponse(d.code(),
                new Procedure(d.procedure().code(), d.procedure().name(), d.procedure().fieldName()),
                IndicatorsResponse.UnitJson.of(handlingUnit), d.receivingUnitName(), d.channel(), d.state(),
                d.state().code(),
                new Classification(d.timing(), d.openTiming(), d.workingDaysLate(),
                        d.openTiming() != null ? today : t.finishedAt() == null ? null : t.finishedAt().toLocalDate()),
                new Dates(t.receivedAt(), t.appointmentDate(), t.dueDate(), t.resolvedAt(), t.returnedAt(),
                        t.finishedAt()),
                new Service(s.hasFee(), s.paidOnline(), s.digitised(), s.returnedHome(), s.rating()),
                d.handlingOfficerName(),
                new Responsible(d.responsible().step(), d.responsible().unitName(), d.responsible().officerName()),
                d.steps().stream().map(Step::of).toList(), lateRisk);
    }

    record Procedure(String code, String name, String field) {
    }

    /** The dossier's dates, flattened into the answer. */
    @JsonPropertyOrder({"receivedAt", "appointmentDate", "dueDate", "resolvedAt", "returnedAt", "finishedAt"})
    record Dates(LocalDateTime receivedAt, LocalDate appointmentDate, LocalDate dueDate, LocalDateTime resolvedAt,
                 LocalDateTime returnedAt, LocalDateTime finishedAt) {
    }

    /** How the dossier was served, flattened into the answer. */
    @JsonPropertyOrder({"hasFee", "paidOnline", "digitised", "returnedHome", "rating"})
    record Service(boolean hasFee, boolean paidOnline, boolean digitised, boolean returnedHome, Rating rating) {
    }

    /**
     * @param timing          EARLY, ON_TIME or LATE once resolved (by date against the due date); null otherwise
     * @param openTiming      ON_TRACK, DUE_SOON, OVERDUE or WAITING (for the applicant's supplement: the clock
     *                        stopped) while open; null once finished
     * @param workingDaysLate working days past the due date: at resolution, or as of today while open
     * @param asOf            the day the open classification and lateness were judged on
     */
    @JsonPropertyOrder({"timing", "openTiming", "workingDaysLate", "asOf"})
    record Classification(Timing timing, OpenTiming openTiming, int workingDaysLate, LocalDate asOf) {
    }

    /** Who holds the dossier now (open) or whose step overran (late). */
    record Responsible(String step, String unit, String officer) {
    }

    @JsonPropertyOrder({"startedAt", "endedAt", "state", "step", "unit", "officer", "stepDueDate",
            "overrunWorkingDays"})
    record Step(LocalDateTime startedAt, LocalDateTime endedAt, DossierState state, String step, String unit,
                String officer, LocalDate stepDueDate, int overrunWorkingDays) {

        static Step of(DossierStep s) {
            return new Step(s.startedAt(), s.endedAt(), s.state(), s.stepName(), s.unitName(), s.officerName(),
                    s.stepDueDate(), s.overrunWorkingDays());
        }
    }
}
