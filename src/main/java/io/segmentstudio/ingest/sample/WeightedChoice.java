package io.segmentstudio.ingest.sample;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** Picks items with probability proportional to their weight (countries, cities, categories, hours). */
final class WeightedChoice<T> {
    private final List<T> items;
    private final double[] cumulative;

    WeightedChoice(List<T> items, ToDoubleFunction<T> weight) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("Nothing to choose from");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[items.size()];
        double sum = 0;
        for (int i = 0; i < items.size(); i++) {
            double w = weight.applyAsDouble(items.get(i));
            if (!(w > 0)) {
                throw new IllegalArgumentException("Weights must be positive: " + items.get(i));
            }
            sum += w;
            cumulative[i] = sum;
        }
    }

    private WeightedChoice(List<T> items, double[] cumulative) {
        this.items = items;
        this.cumulative = cumulative;
    }

    /** The same weights over mapped items: weigh config entries, pick their names. */
    <R> WeightedChoice<R> map(Function<T, R> mapper) {
        return new WeightedChoice<>(items.stream().map(mapper).toList(), cumulative);
    }

    T pick(SampleRandom random) {
        double target = random.uniform() * cumulative[cumulative.length - 1];
        int index = Arrays.binarySearch(cumulative, target);
        // binarySearch gives -(insertion point) - 1 when absent; an exact hit belongs to the next item
        index = index >= 0 ? index + 1 : -index - 1;
        return items.get(Math.min(index, items.size() - 1));
    }
}
