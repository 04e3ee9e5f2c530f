package vn.camau.reform.demo.generator;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/** Draws items in proportion to their weights (cumulative sums and a binary search). */
final class WeightedPicker<T> {

    private final List<T> items;
    private final double[] cumulative;

    WeightedPicker(List<T> items, ToDoubleFunction<T> weight) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("Nothing to pick from");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[items.size()];
        double sum = 0;
        for (int i = 0; i < items.size(); i++) {
            sum += weight.applyAsDouble(items.get(i));
            cumulative[i] = sum;
        }
    }

    T pick(SplittableRandom rnd) {
        double x = rnd.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return items.get(lo);
    }

    List<T> items() {
        return items;
    }

    double total() {
        return cumulative[cumulative.length - 1];
    }
}
