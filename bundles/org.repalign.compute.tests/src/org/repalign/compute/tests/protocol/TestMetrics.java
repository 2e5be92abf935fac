package org.repalign.compute.tests.protocol;

import java.util.function.ToDoubleBiFunction;

import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.MetricSpec;
import org.repalign.compute.metrics.MetricValue;

/** Tiny metrics for protocol tests, independent of the real metric implementations. */
final class TestMetrics {

    private TestMetrics() {
    }

    /** Mean over rows of ⟨xᵢ, yᵢ⟩; higher is better. */
    static AlignmentMetric meanRowDot() {
        return of("mean_row_dot", Direction.HIGHER_IS_BETTER, TestMetrics::meanDot);
    }

    /** Mean over rows of ‖xᵢ − yᵢ‖²; lower is better. */
    static AlignmentMetric meanRowSquaredDistance() {
        return of("mean_row_sq_dist", Direction.LOWER_IS_BETTER, (x, y) -> {
            double sum = 0;
            for (int i = 0; i < x.rows(); i++) {
                double[] a = x.row(i);
                double[] b = y.row(i);
                for (int c = 0; c < a.length; c++) {
                    sum += (a[c] - b[c]) * (a[c] - b[c]);
                }
            }
            return sum / x.rows();
        });
    }

    static AlignmentMetric of(String key, Direction direction, ToDoubleBiFunction<RowMatrix, RowMatrix> value) {
        MetricSpec spec = MetricSpec.parse(key);
        return new AlignmentMetric() {
            @Override
            public MetricSpec spec() {
                return spec;
            }

            @Override
            public Direction direction() {
                return direction;
            }

            @Override
            public MetricValue compute(RowMatrix x, RowMatrix y, MetricContext context) {
                context.checkCanceled();
                return MetricValue.of(value.applyAsDouble(x, y));
            }
        };
    }

    static AlignmentMetric fromContext(String key, java.util.function.BiFunction<RowMatrix, MetricContext, MetricValue> f) {
        MetricSpec spec = MetricSpec.parse(key);
        return new AlignmentMetric() {
            @Override
            public MetricSpec spec() {
                return spec;
            }

            @Override
            public Direction direction() {
                return Direction.HIGHER_IS_BETTER;
            }

            @Override
            public MetricValue compute(RowMatrix x, RowMatrix y, MetricContext context) {
                return f.apply(x, context);
            }
        };
    }

    static double meanDot(RowMatrix x, RowMatrix y) {
        double sum = 0;
        for (int i = 0; i < x.rows(); i++) {
            double[] a = x.row(i);
            double[] b = y.row(i);
            for (int c = 0; c < a.length; c++) {
                sum += a[c] * b[c];
            }
        }
        return sum / x.rows();
    }
}
