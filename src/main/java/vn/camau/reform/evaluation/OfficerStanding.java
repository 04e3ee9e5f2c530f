package vn.camau.reform.evaluation;

import vn.camau.reform.officer.OfficerInfo;

/**
 * An officer's figures and place among the officers of their unit for a period.
 *
 * @param rank   1 for the best; equal figures share a rank (1, 2, 2, 4); officers without resolved
 *               dossiers come after everyone ranked, all with the same rank
 * @param noData no dossier they handled was resolved in the period, so there is no on-time share to rank by
 */
public record OfficerStanding(OfficerInfo officer, OfficerEvidence evidence, int rank, boolean noData) {
}
