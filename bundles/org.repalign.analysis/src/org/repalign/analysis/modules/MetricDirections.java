package org.repalign.analysis.modules;

import org.repalign.compute.metrics.Direction;

/**
 * The sign convention of every difference RepAlign reports: {@code delta} is positive when the
 * second representation is better, so for distances (lower is better, such as
 * {@code knn_edit_*}) the difference is flipped.
 */
public final class MetricDirections {

    private MetricDirections() {
    }

    /**
     * @param direction the metric's direction
     * @param first     value of the first representation
     * @param second    value of the second representation
     * @return second − first for similarities, first − second for distances
     */
    public static double improvement(Direction direction, double first, double second) {
        return direction == Direction.LOWER_IS_BETTER ? first - second : second - first;
    }
}
