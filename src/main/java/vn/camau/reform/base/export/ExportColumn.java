package vn.camau.reform.base.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.function.Function;

/**
 * One column of an export: its header, already translated into the user's language, what it holds,
 * and how to read it from a row. The factories keep the value's type in step with the kind; a
 * value function may return null for an empty cell.
 */
public record ExportColumn<T>(String header, ColumnKind kind, Function<? super T, ?> value) {

    public ExportColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    public static <T> ExportColumn<T> text(String header, Function<? super T, String> value) {
        return new ExportColumn<>(header, ColumnKind.TEXT, value);
    }

    public static <T> ExportColumn<T> integer(String header, Function<? super T, ? extends Number> value) {
        return new ExportColumn<>(header, ColumnKind.INTEGER, value);
    }

    public static <T> ExportColumn<T> decimal(String header, Function<? super T, ? extends Number> value) {
        return new ExportColumn<>(header, ColumnKind.DECIMAL, value);
    }

    /** A ratio 0..1 (0.9993 is 99,93%); null when there is nothing to divide by. */
    public static <T> ExportColumn<T> percent(String header, Function<? super T, ? extends Number> ratio) {
        return new ExportColumn<>(header, ColumnKind.PERCENT, ratio);
    }

    public static <T> ExportColumn<T> date(String header, Function<? super T, LocalDate> value) {
        return new ExportColumn<>(header, ColumnKind.DATE, value);
    }

    public static <T> ExportColumn<T> dateTime(String header, Function<? super T, LocalDateTime> value) {
        return new ExportColumn<>(header, ColumnKind.DATETIME, value);
    }

    /** The raw value for a row; null stays null. */
    Object valueOf(T row) {
        return value.apply(row);
    }
}
