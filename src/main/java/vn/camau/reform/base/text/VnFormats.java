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

    private VnFormats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(LocalDateTime time) {
        return time == null ? "" : DATE_TIME.format(time);
    }

    /** A ratio (0.8933) as a percentage with two decimals: "89,33%". */
    public static String percent(double ratio) {
        return new DecimalFormat("#,##0.00'%'", DecimalFormatSymbols.getInstance(VIETNAMESE)).format(ratio * 100);
    }

    /**
     * A change in percentage points with its sign, two decimals: "+0,12", "-1,50", and "0,00" for
     * no change, never "-0,00" (a fall of 0.001 points rounds to nothing, not to a negative nothing).
     */
    public static String signedPoints(double points) {
        BigDecimal rounded = BigDecimal.valueOf(points).setScale(2, RoundingMode.HALF_UP);
        String text = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(VIETNAMESE)).format(rounded.abs());
        return switch (rounded.signum()) {
            case 1 -> "+" + text;
            case -1 -> "-" + text;
            default -> text;
        };
    }

    /** Per thousand, one decimal at most: "8,7‰", "12‰". */
    public static String perMille(double value) {
        return new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(VIETNAMESE)).format(value) + "‰";
    }

    /** A count with Vietnamese grouping: 70.515 */
    public static String count(long value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(VIETNAMESE)).format(value);
    }
}
