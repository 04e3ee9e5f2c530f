package vn.camau.reform.dossier;

import java.util.Arrays;

/** Summed counters, in {@link StatCounter} order. Immutable; {@link #plus} makes a new one. */
public final class StatTotals {

    public static final StatTotals ZERO = new StatTotals(new long[StatCounter.values().length]);

    private final long[] values;

    public StatTotals(long[] values) {
        if (values.length != StatCounter.values().length) {
            throw new IllegalArgumentException("Expected one value per counter");
        }
        this.values = values.clone();
    }

    public long get(StatCounter counter) {
        return values[counter.ordinal()];
    }

    public StatTotals plus(StatTotals other) {
        long[] sum = values.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += other.values[i];
        }
        return new StatTotals(sum);
    }

    public StatTotals minus(StatTotals other) {
        long[] diff = values.clone();
        for (int i = 0; i < diff.length; i++) {
            diff[i] -= other.values[i];
        }
        return new StatTotals(diff);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatTotals t && Arrays.equals(values, t.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("StatTotals{");
        for (StatCounter c : StatCounter.values()) {
            if (values[c.ordinal()] != 0) {
                sb.append(c.column()).append('=').append(values[c.ordinal()]).append(' ');
            }
        }
        return sb.append('}').toString();
    }
}
