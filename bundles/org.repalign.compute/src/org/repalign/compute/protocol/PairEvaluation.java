package org.repalign.compute.protocol;

import java.util.List;
import java.util.NoSuchElementException;

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
}
