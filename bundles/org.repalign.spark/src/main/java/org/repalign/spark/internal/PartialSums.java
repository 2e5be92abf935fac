package org.repalign.spark.internal;

import java.io.Serializable;

import org.repalign.compute.metrics.CkaMoments;

/**
 * What the tasks of a CKA job return, merged by tree aggregation: the statistics of their rows
 * (main pass) or the sums of their unit rows (first pass of {@code centered}). The jobs add the
 * first problem they met, each in its own order.
 */
abstract class PartialSums implements Serializable {

    private static final long serialVersionUID = 1L;

    CkaMoments moments;
    double[] sumA;
    double[] sumB;
    long count;

    /** Adds another task's statistics and sums to these. */
    void mergeSums(PartialSums other) {
        if (moments == null) {
            moments = other.moments;
        } else if (other.moments != null) {
            moments.merge(other.moments);
        }
        sumA = add(sumA, other.sumA);
        sumB = add(sumB, other.sumB);
        count += other.count;
    }

    private static double[] add(double[] target, double[] values) {
        if (target == null) {
            return values == null ? null : values.clone();
        }
        if (values != null) {
            for (int i = 0; i < target.length; i++) {
                target[i] += values[i];
            }
        }
        return target;
    }
}
