package org.repalign.compute.metrics.knn;

import java.util.OptionalDouble;

import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.MetricSpec;
import org.repalign.compute.metrics.MetricValue;

/** A kNN metric: checks the input, fetches the shared neighbour lists, scores them. */
final class KnnMetric implements AlignmentMetric {

    private final MetricSpec spec;
    private final Direction direction;
    private final int k;
    private final int minimumRows;
    private final KnnScore score;
    private final OptionalDouble ideal;

    KnnMetric(MetricSpec spec, Direction direction, int k, int minimumRows, KnnScore score, OptionalDouble ideal) {
        this.spec = spec;
        this.direction = direction;
        this.ideal = ideal;
        this.k = k;
        this.minimumRows = minimumRows;
        this.score = score;
    }

    @Override
    public MetricSpec spec() {
        return spec;
    }

    @Override
    public OptionalDouble idealValue() {
        return ideal;
    }

    @Override
    public Direction direction() {
        return direction;
    }

    @Override
    public MetricValue compute(RowMatrix x, RowMatrix y, MetricContext context) {
        int n = spec.pairedRows(x, y);
        if (k > n - 1) {
            throw new IllegalArgumentException("metric '" + spec.key() + "': k = " + k + " needs k ≤ n − 1, but n = "
                    + n);
        }
        if (n < minimumRows) {
            throw new IllegalArgumentException("metric '" + spec.key() + "' needs at least " + minimumRows
                    + " rows, but n = " + n);
        }
        context.checkCanceled();
        NeighbourPair pair = SharedNeighbours.of(x, y, k, context);
        context.checkCanceled();
        MetricValue value = score.score(pair, k, x, y, context);
        return new MetricValue(value.value(), pair.tieShare(k), value.warnings());
    }
}
