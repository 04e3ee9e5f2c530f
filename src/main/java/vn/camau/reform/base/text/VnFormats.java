package vn.camau.reform.base.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The formats leaders read in every report: 89,33% and 22/11/2026 (vi-VN), whatever the UI language. */
public final class VnFormats {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /*
     * One DecimalFormat per pattern and thread: building one (pattern parsed, the locale's symbols looked
     * up and cloned) cost more than formatting with it, and a grid of 64 units formats a few thousand
     * figures per overview. DecimalFormat is not thread-safe, hence one per thread.
     */
    private static final ThreadLocal<DecimalFormat> PERCENT = formatOf("#,##0.00'%'");
    private static final ThreadLocal<DecimalFormat> POINTS = formatOf("#,##0.00");
    private static final ThreadLocal<DecimalFormat> PER_MILLE = formatOf("#,##0.#");
    private static final ThreadLocal<DecimalFormat> COUNT = formatOf("#,##0");

    private VnFormats() {
    }

    private static ThreadLocal<DecimalFormat> formatOf(String pattern) {
        return ThreadLocal.withInitial(() -> new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(VIETNAMESE)));
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(LocalDateTime time) {
        return time == null ? "" : DATE_TIME.format(time);
    }

    /** A ratio (0.8933) as a percentage with two decimals: "89,33%". */
    public static String percent(double ratio) {
        return PERCENT.get().format(ratio * 100);
    }

    /**
     * A change in percentage points with its sign, two decimals: "+0,12", "-1,50", and "0,00" for
     * no change, never "-0,00" (a fall of 0.001 points rounds to nothing, not to a negative nothing).
     */
    public static String signedPoints(double points) {
        BigDecimal rounded = BigDecimal.valueOf(points).setScale(2, RoundingMode.HALF_UP);
        String text = POINTS.get().format(rounded.abs());
        return switch (rounded.signum()) {
            case 1 -> "+" + text;
            case -1 -> "-" + text;
            default -> text;
        };
    }

    /** Per thousand, one decimal at most: "8,7‰", "12‰". */
    public static String perMille(double value) {
        return PER_MILLE.get().format(value) + "‰";
    }

    /** A count with Vietnamese grouping: 70.515 */
    public static String count(long value) {
        return COUNT.get().format(value);
    }
}
