package io.segmentstudio.ingest.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's only source of randomness. It takes raw 64-bit values from {@link SplittableRandom}
 * (SplitMix64, unchanged since Java 8) and derives uniforms, Gaussians and the other distributions
 * itself with {@link StrictMath}, so a seed gives the same data on every JVM, release and CPU.
 */
final class SampleRandom {
    private final SplittableRandom source;

    SampleRandom(long seed) {
        this(new SplittableRandom(seed));
    }

    private SampleRandom(SplittableRandom source) {
        this.source = source;
    }

    /** An independent stream; splitting in the same order always gives the same streams. */
    SampleRandom split() {
        return new SampleRandom(source.split());
    }

    /** Uniform in [0, 1). */
    double uniform() {
        return (source.nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    int below(int bound) {
        return (int) (uniform() * bound);
    }

    /** Uniform in [min, max]. */
    int between(int min, int max) {
        return min + below(max - min + 1);
    }

    boolean chance(double probability) {
        return uniform() < probability;
    }

    <T> T pick(List<T> items) {
        return items.get(below(items.size()));
    }

    /** Standard normal, by Marsaglia's polar method (the second value of each pair is dropped). */
    double gaussian() {
        double u;
        double v;
        double s;
        do {
            u = 2 * uniform() - 1;
            v = 2 * uniform() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * StrictMath.sqrt(-2 * StrictMath.log(s) / s);
    }

    /** Log-normal with the given median: right-skewed amounts and rates. */
    double logNormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian());
    }

    double exponential(double mean) {
        return -mean * StrictMath.log(1 - uniform());
    }

    /** Pareto with minimum 1: the heavy tail of a few very active customers. */
    double pareto(double alpha) {
        return StrictMath.pow(1 - uniform(), -1 / alpha);
    }

    /** Kumaraswamy on [0, 1], a beta-like shape for per-customer propensities. */
    double kumaraswamy(double a, double b) {
        return StrictMath.pow(1 - StrictMath.pow(1 - uniform(), 1 / b), 1 / a);
    }

    /** Poisson count: Knuth's product method for small means, a rounded normal for large ones. */
    int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + StrictMath.sqrt(mean) * gaussian()));
        }
        double limit = StrictMath.exp(-mean);
        double product = uniform();
        int count = 0;
        while (product > limit) {
            product *= uniform();
            count++;
        }
        return count;
    }
}
