package org.repalign.compute.protocol;

import java.io.Serializable;
import java.util.List;

/**
 * Every metric on one cell (a layer of A, a layer of B) of a layer sweep: its summary over the
 * subsamples and, when nulls were asked for, its permutation null.
 *
 * @param summaries one per metric, in metric order
 * @param nulls     one per metric, in metric order; empty when no permutations were run
 */
public record LayerCellResult(List<MetricSummary> summaries, List<PermutationResult> nulls)
        implements Serializable {

    /** Compact constructor: freezes the lists and checks they match. */
    public LayerCellResult {
        summaries = List.copyOf(summaries);
        nulls = List.copyOf(nulls);
        if (!nulls.isEmpty() && nulls.size() != summaries.size()) {
            throw new IllegalArgumentException(nulls.size() + " nulls for " + summaries.size() + " metrics");
        }
    }
}
