package vn.camau.reform.dossier;

/**
 * The summary counters of {@code dossier_stat}, each kept on the day of the fact it counts. The
 * enum order is the column order used by the writers and readers.
 */
public enum StatCounter {
    RECEIVED("received", On.RECEIVED),
    RECEIVED_ONLINE("received_online", On.RECEIVED),
    RECEIVED_POSTAL("received_postal", On.RECEIVED),
    WITH_FEE("with_fee", On.RECEIVED),
    PAID_ONLINE("paid_online", On.RECEIVED),
    RESOLVED("resolved", On.RESOLVED),
    RESOLVED_EARLY("resolved_early", On.RESOLVED),
    RESOLVED_ON_TIME("resolved_on_time", On.RESOLVED),
    RESOLVED_LATE("resolved_late", On.RESOLVED),
    LATE_DAYS("late_days", On.RESOLVED),
    DIGITISED("digitised", On.RESOLVED),
    RETURNED_HOME("returned_home", On.RESOLVED),
    RATED("rated", On.RESOLVED),
    SATISFIED("satisfied", On.RESOLVED),
    FINISHED("finished", On.FINISHED),
    FINISHED_AFTER_DUE("finished_after_due", On.FINISHED),
    DUE("due", On.DUE),
    DUE_MET("due_met", On.DUE);

    /** Which of the dossier's dates a counter is kept on. */
    public enum On { RECEIVED, RESOLVED, FINISHED, DUE }

    private final String column;
    private final On on;

    StatCounter(String column, On on) {
        this.column = column;
        this.on = on;
    }

    public String column() {
        return column;
    }

    public On on() {
        return on;
    }

    /** The amount a dossier adds to this counter (0 when the fact does not apply). */
    public int amount(DossierFacts f) {
        if (!f.state().isReceived()) {
            return 0;
        }
        return switch (this) {
            case RECEIVED, DUE -> 1;
            case RECEIVED_ONLINE -> f.channel() == Channel.ONLINE ? 1 : 0;
            case RECEIVED_POSTAL -> f.channel() == Channel.POSTAL ? 1 : 0;
            case WITH_FEE -> f.hasFee() ? 1 : 0;
            case PAID_ONLINE -> f.hasFee() && f.paidOnline() ? 1 : 0;
            case RESOLVED -> f.resolved() != null ? 1 : 0;
            case RESOLVED_EARLY -> f.timing() == Timing.EARLY ? 1 : 0;
            case RESOLVED_ON_TIME -> f.timing() == Timing.ON_TIME ? 1 : 0;
            case RESOLVED_LATE -> f.timing() == Timing.LATE ? 1 : 0;
            case LATE_DAYS -> f.timing() == Timing.LATE ? f.lateWorkingDays() : 0;
            case DIGITISED -> f.resolved() != null && f.digitised() ? 1 : 0;
            case RETURNED_HOME -> f.resolved() != null && f.returnedHome() ? 1 : 0;
            case RATED -> f.resolved() != null && f.rating() != null ? 1 : 0;
            case SATISFIED -> f.resolved() != null && f.rating() != null && f.rating().isSatisfied() ? 1 : 0;
            case FINISHED -> f.finished() != null ? 1 : 0;
            case FINISHED_AFTER_DUE -> f.finished() != null && f.finished().isAfter(f.due()) ? 1 : 0;
            case DUE_MET -> f.finished() != null && !f.finished().isAfter(f.due()) ? 1 : 0;
        };
    }

    /** The day this counter's fact happened, or null when it has not. */
    public java.time.LocalDate day(DossierFacts f) {
        return switch (on) {
            case RECEIVED -> f.received();
            case RESOLVED -> f.resolved();
            case FINISHED -> f.finished();
            case DUE -> f.due();
        };
    }
}
