package vn.camau.reform.hotline.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.hotline.Conclusion;
import vn.camau.reform.hotline.HotlineCategory;
import vn.camau.reform.hotline.HotlineChange;
import vn.camau.reform.hotline.HotlineEvent;
import vn.camau.reform.hotline.HotlineField;
import vn.camau.reform.hotline.OfficerAction;
import vn.camau.reform.hotline.Satisfaction;

/**
 * Words a history entry's facts in the reader's language, with the user's own text (note, answer,
 * reason) left as typed. An entry without facts is an old one whose sentence could not be read when
 * the history became data: its text is shown as it is.
 */
public final class HotlineEventText {

    /** The texts' source: a view's {@code getTranslation}, or {@code Texts.of} with a locale. */
    @FunctionalInterface
    public interface Translator {
        String text(String key, Object... params);
    }

    private static final String NONE = "—";

    private final Translator t;

    public HotlineEventText(Translator t) {
        this.t = t;
    }

    public String details(HotlineEvent e) {
        String typed = e.details();
        if (e.changes().isEmpty()) {
            return typed == null ? "" : typed;
        }
        List<String> lines = new ArrayList<>();
        switch (e.action()) {
            case RECEIVED -> lines.add(t.text("hotline.history.received", to(e, HotlineField.ASSIGN_DUE_DATE),
                    to(e, HotlineField.DUE_DATE)));
            case ASSIGNED -> {
                lines.add(e.change(HotlineField.INSPECTOR).isPresent()
                        ? t.text("hotline.history.assigned-inspector", to(e, HotlineField.HANDLING_UNIT),
                        to(e, HotlineField.INSPECTOR))
                        : t.text("hotline.history.assigned", to(e, HotlineField.HANDLING_UNIT)));
                lines.add(typed);
            }
            case ANSWERED -> {
                lines.add(t.text(late(e) ? "hotline.history.answered-late" : "hotline.history.answered-on-time",
                        to(e, HotlineField.DUE_DATE), to(e, HotlineField.ANSWERED_AT)));
                lines.add(typed);
            }
            case CONCLUDED -> {
                lines.add(t.text("hotline.history.concluded", to(e, HotlineField.CONCLUSION),
                        to(e, HotlineField.OFFICER_ACTION)));
                lines.add(typed);
            }
            case REOPENED -> {
                lines.add(typed);
                lines.add(t.text("hotline.history.new-due", to(e, HotlineField.DUE_DATE)));
                e.change(HotlineField.CONCLUSION).ifPresent(c -> lines.add(t.text(
                        "hotline.history.previous-conclusion", value(c.field(), c.from()),
                        e.change(HotlineField.OFFICER_ACTION).map(a -> value(a.field(), a.from())).orElse(NONE))));
            }
            default -> {
                // EDITED and SATISFACTION: one line per fact
                for (HotlineChange c : e.changes()) {
                    lines.add(e.action() == vn.camau.reform.hotline.HotlineAction.EDITED
                            ? t.text("hotline.history.change." + c.field().name(), value(c.field(), c.from()),
                            value(c.field(), c.to()))
                            : value(c.field(), c.to()));
                }
                lines.add(typed);
            }
        }
        return String.join("\n", lines.stream().filter(l -> l != null && !l.isEmpty()).toList());
    }

    /** Answered after the deadline's day, as the service judges an answer late. */
    private static boolean late(HotlineEvent e) {
        Optional<LocalDate> due = e.change(HotlineField.DUE_DATE).map(c -> parse(c.to(), LocalDate::parse));
        Optional<LocalDateTime> at = e.change(HotlineField.ANSWERED_AT).map(c -> parse(c.to(), LocalDateTime::parse));
        return due.isPresent() && at.isPresent() && at.get().toLocalDate().isAfter(due.get());
    }

    private String to(HotlineEvent e, HotlineField field) {
        return e.change(field).map(c -> value(field, c.to())).orElse(NONE);
    }

    /** The raw value in words: enum names by their labels, ISO dates as dd/MM/yyyy, names as they were. */
    private String value(HotlineField field, String raw) {
        if (raw == null || raw.isBlank()) {
            return NONE;
        }
        String key = switch (field) {
            case CATEGORY -> label(raw, HotlineCategory.class) ? HotlineCategory.valueOf(raw).labelKey() : null;
            case SATISFACTION -> label(raw, Satisfaction.class) ? Satisfaction.valueOf(raw).labelKey() : null;
            case CONCLUSION -> label(raw, Conclusion.class) ? Conclusion.valueOf(raw).labelKey() : null;
            case OFFICER_ACTION -> label(raw, OfficerAction.class) ? OfficerAction.valueOf(raw).labelKey() : null;
            default -> null;
        };
        if (key != null) {
            return t.text(key);
        }
        return switch (field) {
            case DUE_DATE, ASSIGN_DUE_DATE -> {
                LocalDate d = parse(raw, LocalDate::parse);
                yield d == null ? raw : VnFormats.date(d);
            }
            case ANSWERED_AT -> {
                LocalDateTime at = parse(raw, LocalDateTime::parse);
                yield at == null ? raw : VnFormats.dateTime(at);
            }
            default -> raw;
        };
    }

    private static <E extends Enum<E>> boolean label(String raw, Class<E> type) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(raw)) {
                return true;
            }
        }
        return false;
    }

    private static <T> T parse(String raw, Function<String, T> parser) {
        try {
            return raw == null ? null : parser.apply(raw);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
