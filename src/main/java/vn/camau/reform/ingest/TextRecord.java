package vn.camau.reform.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import vn.camau.reform.base.text.SearchText;

/**
 * A row of an imported CSV or XLSX file, its cells already mapped from the Vietnamese headers to the
 * API's field names. Spreadsheets are typed by people, so this reads what people type: dates as
 * {@code 25/11/2026} or {@code 2026-11-25} (a date at midnight where a date is asked, a date alone
 * meaning the start of the day where a time is), yes/no as {@code có}/{@code không} (or x, 1/0,
 * true/false), numbers with thousands separators ({@code 1.000.000}), and the closed lists in
 * Vietnamese words ({@code Trực tuyến}, {@code Hài lòng}) as well as by their codes. Anything else is an error naming the
 * format expected, never a guess.
 */
public final class TextRecord extends RawRecord {

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([., ]\\d{3})+");
    private static final Pattern DIGITS = Pattern.compile("-?\\d{1,18}");
    private static final List<DateTimeFormatter> DATES = List.of(
            strict("uuuu-MM-dd"), strict("d/M/uuuu"));
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            strict("uuuu-MM-dd HH:mm:ss"), strict("uuuu-MM-dd HH:mm"), strict("uuuu-MM-dd'T'HH:mm:ss"),
            strict("uuuu-MM-dd'T'HH:mm"), strict("d/M/uuuu HH:mm:ss"), strict("d/M/uuuu HH:mm"));

    /** The closed lists' Vietnamese words, folded (no diacritics, lower case), and their codes. */
    private static final Map<String, String> ALIASES = Map.of(
            "truc tiep", "IN_PERSON", "truc tuyen", "ONLINE", "buu chinh", "POSTAL",
            "buu chinh cong ich", "POSTAL", "rat hai long", "VERY_SATISFIED", "hai long", "SATISFIED",
            "khong hai long", "DISSATISFIED", "toan trinh", "FULL", "mot phan", "PARTIAL");

    private final Map<String, String> cells;

    /**
     * @param cells field name → the cell's text; the caller maps headers and formats typed cells
     *              (an XLSX date cell as {@code uuuu-MM-dd HH:mm:ss})
     * @param row   the row number the person sees in the spreadsheet
     */
    public TextRecord(IntakeErrors errors, int row, Map<String, String> cells) {
        super(errors, RecordKind.ROW, row);
        this.cells = cells;
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    @Override
    public boolean has(String field) {
        return cells.containsKey(field);
    }

    @Override
    protected String raw(String field) {
        String value = cells.get(field);
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    @Override
    public String peek(String field) {
        return raw(field);
    }

    @Override
    public Boolean bool(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "có", "co", "x", "1", "true", "đúng", "yes" -> true;
            case "không", "khong", "0", "false", "sai", "no" -> false;
            default -> {
                failed(field, "intake.error.notBoolean", value);
                yield null;
            }
        };
    }

    /** People write "Trực tuyến" where a machine writes ONLINE: both are read. */
    @Override
    public String choice(String field, int maxLength, boolean required) {
        String text = required ? requiredText(field, maxLength) : optionalText(field, maxLength);
        return text == null ? null : ALIASES.getOrDefault(SearchText.fold(text), text);
    }

    @Override
    public Long number(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        String digits = GROUPED.matcher(value).matches() ? value.replaceAll("[., ]", "") : value;
        if (!DIGITS.matcher(digits).matches()) {
            failed(field, "intake.error.notWholeNumber", value);
            return null;
        }
        return Long.parseLong(digits);
    }

    @Override
    public LocalDateTime dateTime(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        for (DateTimeFormatter f : DATE_TIMES) {
            try {
                return LocalDateTime.parse(value, f);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        // a history kept by the day only: the start of that day
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(value, f).atStartOfDay();
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        failed(field, "intake.error.notDateTimeText", value);
        return null;
    }

    @Override
    public LocalDate date(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(value, f);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        // a spreadsheet's date cell written out with its (empty) time of day
        for (DateTimeFormatter f : DATE_TIMES) {
            try {
                LocalDateTime t = LocalDateTime.parse(value, f);
                if (t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
                    return t.toLocalDate();
                }
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        failed(field, "intake.error.notDateText", value);
        return null;
    }
}
