package vn.camau.reform.dossier;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * How long a {@code dossier_stat} row's period is: a day, a month or a year from its {@code period_start}.
 * Stored as a single letter in {@code dossier_stat.grain}, which the bulk loader also writes with LOAD DATA:
 * the letters must not change.
 */
public enum StatGrain {
    DAY("D"), MONTH("M"), YEAR("Y");

    private final String letter;

    StatGrain(String letter) {
        this.letter = letter;
    }

    /** The stored letter. */
    public String letter() {
        return letter;
    }

    /** The last day of the period that starts on {@code start}. */
    public LocalDate periodEnd(LocalDate start) {
        return switch (this) {
            case YEAR -> start.withDayOfYear(1).plusYears(1).minusDays(1);
            case MONTH -> YearMonth.from(start).atEndOfMonth();
            case DAY -> start;
        };
    }

    /** The grain of a stored letter. */
    public static StatGrain of(String letter) {
        for (StatGrain g : values()) {
            if (g.letter.equals(letter)) {
                return g;
            }
        }
        throw new IllegalArgumentException("unknown dossier_stat grain: " + letter);
    }
}
