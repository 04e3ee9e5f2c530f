package vn.camau.reform.dashboard;

import java.util.function.Function;
import vn.camau.reform.base.period.Ratio;
import vn.camau.reform.dossier.StatCounter;

/**
 * The rates of DOMAIN §5. Each names its formula by translation key ({@code indicator.<key>} for the
 * label, {@code indicator.<key>.formula} for the formula), so every figure can say how it was made.
 */
public enum IndicatorKind {
    /** (early + on time) ÷ resolved in the period. */
    ON_TIME("on-time", i -> new Ratio(i.get(StatCounter.RESOLVED_EARLY) + i.get(StatCounter.RESOLVED_ON_TIME),
            i.get(StatCounter.RESOLVED))),
    /** 100% − (late resolved + overdue open) ÷ (received + carried over). */
    ON_TIME_STRICT("on-time-strict", i -> new Ratio(i.handledStrict() - i.lateStrict(), i.handledStrict())),
    ONLINE("online", i -> new Ratio(i.get(StatCounter.RECEIVED_ONLINE), i.get(StatCounter.RECEIVED))),
    ONLINE_PAYMENT("online-payment", i -> new Ratio(i.get(StatCounter.PAID_ONLINE), i.get(StatCounter.WITH_FEE))),
    DIGITISATION("digitisation", i -> new Ratio(i.get(StatCounter.DIGITISED), i.get(StatCounter.RESOLVED))),
    SATISFACTION("satisfaction", i -> new Ratio(i.get(StatCounter.SATISFIED), i.get(StatCounter.RATED))),
    /** Late dossiers with an apology issued in time ÷ dossiers that became late in the period. */
    APOLOGY("apology", i -> i.apology().ratio()),
    /** Hotline reports answered on or before their due date ÷ reports due in the period. */
    HOTLINE_ON_TIME("hotline-on-time", i -> i.hotline().onTimeRatio()),
    /** Satisfied ÷ (satisfied + not satisfied) among hotline reports received in the period. */
    HOTLINE_SATISFACTION("hotline-satisfaction", i -> i.hotline().satisfactionRatio());

    private final String key;
    private final Function<Indicators, Ratio> formula;

    IndicatorKind(String key, Function<Indicators, Ratio> formula) {
        this.key = key;
        this.formula = formula;
    }

    public String key() {
        return key;
    }

    public Ratio ratio(Indicators indicators) {
        return formula.apply(indicators);
    }
}
