package vn.camau.reform.base.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.function.Supplier;

import vn.camau.reform.base.BusinessRuleException;

/**
 * A reporting period, both days included. Month, quarter and year periods compare with the period
 * before them and with the same period a year earlier; a custom period with the same number of days
 * just before it.
 */
public record Period(PeriodKind kind, LocalDate from, LocalDate to) {

    /** Reports start here: no dossier data exists before, and nothing after 2100 makes sense. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    public Period {
        if (from == null || to == null) {
            throw new BusinessRuleException("period.missing");
        }
        if (from.isAfter(to)) {
            throw new BusinessRuleException("period.from-after-to", from, to);
        }
        if (from.isBefore(EARLIEST) || to.isAfter(LATEST)) {
            throw new BusinessRuleException("period.out-of-range", EARLIEST, LATEST);
        }
    }

    public static Period month(YearMonth month) {
        return new Period(PeriodKind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    public static Period quarter(int year, int quarter) {
        LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new Period(PeriodKind.QUARTER, start, start.plusMonths(3).minusDays(1));
    }

    public static Period year(int year) {
        return new Period(PeriodKind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static Period custom(LocalDate from, LocalDate to) {
        return new Period(PeriodKind.CUSTOM, from, to);
    }

    /** The period of that kind containing the day. */
    public static Period containing(PeriodKind kind, LocalDate day) {
        return switch (kind) {
            case MONTH -> month(YearMonth.from(day));
            case QUARTER -> quarter(day.getYear(), day.get(IsoFields.QUARTER_OF_YEAR));
            case YEAR -> year(day.getYear());
            case CUSTOM -> custom(day, day);
        };
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public Period previous() {
        return switch (kind) {
            case MONTH -> month(YearMonth.from(from).minusMonths(1));
            case QUARTER -> containing(PeriodKind.QUARTER, from.minusMonths(3));
            case YEAR -> year(from.getYear() - 1);
            case CUSTOM -> custom(from.minusDays(days()), from.minusDays(1));
        };
    }

    public Period yearEarlier() {
        return switch (kind) {
            case MONTH, QUARTER, YEAR -> containing(kind, from.minusYears(1));
            case CUSTOM -> custom(from.minusYears(1), to.minusYears(1));
        };
    }

    /**
     * The period before, when reports reach back to it: a period starting in January 2000 has none,
     * and its comparison says "no earlier data" instead of failing.
     */
    public Optional<Period> previousIfReported() {
        return reported(() -> previous());
    }

    /** The same period a year earlier, when reports reach back to it. */
    public Optional<Period> yearEarlierIfReported() {
        return reported(() -> yearEarlier());
    }

    private static Optional<Period> reported(Supplier<Period> period) {
        try {
            return Optional.of(period.get());
        } catch (BusinessRuleException beforeReports) {
            return Optional.empty();
        }
    }

    /** Whole calendar months, so month-grain summaries answer it exactly. */
    public boolean isMonthAligned() {
        return from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth());
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
