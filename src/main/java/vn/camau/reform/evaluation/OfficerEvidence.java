package vn.camau.reform.evaluation;

import vn.camau.reform.base.period.Ratio;

/**
 * What the records say of an officer in a period, shown beside their rating and editable by nobody.
 *
 * @param resolved        dossiers they handled that were resolved in the period
 * @param resolvedInTime  of those, resolved early or on time
 * @param lateCaused      dossiers whose due date passed in the period while the step late was theirs
 * @param apologiesCaused apologies signed in the period for dossiers late at their step
 * @param hotlineReports  hotline reports about them received in the period
 * @param hotlineFounded  of those, concluded founded or partly founded
 * @param rated           citizen ratings of the dossiers they resolved
 * @param satisfied       of those, satisfied
 */
public record OfficerEvidence(long resolved, long resolvedInTime, long lateCaused, long apologiesCaused,
                              long hotlineReports, long hotlineFounded, long rated, long satisfied) {

    public Ratio onTime() {
        return new Ratio(resolvedInTime, resolved);
    }

    public Ratio satisfaction() {
        return new Ratio(satisfied, rated);
    }
}
