package org.repalign.compute.metrics.shape.internal;

import java.util.OptionalDouble;

import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.MetricSpec;
import org.repalign.compute.metrics.MetricValue;

/**
 * {@code procrustes} (the similarity s) or {@code procrustes_angular} (the angle
 * θ = arccos s, computed as 2·asin(d/2) with d = √max(0, 2 − 2s) the Procrustes distance of the
 * normalised matrices, which is accurate near s = 1 where arccos is not). See
 * {@link ProcrustesSimilarity}.
 */
public final class ProcrustesMetric implements AlignmentMetric {

    private final MetricSpec spec;
    private final boolean angular;

    /**
     * @param spec    the spec
     * @param angular whether to report the angle instead of the similarity
     */
    public ProcrustesMetric(MetricSpec spec, boolean angular) {
        this.spec = spec;
        this.angular = angular;
    }

    @Override
    public MetricSpec spec() {
        return spec;
    }

    @Override
    public OptionalDouble idealValue() {
        return OptionalDouble.of(angular ? 0 : 1);
    }

    @Override
    public Direction direction() {
        return angular ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
    }

    @Override
    public MetricValue compute(RowMatrix x, RowMatrix y, MetricContext context) {
        int n = spec.pairedRows(x, y);
        if (n < 2) {
            throw new IllegalArgumentException("metric '" + spec.key() + "': needs at least 2 rows, got " + n);
        }
        double s = ProcrustesSimilarity.of(x, y, context);
        if (Double.isNaN(s)) {
            return MetricValue.undefined(spec.key() + ": undefined because a representation is constant (zero after "
                    + "centring the columns)");
        }
        return MetricValue.of(angular ? angle(s) : s);
    }

    /**
     * @param s a Procrustes similarity in [0, 1]
     * @return arccos(min(1, s)), as 2·asin(d/2) with d = √max(0, 2 − 2s)
     */
    public static double angle(double s) {
        double distance = Math.sqrt(Math.max(0, 2 - 2 * s));
        return 2 * Math.asin(distance / 2);
    }
}
