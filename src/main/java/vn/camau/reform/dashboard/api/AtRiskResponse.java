package vn.camau.reform.dashboard.api;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.dossier.risk.AtRiskDossier;

/**
 * {@code GET /api/v1/at-risk}: the open dossiers of a unit (and below) not yet overdue whose late-risk
 * is at or above the threshold, riskiest first.
 *
 * @param total how many there are in all; {@code dossiers} holds the page asked for
 */
@JsonPropertyOrder({"unit", "asOf", "threshold", "total", "offset", "dossiers"})
record AtRiskResponse(IndicatorsResponse.UnitJson unit, LocalDate asOf, double threshold, int total, int offset,
                      List<Item> dossiers) {

    static AtRiskResponse of(ReportUnit unit, LocalDate asOf, double threshold, int minCases, int total, int offset,
                             List<AtRiskDossier> page) {
        return new AtRiskResponse(IndicatorsResponse.UnitJson.of(unit), asOf, threshold, total, offset,
                page.stream().map(a -> Item.of(a, minCases)).toList());
    }

    @JsonPropertyOrder({"code", "procedure", "handlingUnit", "dueDate", "holderUnit", "holderOfficer", "apologyState",
            "lateRisk"})
    record Item(String code, String procedure, String handlingUnit, LocalDate dueDate, String holderUnit,
                String holderOfficer, String apologyState, LateRiskJson lateRisk) {

        static Item of(AtRiskDossier a, int minCases) {
            return new Item(a.code(), a.procedureName(), a.handlingUnitName(), a.dueDate(), a.holderUnitName(),
                    a.holderOfficerName(), a.apologyState() == null ? null : a.apologyState().name(),
                    LateRiskJson.of(a.risk(), minCases));
        }
    }
}
