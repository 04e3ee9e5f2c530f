package vn.camau.reform.base.export;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;

import vn.camau.reform.base.text.VnFormats;

/** The rules both formats share: which values are empty, how text is made safe, typed reads. */
final class ExportValues {

    private ExportValues() {
    }

    /**
     * Text that a spreadsheet would take for a formula (=, +, -, @) or that some import as one
     * after trimming (tab, carriage return) gets a leading apostrophe, OWASP's advice against
     * CSV/formula injection: a unit name typed as {@code =HYPERLINK("http://x","y")} stays text.
     * Applied in Excel files too, although their string cells are never evaluated, because an
     * Excel file saved again as CSV would carry the raw value into the next program.
     */
    static String safeText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    static String text(ExportColumn<?> column, Object value) {
        return value == null ? null : safeText(value instanceof String s ? s : String.valueOf(value));
    }

    /** A finite number, or null for null, NaN and infinities (never "NaN" in a file). */
    static BigDecimal number(ExportColumn<?> column, Object value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case BigDecimal d -> d;
            case BigInteger i -> new BigDecimal(i);
            case Long l -> BigDecimal.valueOf(l);
            case Integer i -> BigDecimal.valueOf(i);
            case Short s -> BigDecimal.valueOf(s);
            case Byte b -> BigDecimal.valueOf(b);
            case Number n -> Double.isFinite(n.doubleValue()) ? BigDecimal.valueOf(n.doubleValue()) : null;
            default -> throw wrongType(column, value, "a Number");
        };
    }

    static LocalDate date(ExportColumn<?> column, Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        throw wrongType(column, value, "a LocalDate");
    }

    static LocalDateTime dateTime(ExportColumn<?> column, Object value) {
        if (value == null || value instanceof LocalDateTime) {
            return (LocalDateTime) value;
        }
        throw wrongType(column, value, "a LocalDateTime");
    }

    /**
     * The CSV text of a value: numbers plain with a dot and no grouping (70515, 3.25), a ratio as a
     * percentage with two decimals (0.99934 → 99.93), dates dd/MM/yyyy and dd/MM/yyyy HH:mm, empty
     * for null.
     */
    static String csv(ExportColumn<?> column, Object value) {
        return switch (column.kind()) {
            case TEXT -> text(column, value);
            case INTEGER -> plain(number(column, value), 0);
            case DECIMAL -> {
                BigDecimal n = number(column, value);
                yield n == null ? null : n.toPlainString();
            }
            case PERCENT -> {
                BigDecimal ratio = number(column, value);
                yield ratio == null ? null : plain(ratio.movePointRight(2), 2);
            }
            case DATE -> {
                LocalDate d = date(column, value);
                yield d == null ? null : VnFormats.DATE.format(d);
            }
            case DATETIME -> {
                LocalDateTime t = dateTime(column, value);
                yield t == null ? null : VnFormats.DATE_TIME.format(t);
            }
        };
    }

    private static String plain(BigDecimal n, int scale) {
        return n == null ? null : n.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    private static IllegalArgumentException wrongType(ExportColumn<?> column, Object value, String expected) {
        return new IllegalArgumentException("Export column '" + column.header() + "' (" + column.kind()
                + ") expects " + expected + ", got " + value.getClass().getName());
    }
}
