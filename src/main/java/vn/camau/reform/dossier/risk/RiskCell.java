package vn.camau.reform.dossier.risk;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What the history of one cell says: how many cases, the median working days of the step itself, and
 * per number of working days left L (0 … {@link #LONGEST}, the last bucket holding every larger L):
 * {@code mornings[L]}, the mornings a past dossier spent in the step with L days left, and
 * {@code lateMornings[L]}, those of them whose dossier ended late.
 */
public record RiskCell(CellKey key, int cases, int stepMedian, int[] mornings, int[] lateMornings) {

    /** Days-left buckets beyond this are folded into it: half a year of working days is "far off". */
    public static final int LONGEST = 120;

    static int bucket(int daysLeft) {
        return Math.max(0, Math.min(daysLeft, LONGEST));
    }

    public int morningsAt(int daysLeft) {
        int b = bucket(daysLeft);
        return b < mornings.length ? mornings[b] : 0;
    }

    public int lateMorningsAt(int daysLeft) {
        int b = bucket(daysLeft);
        return b < lateMornings.length ? lateMornings[b] : 0;
    }

    /** A histogram as stored: comma-separated counts, trailing zeros left off. */
    public static String text(int[] counts) {
        int last = counts.length - 1;
        while (last > 0 && counts[last] == 0) {
            last--;
        }
        return counts.length == 0 ? "" : Arrays.stream(counts, 0, last + 1).mapToObj(String::valueOf)
                .collect(Collectors.joining(","));
    }

    public static int[] parse(String text) {
        if (text == null || text.isBlank()) {
            return new int[0];
        }
        return Arrays.stream(text.split(",")).mapToInt(s -> Integer.parseInt(s.strip())).toArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RiskCell c && c.key.equals(key) && c.cases == cases && c.stepMedian == stepMedian
                && Arrays.equals(c.mornings, mornings) && Arrays.equals(c.lateMornings, lateMornings);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + Arrays.hashCode(mornings);
    }

    @Override
    public String toString() {
        return "RiskCell[" + key + ", cases=" + cases + ", stepMedian=" + stepMedian + ", mornings=" + text(mornings)
                + ", late=" + text(lateMornings) + "]";
    }
}
