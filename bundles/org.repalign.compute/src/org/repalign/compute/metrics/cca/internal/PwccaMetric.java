package org.repalign.compute.metrics.cca.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.linalg.DenseLinalg;
import org.repalign.compute.linalg.ThinSvd;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.MetricSpec;
import org.repalign.compute.metrics.MetricValue;
import org.repalign.compute.metrics.shape.internal.CentredColumns;

/**
 * Projection-weighted CCA (Morcos, Raghu and Bengio 2018): exact CCA of the column-centred X̃
 * and Ỹ through orthonormal bases of their column spaces ({@link ColumnBasis}), canonical
 * correlations ρ and directions U from the thin SVD Q_XᵀQ_Y = U·diag(ρ)·Wᵀ, canonical variates
 * H = Q_X·U, weights wᵢ = Σⱼ |hᵢᵀx̃ⱼ| over the centred columns of X, and the value
 * Σ wᵢρᵢ / Σ wᵢ. Asymmetric: the first matrix gives the weights.
 */
public final class PwccaMetric implements AlignmentMetric {

    /** (d1 + d2)/n above which a warning says the canonical correlations are inflated. */
    public static final double WIDTH_WARNING_RATIO = 0.1;

    private final MetricSpec spec;

    /** @param spec the spec */
    public PwccaMetric(MetricSpec spec) {
        this.spec = spec;
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
        int d1 = x.columns();
        int d2 = y.columns();
        if (n - 1 <= (long) d1 + d2) {
            throw new IllegalArgumentException("metric '" + spec.key() + "': needs n - 1 > d1 + d2 (n=" + n + ", d1="
                    + d1 + ", d2=" + d2 + "): CCA of centred data with d1 + d2 >= n - 1 finds d1 + d2 - (n - 1) "
                    + "canonical correlations equal to 1 whatever the data; use svcca (CCA of the top-q singular "
                    + "directions), more rows, or narrower representations");
        }
        List<String> warnings = new ArrayList<>();
        double ratio = (double) (d1 + d2) / n;
        if (ratio > WIDTH_WARNING_RATIO) {
            warnings.add(spec.key() + ": (d1 + d2)/n = " + String.format(java.util.Locale.ROOT, "%.3g", ratio)
                    + " > " + WIDTH_WARNING_RATIO + "; with so few rows per dimension the canonical correlations are "
                    + "inflated (consider svcca or more rows)");
        }
        double[] xc = CentredColumns.of(x, context);
        double[] yc = CentredColumns.of(y, context);
        ColumnBasis qx = ColumnBasis.of(xc, n, d1);
        context.checkCanceled();
        ColumnBasis qy = ColumnBasis.of(yc, n, d2);
        context.checkCanceled();
        if (qx.rank() == 0 || qy.rank() == 0) {
            warnings.add(spec.key() + ": undefined because a representation is constant (zero after centring)");
            return new MetricValue(Double.NaN, Double.NaN, warnings);
        }
        if (qx.rank() < d1 || qy.rank() < d2) {
            warnings.add(spec.key() + ": numerical ranks " + qx.rank() + " of " + d1 + " and " + qy.rank() + " of " + d2
                    + " columns after centring; " + Math.min(qx.rank(), qy.rank()) + " canonical correlations");
        }
        double[] cross = DenseLinalg.multiply(qx.values(), n, qx.rank(), true, qy.values(), n, qy.rank(), false);
        ThinSvd svd = ThinSvd.of(cross, qx.rank(), qy.rank());
        int k = svd.k();
        double[] variates = DenseLinalg.multiply(qx.values(), n, qx.rank(), false, svd.u(), qx.rank(), k, false);
        double[] projections = DenseLinalg.multiply(variates, n, k, true, xc, n, d1, false);
        double weightSum = 0;
        double weighted = 0;
        for (int i = 0; i < k; i++) {
            double weight = 0;
            for (int j = 0; j < d1; j++) {
                weight += Math.abs(projections[i * d1 + j]);
            }
            double rho = Math.max(0, Math.min(1, svd.singularValues()[i]));
            weightSum += weight;
            weighted += weight * rho;
        }
        if (!(weightSum > 0)) {
            warnings.add(spec.key() + ": undefined because every projection weight is zero");
            return new MetricValue(Double.NaN, Double.NaN, warnings);
        }
        return new MetricValue(weighted / weightSum, Double.NaN, warnings);
    }
}
