package vn.camau.reform.dossier;

import java.time.LocalDate;

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
    DUE_MET("due_met", On.DUE),
    /** Refused at reception: never received, so counted apart, on the day of the refusal. */
    REFUSED("refused", On.REFUSED),
    WITHDRAWN("withdrawn", On.FINISHED),
    STOPPED("stopped", On.FINISHED),
    /** A wait for the applicant's supplement began (one per wait). */
    WAIT_START("wait_start", On.WAIT),
    /** A wait ended (the supplement arrived, or the dossier left the process). */
    WAIT_END("wait_end", On.WAIT),
    /** A waiting dossier's due date had passed, from this day (the later of the wait's start and the due date). */
    WAIT_DUE_START("wait_due_start", On.WAIT),
    /** ... until the wait ended on this day. */
    WAIT_DUE_END("wait_due_end", On.WAIT),
    /** Received, of a procedure offered fully online (toàn trình) at the time: the 766 online-services base. */
    ONLINE_ELIGIBLE("online_eligible", On.RECEIVED),
    /** ... and received online. */
    FULLY_ONLINE("fully_online", On.RECEIVED),
    /** Resolved with the result issued electronically. */
    RESULT_ELECTRONIC("result_electronic", On.RESOLVED),
    /** Received reusing already digitised data instead of asking for it again. */
    DATA_REUSED("data_reused", On.RECEIVED);

    /** Which of the dossier's dates a counter is kept on. */
    public enum On { RECEIVED, RESOLVED, FINISHED, DUE, REFUSED, WAIT }

    /** Where a counter's amounts go: a day and how much (a dossier may add to a counter on several days). */
    @FunctionalInterface
    public interface Sink {
        void add(LocalDate day, int amount);
    }

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

    /** Every amount a dossier adds to this counter, each on its day; nothing when the fact does not apply. */
    public void contribute(DossierFacts f, Sink sink) {
        if (this == REFUSED) {
            if (f.state() == DossierState.REFUSED_AT_RECEPTION) {
                sink.add(f.finished() != null ? f.finished() : f.received(), 1);
            }
            return;
        }
        if (!f.state().isReceived()) {
            return;
        }
        if (on == On.WAIT) {
            for (Wait w : f.waits()) {
                waitDay(w, f.due(), sink);
            }
            return;
        }
        int amount = amount(f);
        if (amount != 0) {
            sink.add(day(f), amount);
        }
    }

    private void waitDay(Wait w, LocalDate due, Sink sink) {
        LocalDate dueFrom = w.from().isAfter(due) ? w.from() : due;
        boolean pastDueWhileWaiting = w.until() == null || dueFrom.isBefore(w.until());
        switch (this) {
            case WAIT_START -> sink.add(w.from(), 1);
            case WAIT_END -> {
                if (w.until() != null) {
                    sink.add(w.until(), 1);
                }
            }
            case WAIT_DUE_START -> {
                if (pastDueWhileWaiting) {
                    sink.add(dueFrom, 1);
                }
            }
            case WAIT_DUE_END -> {
                if (pastDueWhileWaiting && w.until() != null) {
                    sink.add(w.until(), 1);
                }
            }
            default -> throw new IllegalStateException(name() + " is not a wait counter");
        }
    }

    /** The amount a received dossier adds to a one-day counter (0 when the fact does not apply). */
    private int amount(DossierFacts f) {
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
            case WITHDRAWN -> f.finished() != null && f.state() == DossierState.WITHDRAWN ? 1 : 0;
            case STOPPED -> f.finished() != null && f.state() == DossierState.STOPPED ? 1 : 0;
            case ONLINE_ELIGIBLE -> f.onlineLevel() == OnlineLevel.FULL ? 1 : 0;
            case FULLY_ONLINE -> f.onlineLevel() == OnlineLevel.FULL && f.channel() == Channel.ONLINE ? 1 : 0;
            case RESULT_ELECTRONIC -> f.resolved() != null && f.resultElectronic() ? 1 : 0;
            case DATA_REUSED -> f.dataReused() ? 1 : 0;
            case REFUSED, WAIT_START, WAIT_END, WAIT_DUE_START, WAIT_DUE_END ->
                    throw new IllegalStateException(name() + " is counted apart");
        };
    }

    /** The day a one-day counter's fact happened. */
    private LocalDate day(DossierFacts f) {
        return switch (on) {
            case RECEIVED -> f.received();
            case RESOLVED -> f.resolved();
            case FINISHED -> f.finished();
            case DUE -> f.due();
            case REFUSED, WAIT -> throw new IllegalStateException(name() + " is counted apart");
        };
    }
}
