package vn.camau.reform.base.export;

/**
 * What a column holds, which decides how each format writes it: real number and date cells in
 * Excel, plain machine-readable text in CSV.
 */
public enum ColumnKind {
    /** Any text; formula-like values are neutralised in every format. */
    TEXT,
    /** A whole number ({@link Number}): Excel {@code #,##0}, CSV {@code 70515}. */
    INTEGER,
    /** A number with decimals ({@link Number}): Excel {@code #,##0.00}, CSV {@code 3.25}. */
    DECIMAL,
    /**
     * A ratio from 0 to 1 ({@link Number}); null means "no data", never 0%. Excel {@code 0.00%} on
     * the ratio itself; CSV the percentage with two decimals ({@code 99.93}) under a header ending
     * in "(%)".
     */
    PERCENT,
    /** A {@link java.time.LocalDate}: Excel {@code dd/mm/yyyy}, CSV {@code 22/11/2026}. */
    DATE,
    /** A {@link java.time.LocalDateTime}: Excel {@code dd/mm/yyyy hh:mm}, CSV {@code 22/11/2026 08:30}. */
    DATETIME
}
