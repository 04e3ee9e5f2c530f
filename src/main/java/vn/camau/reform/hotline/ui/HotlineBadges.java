package vn.camau.reform.hotline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.hotline.HotlineState;
import vn.camau.reform.hotline.HotlineTiming;

/**
 * The badges the queue and the report's page share, so a state or a deadline looks the same on
 * both: late is red, due within a working day is amber, answered in time is green.
 */
final class HotlineBadges {

    private HotlineBadges() {
    }

    static Span state(Component i18n, HotlineState state) {
        return badge(i18n.getTranslation(state.labelKey()), switch (state) {
            case RECEIVED -> "contrast";
            case ASSIGNED, VERIFYING -> "";
            case ANSWERED, CONCLUDED -> "success";
            case CLOSED -> "contrast";
        });
    }

    static Span timing(Component i18n, HotlineTiming timing) {
        return timing == null ? new Span() : badge(i18n.getTranslation(timing.labelKey()), variant(timing));
    }

    /**
     * Working days left before the answer is due, or how late it is; once answered, whether the
     * answer came in time.
     */
    static Span daysLeft(Component i18n, HotlineTiming timing, Integer workingDaysLeft) {
        if (workingDaysLeft == null) {
            return timing(i18n, timing);
        }
        String text = workingDaysLeft < 0
                ? i18n.getTranslation("hotline.days-late", VnFormats.count(-workingDaysLeft))
                : i18n.getTranslation("hotline.days-left", VnFormats.count(workingDaysLeft));
        return badge(text, timing == null ? "" : variant(timing));
    }

    /** The days as plain text, for exports. */
    static String daysLeftText(Component i18n, HotlineTiming timing, Integer workingDaysLeft) {
        if (workingDaysLeft == null) {
            return timing == null ? "" : i18n.getTranslation(timing.labelKey());
        }
        return workingDaysLeft < 0
                ? i18n.getTranslation("hotline.days-late", VnFormats.count(-workingDaysLeft))
                : i18n.getTranslation("hotline.days-left", VnFormats.count(workingDaysLeft));
    }

    private static String variant(HotlineTiming timing) {
        return switch (timing) {
            case OVERDUE, ANSWERED_LATE -> "error";
            case DUE_SOON -> "warning";
            case ON_TRACK -> "";
            case ANSWERED_IN_TIME -> "success";
        };
    }

    static Span badge(String text, String variants) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        for (String v : variants.split(" ")) {
            if (!v.isEmpty()) {
                badge.getElement().getThemeList().add(v);
            }
        }
        return badge;
    }
}
