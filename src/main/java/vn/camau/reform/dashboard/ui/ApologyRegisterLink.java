package vn.camau.reform.dashboard.ui;

import vn.camau.reform.base.period.Period;

/**
 * Links into the apology register (route {@code apologies}, the apology feature's screen). A plain
 * route string, not the view's class: the dashboard does not depend on that feature.
 */
final class ApologyRegisterLink {

    static final String ROUTE = "apologies";

    private ApologyRegisterLink() {
    }

    /** The unit's apologies whose new appointment date was missed too, for dossiers due in the period. */
    static String secondMisses(long unitId, Period period) {
        // ids and ISO dates need no escaping
        return ROUTE + "?unit=" + unitId + "&from=" + period.from() + "&to=" + period.to() + "&secondMiss=true";
    }
}
