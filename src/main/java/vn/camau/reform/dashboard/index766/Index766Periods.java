package vn.camau.reform.dashboard.index766;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.period.PeriodKind;
import vn.camau.reform.base.text.VnFormats;

/**
 * The periods the service index is read over: a month, a quarter or a year, from 2023 (the first
 * year with data) to the running one. Written {@code 2025}, {@code 2025-Q3} or {@code 2025-07} in
 * the API; every refusal carries a translation key.
 */
public final class Index766Periods {

    /** The first day with dossier data (the demo and the intake start in 2023). */
    public static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);

    /** The trend shows this many periods, ending with the one asked for. */
    public static final int TREND_PERIODS = 12;

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private Index766Periods() {
    }

    /** {@code 2025}, {@code 2025-Q3} or {@code 2025-07}; refused with {@code index766.period.malformed}. */
    public static Period parse(String raw) {
        String v = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        Matcher m;
        if ((m = YEAR.matcher(v)).matches()) {
            return within(() -> Period.year(Integer.parseInt(m.group(1))), raw);
        }
        Matcher q = QUARTER.matcher(v);
        if (q.matches()) {
            return within(() -> Period.quarter(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2))), raw);
        }
        if (MONTH.matcher(v).matches()) {
            try {
                YearMonth month = YearMonth.parse(v);
                return within(() -> Period.month(month), raw);
            } catch (DateTimeParseException e) {
                throw new BusinessRuleException("index766.period.malformed", raw);
            }
        }
        throw new BusinessRuleException("index766.period.malformed", raw == null ? "" : raw);
    }

    private static Period within(java.util.function.Supplier<Period> p, String raw) {
        try {
            return p.get();
        } catch (BusinessRuleException outOfRange) {
            throw new BusinessRuleException("index766.period.before-data", raw, VnFormats.date(FIRST_DAY));
        }
    }

    /** The API's way of writing the period back. */
    public static String format(Period p) {
        return switch (p.kind()) {
            case YEAR -> String.valueOf(p.from().getYear());
            case QUARTER -> p.from().getYear() + "-Q" + (p.from().getMonthValue() + 2) / 3;
            case MONTH -> YearMonth.from(p.from()).toString();
            case CUSTOM -> p.from() + "/" + p.to();
        };
    }

    /**
     * A month, quarter or year that has begun and does not start before 2023: a future period has no
     * figures yet, an earlier one none at all, and a custom range has no previous period to compare with.
     */
    public static Period check(Period p, LocalDate today) {
        if (p.kind() == PeriodKind.CUSTOM) {
            throw new BusinessRuleException("index766.period.custom");
        }
        if (p.from().isBefore(FIRST_DAY)) {
            throw new BusinessRuleException("index766.period.before-data", format(p), VnFormats.date(FIRST_DAY));
        }
        if (p.from().isAfter(today)) {
            throw new BusinessRuleException("index766.period.future", format(p), VnFormats.date(today));
        }
        return p;
    }

    /** The period before, when it does not start before 2023. */
    public static java.util.Optional<Period> previous(Period p) {
        Period before = p.previous();
        return before.from().isBefore(FIRST_DAY) ? java.util.Optional.empty() : java.util.Optional.of(before);
    }

    /** Up to {@link #TREND_PERIODS} periods ending with {@code p}, oldest first, none before 2023. */
    public static List<Period> trend(Period p) {
        List<Period> periods = new ArrayList<>();
        Period at = p;
        while (periods.size() < TREND_PERIODS && !at.from().isBefore(FIRST_DAY)) {
            periods.addFirst(at);
            at = at.previous();
        }
        return periods;
    }
}
