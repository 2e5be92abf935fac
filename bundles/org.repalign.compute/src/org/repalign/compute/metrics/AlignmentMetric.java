package org.repalign.compute.metrics;

import java.util.OptionalDouble;

import org.repalign.compute.data.RowMatrix;

/**
 * A similarity (or distance) between two representations of the same n items, rows paired.
 * Instances are created by a {@link MetricFactory} from a {@link MetricSpec}, are immutable and
 * may be called from several threads.
 */
public interface AlignmentMetric {

    /** @return the spec this metric was created from; its key names the value in results */
    MetricSpec spec();

    /** @return whether larger values mean more aligned */
    Direction direction();

    /**
     * Computes the metric. Implementations accumulate in float64, check
     * {@link MetricContext#checkCanceled()} between expensive steps, and put work that other
     * metrics on the same pair can reuse (Gram matrices, neighbour lists) into
     * {@link MetricContext#shared}.
     *
     * @param x       n × d1
     * @param y       n × d2, rows paired with {@code x}
     * @param context seed, tie rule, options and the per-pair cache
     * @return the value; undefined values carry a warning
     * @throws IllegalArgumentException naming the metric key and the problem when the input does
     *         not fit the metric (e.g. k ≥ n, q &gt; min(n − 1, d1, d2))
     */
    MetricValue compute(RowMatrix x, RowMatrix y, MetricContext context);

    /**
     * The value of a perfect alignment, when the metric has one: 1 for the similarities bounded
     * by 1 (CKA, CCA, mutual k-NN, RSA, R², the Procrustes similarity), 0 for the distances
     * bounded by 0 (k-NN edit distance, the Procrustes angle). A permutation null's calibrated
     * score measures how far a value has gone from the null mean towards it.
     *
     * @return the ideal value; empty (the default) when the metric declares none
     */
    default OptionalDouble idealValue() {
        return OptionalDouble.empty();
    }
}
