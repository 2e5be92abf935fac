package org.repalign.example;

import java.util.List;
import java.util.OptionalDouble;

import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.linalg.DenseLinalg;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.MetricFactory;
import org.repalign.compute.metrics.MetricParameter;
import org.repalign.compute.metrics.MetricSpec;
import org.repalign.compute.metrics.MetricValue;

/**
 * The metric {@code example_procrustes}: orthogonal Procrustes similarity. With X̃, Ỹ the
 * column-centred representations (n × d1, n × d2) scaled to unit Frobenius norm, the orthogonal
 * Procrustes problem min over Q with QᵀQ = I of ‖X̃ − ỸQ‖_F has the solution
 * 2 − 2‖X̃ᵀỸ‖_* (Schönemann 1966, "A generalized solution of the orthogonal Procrustes
 * problem", Psychometrika 31; used as a representation distance by Ding, Denain and Steinhardt
 * 2021, "Grounding Representation Similarity with Statistical Testing", NeurIPS, and by Williams
 * et al. 2021, "Generalized Shape Metrics on Neural Representations", NeurIPS). The similarity
 * reported is the nuclear norm
 *
 * <pre>
 *   example_procrustes(X, Y) = ‖X̃ᵀỸ‖_* = Σ σᵢ(X̃ᵀỸ) = Σ √λᵢ(MᵀM),   M = X̃ᵀỸ,
 * </pre>
 *
 * in [0, 1]: 1 when Y is X rotated (and scaled), invariant to orthogonal transforms and isotropic
 * scaling of either side and to a common permutation of the rows, not invariant to arbitrary
 * invertible linear maps (unlike CCA). M and the smaller of MᵀM and MMᵀ are formed and the
 * latter's eigenvalues found with RepAlign's shared linear algebra
 * ({@link org.repalign.compute.linalg.DenseLinalg}, float64 LAPACK); negative round-off
 * eigenvalues count as 0. A constant
 * representation has no direction: the value is undefined.
 *
 * <p>Parameter {@code center} (0 or 1, default 1): whether to centre the columns first.
 */
public final class ProcrustesSimilarityFactory implements MetricFactory {

    /** A factory for the service loader. */
    public ProcrustesSimilarityFactory() {
    }

    @Override
    public String id() {
        return "example_procrustes";
    }

    @Override
    public String description() {
        return "Orthogonal Procrustes similarity: nuclear norm of the cross-covariance of unit-norm representations";
    }

    @Override
    public Direction direction() {
        return Direction.HIGHER_IS_BETTER;
    }

    @Override
    public List<MetricParameter> parameters() {
        return List.of(new MetricParameter("center", "int", "1", 0, 1,
                "1: centre the columns first (the usual definition); 0: use the rows as given"));
    }

    @Override
    public AlignmentMetric create(MetricSpec spec) {
        boolean center = spec.intParameter("center", 1) == 1;
        return new Metric(spec, center);
    }

    private record Metric(MetricSpec spec, boolean center) implements AlignmentMetric {

        @Override
        public Direction direction() {
            return Direction.HIGHER_IS_BETTER;
        }

        /** A rotated and scaled copy scores 1: the calibrated score of a null is measured towards it. */
        @Override
        public OptionalDouble idealValue() {
            return OptionalDouble.of(1);
        }

        @Override
        public MetricValue compute(RowMatrix x, RowMatrix y, MetricContext context) {
            int n = spec.pairedRows(x, y);
            if (n < 2) {
                throw new IllegalArgumentException("metric '" + spec.key() + "' needs at least 2 rows, got " + n);
            }
            double[] a = prepared(x, n, center);
            double[] b = prepared(y, n, center);
            if (a == null || b == null) {
                return MetricValue.undefined("metric '" + spec.key() + "': a representation is constant");
            }
            context.checkCanceled();
            int d1 = x.columns();
            int d2 = y.columns();
            double[] m = DenseLinalg.multiply(a, n, d1, true, b, n, d2, false);
            context.checkCanceled();
            // the nonzero eigenvalues of MᵀM and MMᵀ agree: take the smaller Gram matrix
            int small = Math.min(d1, d2);
            double[] gram = DenseLinalg.gram(m, d1, d2, d1 < d2);
            double nuclear = 0;
            for (double lambda : DenseLinalg.symmetricEigen(gram, small).values()) {
                nuclear += Math.sqrt(Math.max(lambda, 0));
            }
            return MetricValue.of(nuclear);
        }

        /** @return the rows, centred on request and scaled to unit Frobenius norm, or null when zero */
        private static double[] prepared(RowMatrix matrix, int n, boolean center) {
            int d = matrix.columns();
            double[] values = new double[n * d];
            matrix.readRows(0, n, values, 0);
            if (center) {
                for (int j = 0; j < d; j++) {
                    double mean = 0;
                    for (int i = 0; i < n; i++) {
                        mean += values[i * d + j];
                    }
                    mean /= n;
                    for (int i = 0; i < n; i++) {
                        values[i * d + j] -= mean;
                    }
                }
            }
            double norm = 0;
            for (double value : values) {
                norm += value * value;
            }
            if (!(norm > 0)) {
                return null;
            }
            double scale = 1 / Math.sqrt(norm);
            for (int i = 0; i < values.length; i++) {
                values[i] *= scale;
            }
            return values;
        }
    }
}
