package vn.camau.reform.dashboard.index766;

import vn.camau.reform.base.period.Ratio;
import vn.camau.reform.dashboard.Indicators;
import vn.camau.reform.dossier.StatCounter;

/**
 * How a sub-indicator's ratio is measured from a unit's figures, as stored in
 * {@code index766_indicator.measure}. {@link #NOT_COMPUTABLE} marks a sub-indicator whose data is
 * not held here: it is left out of the total and the maximum is reduced, said on screen by its
 * "needs" key rather than scored 0.
 */
public enum Measure {
    /** Resolved early or on time ÷ resolved. */
    RESOLVED_ON_TIME,
    /** Resolved early or on time ÷ received: the national progress formula (may pass 100%, capped by the score). */
    RESOLVED_ON_TIME_OF_RECEIVED,
    /** Received online ÷ received. */
    RECEIVED_ONLINE,
    /** Paid online ÷ received with a fee. */
    PAID_ONLINE,
    /** Resolved with a digitised result ÷ resolved. */
    RESULTS_DIGITISED,
    /** Satisfied ÷ rated. */
    CITIZENS_SATISFIED,
    /** Hotline answer rounds answered on time ÷ due. */
    HOTLINE_ON_TIME,
    /** Hotline answers the citizen was satisfied with ÷ answers rated. */
    HOTLINE_SATISFIED,
    /** Fully online (a procedure offered fully online, received online) ÷ received of such procedures. */
    FULLY_ONLINE,
    /** Resolved with an electronic result ÷ resolved. */
    RESULT_ELECTRONIC,
    /** Received reusing digitised data ÷ received. */
    DATA_REUSED,
    NOT_COMPUTABLE;

    public boolean computable() {
        return this != NOT_COMPUTABLE;
    }

    /** The ratio over the figures; null when the measure is not computable here. */
    public Ratio ratio(Indicators i) {
        return switch (this) {
            case RESOLVED_ON_TIME -> new Ratio(i.get(StatCounter.RESOLVED_EARLY) + i.get(StatCounter.RESOLVED_ON_TIME),
                    i.get(StatCounter.RESOLVED));
            case RESOLVED_ON_TIME_OF_RECEIVED -> new Ratio(
                    i.get(StatCounter.RESOLVED_EARLY) + i.get(StatCounter.RESOLVED_ON_TIME), i.get(StatCounter.RECEIVED));
            case RECEIVED_ONLINE -> new Ratio(i.get(StatCounter.RECEIVED_ONLINE), i.get(StatCounter.RECEIVED));
            case PAID_ONLINE -> new Ratio(i.get(StatCounter.PAID_ONLINE), i.get(StatCounter.WITH_FEE));
            case RESULTS_DIGITISED -> new Ratio(i.get(StatCounter.DIGITISED), i.get(StatCounter.RESOLVED));
            case CITIZENS_SATISFIED -> new Ratio(i.get(StatCounter.SATISFIED), i.get(StatCounter.RATED));
            case HOTLINE_ON_TIME -> i.hotline().onTimeRatio();
            case HOTLINE_SATISFIED -> i.hotline().satisfactionRatio();
            case FULLY_ONLINE -> new Ratio(i.get(StatCounter.FULLY_ONLINE), i.get(StatCounter.ONLINE_ELIGIBLE));
            case RESULT_ELECTRONIC -> new Ratio(i.get(StatCounter.RESULT_ELECTRONIC), i.get(StatCounter.RESOLVED));
            case DATA_REUSED -> new Ratio(i.get(StatCounter.DATA_REUSED), i.get(StatCounter.RECEIVED));
            case NOT_COMPUTABLE -> null;
        };
    }

    /** The translation key of the formula shown beside the figures. */
    public String formulaKey() {
        return "index766.measure." + name() + ".formula";
    }
}
