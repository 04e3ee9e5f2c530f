package vn.camau.reform.base.period;

/**
 * A rate with the counts behind it, so a screen can show the formula, numerator and denominator.
 * An empty denominator has no value (shown as "no data", never as 0% or NaN).
 */
public record Ratio(long numerator, long denominator) {

    public Double value() {
        return denominator == 0 ? null : (double) numerator / denominator;
    }

    public boolean hasData() {
        return denominator != 0;
    }
}
