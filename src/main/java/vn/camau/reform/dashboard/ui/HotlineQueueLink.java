package vn.camau.reform.dashboard.ui;

import vn.camau.reform.dossier.Period;
import vn.camau.reform.dossier.ReportUnit;

/**
 * Links into the inspectors' hotline queue (route {@code hotline}, the hotline feature's screen). A
 * plain route string, not the view's class: the dashboard does not depend on that feature.
 */
final class HotlineQueueLink {

    static final String ROUTE = "hotline";

    private HotlineQueueLink() {
    }

    /**
     * The overdue queue, narrowed to the unit (and below) and the reports received in the period,
     * as the overdue figure counts them. Reports concern today's units only, so a former unit's link
     * opens the whole overdue queue rather than a filter the queue would refuse.
     */
    static String overdue(ReportUnit unit, Period period) {
        // ids and ISO dates need no escaping
        return unit.isFormer() ? ROUTE + "?queue=OVERDUE"
                : ROUTE + "?queue=OVERDUE&unit=" + unit.id() + "&from=" + period.from() + "&to=" + period.to();
    }
}
