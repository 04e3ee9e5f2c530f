package vn.camau.reform.dossier.risk;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What the history of one cell says: how many cases, the median working days of the step itself,
 * and the histogram of working days from entering the step to resolution ({@code remaining[d]} cases
 * took d days; the last bucket, at {@link #LONGEST}, holds every longer case too).
 */
public record RiskCell(CellKey key, int cases, int stepMedian, int[] remaining) {

    /** Histogram buckets beyond this are folded into it: half a year of working days is "very long". */
    public static final int LONGEST = 120;

    /** Cases that needed at least {@code days} working days from entering the step to resolution. */
    public int atLeast(int days) {
        int from = Math.max(0, Math.min(days, LONGEST));
        int n = 0;
        for (int d = from; d < remaining.length; d++) {
            n += remaining[d];
        }
        return n;
    }

    /** The histogram as stored: comma-separated counts, trailing zeros left off. */
    public String histogramText() {
        int last = remaining.length - 1;
        while (last > 0 && remaining[last] == 0) {
            last--;
        }
        return Arrays.stream(remaining, 0, last + 1).mapToObj(String::valueOf).collect(Collectors.joining(","));
    }

    public static int[] parseHistogram(String text) {
        if (text == null || text.isBlank()) {
            return new int[0];
        }
        return Arrays.stream(text.split(",")).mapToInt(s -> Integer.parseInt(s.strip())).toArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RiskCell c && c.key.equals(key) && c.cases == cases && c.stepMedian == stepMedian
                && Arrays.equals(c.remaining, remaining);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + Arrays.hashCode(remaining);
    }

    @Override
    public String toString() {
        return "RiskCell[" + key + ", cases=" + cases + ", stepMedian=" + stepMedian + ", remaining="
                + histogramText() + "]";
    }
}
