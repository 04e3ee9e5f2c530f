package vn.camau.reform.apology.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;

import vn.camau.reform.apology.Apology;
import vn.camau.reform.apology.ApologyState;
import vn.camau.reform.base.text.VnFormats;

/**
 * The badges the register and the apology's page share, so a state or a second miss looks the same
 * on both: components on the page, templates drawn in the browser in the register's rows (one template
 * cell is a few values, a badge component per row was a node and its changes). A second miss (the new
 * date missed too) is the worst case and always an error badge.
 */
final class ApologyBadges {

    private ApologyBadges() {
    }

    static Span state(Component i18n, ApologyState state) {
        return badge(i18n.getTranslation(state.labelKey()), stateTone(state));
    }

    private static String stateTone(ApologyState state) {
        return switch (state) {
            case DRAFT -> "contrast";
            case RETURNED -> "warning";
            case APPROVED, SENT -> "";
            case PUBLISHED -> "success";
        };
    }

    /** Signed in time or late; nothing while unsigned, since the deadline is fixed only then. */
    static Span timeliness(Component i18n, Apology a) {
        return badge(timelinessText(i18n, a), timelinessTone(a));
    }

    private static String timelinessText(Component i18n, Apology a) {
        Boolean inTime = a.issuedInTime();
        if (inTime == null) {
            return "";
        }
        return i18n.getTranslation(inTime ? "apologies.in-time" : "apologies.late");
    }

    private static String timelinessTone(Apology a) {
        return Boolean.TRUE.equals(a.issuedInTime()) ? "success" : "error";
    }

    /** Whether the new date was kept, once signed: before that there is no promise to keep. */
    static Span outcome(Component i18n, Apology a) {
        return badge(outcomeText(i18n, a), outcomeTone(a));
    }

    private static String outcomeTone(Apology a) {
        return switch (a.outcome()) {
            case MISSED -> "error primary";
            case MET -> "success";
            case PENDING -> "contrast";
        };
    }

    /** The outcome as plain text, for exports; empty while unsigned. */
    static String outcomeText(Component i18n, Apology a) {
        return a.state().isSigned() ? i18n.getTranslation(a.outcome().labelKey()) : "";
    }

    /** The register's state cell. */
    static LitRenderer<Apology> stateCell(Component i18n) {
        return LitRenderer.<Apology>of("<span theme=\"badge ${item.tone}\">${item.state}</span>")
                .withProperty("state", a -> i18n.getTranslation(a.state().labelKey()))
                .withProperty("tone", a -> stateTone(a.state()));
    }

    /** The register's issued cell: the letter's date and whether it was signed in time. */
    static LitRenderer<Apology> issuedCell(Component i18n) {
        return LitRenderer.<Apology>of("<span>${item.issuedOn}</span> "
                        + "<span theme=\"badge ${item.tone}\" ?hidden=${!item.timeliness}>${item.timeliness}</span>")
                .withProperty("issuedOn", a -> VnFormats.date(a.letter().issuedOn()))
                .withProperty("timeliness", a -> timelinessText(i18n, a))
                .withProperty("tone", ApologyBadges::timelinessTone);
    }

    /** The register's outcome cell, empty while unsigned. */
    static LitRenderer<Apology> outcomeCell(Component i18n) {
        return LitRenderer.<Apology>of("<span theme=\"badge ${item.tone}\" ?hidden=${!item.outcome}>${item.outcome}</span>")
                .withProperty("outcome", a -> outcomeText(i18n, a))
                .withProperty("tone", ApologyBadges::outcomeTone);
    }

    /** A badge; an empty text is no badge at all. */
    private static Span badge(String text, String variants) {
        Span badge = new Span(text);
        if (text.isEmpty()) {
            return badge;
        }
        badge.getElement().getThemeList().add("badge");
        for (String v : variants.split(" ")) {
            if (!v.isEmpty()) {
                badge.getElement().getThemeList().add(v);
            }
        }
        return badge;
    }
}
