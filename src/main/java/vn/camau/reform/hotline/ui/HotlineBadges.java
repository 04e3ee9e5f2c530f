package vn.camau.reform.hotline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;

import vn.camau.reform.hotline.HotlineRow;
import vn.camau.reform.hotline.HotlineState;
import vn.camau.reform.hotline.HotlineTiming;

/**
 * The badges the queue and the report's page share, so a state or a deadline looks the same on
 * both: late is red, due within a working day is amber, answered in time is green. In the queue's grid
 * they are templates drawn in the browser from each row's values, not a component per row.
 */
final class HotlineBadges {

    private HotlineBadges() {
    }

    static Span state(Component i18n, HotlineState state) {
        return badge(i18n.getTranslation(state.labelKey()), variant(state));
    }

    private static String variant(HotlineState state) {
        return switch (state) {
            case RECEIVED -> "contrast";
            case ASSIGNED, VERIFYING -> "";
            case ANSWERED, CONCLUDED -> "success";
            case CLOSED -> "contrast";
        };
    }

    /** A badge cell of the queue's grid: {@code text} in the theme {@code tone}. */
    private static LitRenderer<HotlineRow> badgeCell() {
        return LitRenderer.of("<span theme=\"badge ${item.tone}\" ?hidden=${!item.text}>${item.text}</span>");
    }

    /** The queue's deadline cell: what {@link #daysLeft} shows. */
    static LitRenderer<HotlineRow> daysLeftCell(Component i18n) {
        return badgeCell().withProperty("text", r -> daysLeftText(i18n, r.timing(), r.workingDaysLeft()))
                .withProperty("tone", r -> tone(r.timing()));
    }

    /** The queue's state cell: what {@link #state} shows. */
    static LitRenderer<HotlineRow> stateCell(Component i18n) {
        return badgeCell().withProperty("text", r -> i18n.getTranslation(r.state().labelKey()))
                .withProperty("tone", r -> variant(r.state()));
    }

    /** The report's code, a link to its page (as the row's click, but one a user may open in a new tab). */
    static LitRenderer<HotlineRow> codeCell() {
        return LitRenderer.<HotlineRow>of("<a href=${item.href} router-link>${item.code}</a>")
                .withProperty("code", HotlineRow::code)
                .withProperty("href", r -> HotlineNavigation.report(r.id()));
    }

    /** The badge's theme for a deadline; none when there is no deadline to speak of. */
    static String tone(HotlineTiming timing) {
        return timing == null ? "" : variant(timing);
    }

    static Span timing(Component i18n, HotlineTiming timing) {
        return timing == null ? new Span() : badge(i18n.getTranslation(timing.labelKey()), variant(timing));
    }

    /**
     * Working days left before the answer is due, or how late it is; once answered, whether the answer
     * came in time: as text, for the queue's cells and for exports.
     */
    static String daysLeftText(Component i18n, HotlineTiming timing, Integer workingDaysLeft) {
        if (workingDaysLeft == null) {
            return timing == null ? "" : i18n.getTranslation(timing.labelKey());
        }
        return workingDaysLeft < 0
                ? i18n.getTranslation("hotline.days-late", -workingDaysLeft)
                : i18n.getTranslation("hotline.days-left", workingDaysLeft);
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
