package vn.camau.reform.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One day that breaks the ordinary week, as the government announced it. */
public record CalendarDay(LocalDate day, DayKind kind, String name, Confidence confidence) {

    public CalendarDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(confidence, "confidence");
        name = name == null ? "" : name.strip();
    }
}
