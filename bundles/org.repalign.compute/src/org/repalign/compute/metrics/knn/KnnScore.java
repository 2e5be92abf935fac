package org.repalign.compute.metrics.knn;

import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.MetricValue;

/** The part of a kNN metric that turns two neighbour lists into a number. */
@FunctionalInterface
interface KnnScore {

    /**
     * @param pair    lists of X and Y with at least k entries per row
     * @param k       the list length
     * @param x       the first matrix (for scorers that need more than the lists)
     * @param y       the second matrix
     * @param context the context
     * @return the value; its tie share is filled in by the caller
     */
    MetricValue score(NeighbourPair pair, int k, RowMatrix x, RowMatrix y, MetricContext context);
}
