package org.repalign.compute.protocol;

import java.util.List;
import java.util.NoSuchElementException;

import org.repalign.compute.stats.SubsampleInterval;

/**
 * Everything measured on one pair of representations.
 *
 * @param protocol    the protocol used
 * @param subsets     the row subsets used (for audit)
 * @param metrics     one summary per metric, in the order the metrics were given
 * @param wallSeconds elapsed time of the whole evaluation, including copying the subsamples
 */
public record PairEvaluation(EvaluationProtocol protocol, RowSubsets subsets, List<MetricSummary> metrics,
        double wallSeconds) {

    /** Compact constructor: freezes the list. */
    public PairEvaluation {
        metrics = List.copyOf(metrics);
    }

    /**
     * @param key a metric key
     * @return its summary
     * @throws NoSuchElementException when no metric has that key
     */
    public MetricSummary metric(String key) {
        for (MetricSummary summary : metrics) {
            if (summary.key().equals(key)) {
                return summary;
            }
        }
        throw new NoSuchElementException("no metric '" + key + "' in this evaluation");
    }

    /** @return the rows of each subsample: all rows when the pair was measured once on the whole */
    public int subsampleSize() {
        return subsets.wholeMatrix() || subsets.count() == 0 ? subsets.rows() : subsets.subset(0).length;
    }

    /**
     * @param metric the metric's index in {@link #metrics()}
     * @return the 95% interval of that metric's expected value on draws of the subsample size
     *         ({@link SubsampleInterval}); undefined when the pair was measured once on the whole
     */
    public SubsampleInterval interval(int metric) {
        return SubsampleInterval.of(metrics.get(metric).values(), subsampleSize(), subsets.rows());
    }
}
