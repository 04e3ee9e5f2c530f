package vn.camau.reform.dashboard.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.dossier.risk.LateRisk;
import vn.camau.reform.dossier.risk.LateRiskReason;
import vn.camau.reform.dossier.risk.RiskBasis;

/**
 * A dossier's late-risk in the API: the probability (null when the step has too little history, never a
 * guessed figure), the reason in Vietnamese words, and its parts for a machine.
 */
@JsonPropertyOrder({"probability", "reason", "step", "typicalWorkingDays", "workingDaysInStep", "workingDaysLeft",
        "basis", "cases"})
record LateRiskJson(Double probability, String reason, String step, Integer typicalWorkingDays, int workingDaysInStep,
                    int workingDaysLeft, RiskBasis basis, int cases) {

    static LateRiskJson of(LateRisk r, int minCases) {
        return new LateRiskJson(r.probability(), LateRiskReason.words(r, minCases, VnFormats.VIETNAMESE), r.step(),
                r.typicalDays(), r.daysInStep(), r.daysLeft(), r.basis(), r.cases());
    }
}
