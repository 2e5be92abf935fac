package org.repalign.compute.metrics.kernel.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.MetricSpec;
import org.repalign.compute.metrics.MetricValue;

/**
 * SVCCA (Raghu et al. 2017) as the L2PRH code computes it: the top-q left singular vectors of
 * each matrix as given (no per-feature standardization unless asked for, as the Platonic
 * Representation Hypothesis code does), canonical correlations between the two centred bases,
 * and their mean. The SVD is exact, not randomized; see {@link SingularBasis} and
 * {@link CanonicalCorrelations}.
 *
 * <p>Rank deficiency: when a matrix has fewer than q singular values above
 * {@link SingularBasis#RELATIVE_RANK_TOLERANCE} times its largest, the top-q subspace is not
 * defined; like the reference's full-SVD fallback, both bases are then cut to
 * k = min(q, rank X, rank Y) vectors and a warning is attached. A direction lost to centring
 * (a basis vector parallel to the all-ones vector) also reduces the count, with a warning. The
 * value is the mean of the canonical correlations that remain, undefined when none remain.
 */
public final class SvccaMetric implements AlignmentMetric {

    private final MetricSpec spec;
    private final int q;
    private final boolean standardize;

    /**
     * @param spec        the spec
     * @param q           how many singular directions of each side
     * @param standardize whether to standardize each feature before the SVD
     */
    public SvccaMetric(MetricSpec spec, int q, boolean standardize) {
        this.spec = spec;
        this.q = q;
        this.standardize = standardize;
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
        int bound = Math.min(n - 1, Math.min(x.columns(), y.columns()));
        if (q > bound) {
            throw new IllegalArgumentException("metric '" + spec.key() + "': q=" + q + " exceeds min(n - 1, d1, d2) = "
                    + bound + " (n=" + n + ", d1=" + x.columns() + ", d2=" + y.columns() + ")");
        }
        SingularBasis first = SingularBasis.of(x, standardize, q, context);
        context.checkCanceled();
        SingularBasis second = SingularBasis.of(y, standardize, q, context);
        context.checkCanceled();
        List<String> warnings = new ArrayList<>();
        int k = Math.min(q, Math.min(first.numericalRank(), second.numericalRank()));
        if (k < q) {
            warnings.add(spec.key() + ": numerical ranks are " + rank(first) + " and " + rank(second) + ", below q="
                    + q + "; used the top " + k + " directions of each side");
        }
        if (k == 0) {
            warnings.add(spec.key() + ": undefined because a representation is zero");
            return new MetricValue(Double.NaN, Double.NaN, warnings);
        }
        double[] correlations = CanonicalCorrelations.between(first.leftVectors(k), k, second.leftVectors(k), k, n);
        if (correlations.length == 0) {
            warnings.add(spec.key() + ": undefined because centring removed every direction (a constant representation?)");
            return new MetricValue(Double.NaN, Double.NaN, warnings);
        }
        if (correlations.length < k) {
            warnings.add(spec.key() + ": centring removed a direction parallel to the all-ones vector; averaged "
                    + correlations.length + " canonical correlations instead of " + k);
        }
        double sum = 0;
        for (double correlation : correlations) {
            sum += correlation;
        }
        return new MetricValue(sum / correlations.length, Double.NaN, warnings);
    }

    private static String rank(SingularBasis basis) {
        return (basis.rankIsExact() ? "" : "at least ") + basis.numericalRank();
    }
}
