package org.repalign.compute.metrics;

/**
 * What bounds a metric parameter's value in an experiment besides its declared range, so that an
 * experiment can be checked before it runs ({@link MetricFactory#bound(String)}).
 */
public enum ParameterBound {
    /** Nothing beyond the declared range. */
    NONE,
    /** A count of neighbours: smaller than the rows the metric sees (k of the k-NN metrics). */
    BELOW_ROWS,
    /** A count of directions: at most the rows and at most the columns of either side (q of SVCCA). */
    AT_MOST_ROWS_AND_COLUMNS
}
