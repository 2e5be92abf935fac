package org.repalign.compute.metrics;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * What a metric needs besides the two matrices: the seed for any random choice, the tie rule for
 * neighbour lists, optional settings, a cancellation check, and a cache shared by all metrics
 * computed on the same pair of matrices (so that, for instance, {@code mutual_knn_10} and
 * {@code knn_edit_100} build their neighbour lists from one top-100 search).
 *
 * <p>A context belongs to one pair of matrices; create a new one for another pair or subsample.
 */
public final class MetricContext {

    private final long seed;
    private final TieRule ties;
    private final OptionalDouble ckaEpsilon;
    private final BooleanSupplier canceled;
    private final Map<Object, Object> shared = new ConcurrentHashMap<>();

    /**
     * @param seed       seed of every random choice (tie orders)
     * @param ties       the tie rule for neighbour lists
     * @param ckaEpsilon when present, kernel CKA values use the reference clamp
     *                   √max(HSIC(K,K)·HSIC(L,L), ε) in the denominator
     * @param canceled   answers true once the user asked to stop
     */
    public MetricContext(long seed, TieRule ties, OptionalDouble ckaEpsilon, BooleanSupplier canceled) {
        this.seed = seed;
        this.ties = ties;
        this.ckaEpsilon = ckaEpsilon;
        this.canceled = canceled;
    }

    /** @return a context with seed 0, random ties, no epsilon, never canceled */
    public static MetricContext defaults() {
        return new MetricContext(0L, TieRule.RANDOM, OptionalDouble.empty(), () -> false);
    }

    /** @return the seed */
    public long seed() {
        return seed;
    }

    /** @return the tie rule */
    public TieRule ties() {
        return ties;
    }

    /** @return the CKA clamp, when the user asked for the reference behaviour */
    public OptionalDouble ckaEpsilon() {
        return ckaEpsilon;
    }

    /**
     * @throws CancellationException when the user asked to stop
     */
    public void checkCanceled() {
        if (canceled.getAsBoolean()) {
            throw new CancellationException("canceled");
        }
    }

    /**
     * Returns the value cached under {@code key}, computing it once.
     *
     * @param <T>      value type
     * @param key      a key that identifies the work (include every parameter it depends on)
     * @param type     the value's type
     * @param supplier computes the value
     * @return the cached value
     */
    public <T> T shared(Object key, Class<T> type, Supplier<T> supplier) {
        Object value = shared.get(key);
        if (value == null) {
            value = supplier.get();
            Object previous = shared.putIfAbsent(key, value);
            if (previous != null) {
                value = previous;
            }
        }
        return type.cast(value);
    }
}
