package vn.camau.reform.dashboard.ui;

import java.time.LocalDate;

import vn.camau.reform.base.period.Period;
import vn.camau.reform.adminunit.ReportUnit;

/**
 * Links into the inspectors' hotline queue (route {@code hotline}, the hotline feature's screen). A
 * plain route string, not the view's class: the dashboard does not depend on that feature.
 */
final class HotlineQueueLink {

    static final String ROUTE = "hotline";

    private HotlineQueueLink() {
    }

    /**
     * The reports behind the overdue figure: the queue's overdue tab narrowed to the unit (and
     * below) and the period, counted as the figure counts them ({@code asof}: at the period's end, or
     * today while it runs), so the card's number is the number of rows it opens. Reports concern
     * today's units only, so a former unit's link opens today's overdue queue (which says so) rather
     * than a filter the queue would refuse.
     */
    static String overdue(ReportUnit unit, Period period, LocalDate today) {
        LocalDate asOf = period.to().isBefore(today) ? period.to() : today;
        // ids and ISO dates need no escaping
        return unit.isFormer() ? ROUTE + "?queue=OVERDUE"
                : ROUTE + "?queue=OVERDUE&unit=" + unit.id() + "&from=" + period.from() + "&to=" + period.to()
                + "&asof=" + asOf;
    }
}
