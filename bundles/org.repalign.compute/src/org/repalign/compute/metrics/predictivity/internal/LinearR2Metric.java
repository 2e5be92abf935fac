package org.repalign.compute.metrics.predictivity.internal;

import java.util.OptionalDouble;

import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.MetricSpec;
import org.repalign.compute.metrics.MetricValue;

/**
 * {@code linear_r2} (X predicts Y) or {@code linear_r2_sym} (the mean of both directions); see
 * {@link LinearPredictivity}.
 */
public final class LinearR2Metric implements AlignmentMetric {

    private final MetricSpec spec;
    private final double lambda;
    private final int folds;
    private final boolean symmetric;

    /**
     * @param spec      the spec
     * @param lambda    relative ridge penalty, &gt; 0
     * @param folds     number of folds, ≥ 2
     * @param symmetric whether to average both directions
     */
    public LinearR2Metric(MetricSpec spec, double lambda, int folds, boolean symmetric) {
        this.spec = spec;
        this.lambda = lambda;
        this.folds = folds;
        this.symmetric = symmetric;
    }

    @Override
    public MetricSpec spec() {
        return spec;
    }

    @Override
    public OptionalDouble idealValue() {
        return OptionalDouble.of(1);
    }

    @Override
    public Direction direction() {
        return Direction.HIGHER_IS_BETTER;
    }

    @Override
    public MetricValue compute(RowMatrix x, RowMatrix y, MetricContext context) {
        int n = spec.pairedRows(x, y);
        if (folds > n) {
            throw new IllegalArgumentException("metric '" + spec.key() + "': folds=" + folds + " exceeds the " + n
                    + " rows; every fold needs a row");
        }
        if (x.columns() == 0 || y.columns() == 0) {
            throw new IllegalArgumentException("metric '" + spec.key() + "': a representation has no columns");
        }
        double forward = LinearPredictivity.r2(x, y, lambda, folds, context);
        double value = forward;
        if (symmetric) {
            double backward = LinearPredictivity.r2(y, x, lambda, folds, context);
            value = (forward + backward) / 2;
        }
        if (Double.isNaN(value)) {
            return MetricValue.undefined(spec.key() + ": undefined because a predicted representation is constant "
                    + "(no variance to explain)");
        }
        return MetricValue.of(value);
    }
}
