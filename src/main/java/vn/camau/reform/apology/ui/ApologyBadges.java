package vn.camau.reform.apology.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import vn.camau.reform.apology.Apology;
import vn.camau.reform.apology.ApologyOutcome;
import vn.camau.reform.apology.ApologyState;

/**
 * The badges the register and the apology's page share, so a state or a second miss looks the same
 * on both. A second miss (the new date missed too) is the worst case and always an error badge.
 */
final class ApologyBadges {

    private ApologyBadges() {
    }

    static Span state(Component i18n, ApologyState state) {
        return badge(i18n.getTranslation(state.labelKey()), switch (state) {
            case DRAFT -> "contrast";
            case RETURNED -> "warning";
            case APPROVED, SENT -> "";
            case PUBLISHED -> "success";
        });
    }

    /** Signed in time or late; nothing while unsigned, since the deadline is fixed only then. */
    static Span timeliness(Component i18n, Apology a) {
        Boolean inTime = a.issuedInTime();
        if (inTime == null) {
            return new Span();
        }
        return inTime ? badge(i18n.getTranslation("apologies.in-time"), "success")
                : badge(i18n.getTranslation("apologies.late"), "error");
    }

    /** Whether the new date was kept, once signed: before that there is no promise to keep. */
    static Span outcome(Component i18n, Apology a) {
        if (!a.state().isSigned()) {
            return new Span();
        }
        ApologyOutcome o = a.outcome();
        return badge(i18n.getTranslation(o.labelKey()), switch (o) {
            case MISSED -> "error primary";
            case MET -> "success";
            case PENDING -> "contrast";
        });
    }

    /** The outcome as plain text, for exports. */
    static String outcomeText(Component i18n, Apology a) {
        return a.state().isSigned() ? i18n.getTranslation(a.outcome().labelKey()) : "";
    }

    private static Span badge(String text, String variants) {
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
