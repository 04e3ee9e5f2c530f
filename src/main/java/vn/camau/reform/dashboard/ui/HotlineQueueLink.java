package vn.camau.reform.dashboard.ui;

/**
 * Links into the inspectors' hotline queue (route {@code hotline}, the hotline feature's screen). A
 * plain route string, not the view's class: the dashboard does not depend on that feature.
 */
final class HotlineQueueLink {

    static final String ROUTE = "hotline";

    private HotlineQueueLink() {
    }

    /** The reports still unanswered past their deadline. */
    static String overdue() {
        return ROUTE + "?queue=OVERDUE";
    }
}
