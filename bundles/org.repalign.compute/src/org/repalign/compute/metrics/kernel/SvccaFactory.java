package org.repalign.compute.metrics.kernel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricFactory;
import org.repalign.compute.metrics.MetricParameter;
import org.repalign.compute.metrics.MetricSpec;
import org.repalign.compute.metrics.ParameterBound;
import org.repalign.compute.metrics.kernel.internal.SvccaMetric;

/**
 * {@code svcca} (shorthands {@code svcca_10}: q = 10, {@code svcca_100}: q = 100): singular
 * vector canonical correlation analysis (Raghu et al. 2017, "SVCCA: Singular Vector Canonical
 * Correlation Analysis for Deep Learning Dynamics and Interpretability"), as the L2PRH code
 * computes it: the top-q left singular vectors of each matrix as preprocessed (no per-feature
 * standardization; {@code standardize=1} adds the Platonic Representation Hypothesis code's
 * z-scoring of each feature first), each basis centred, canonical correlations as the singular
 * values of Q₁ᵀQ₂ clipped to [0, 1], value = their mean. The SVD is exact (float64 LAPACK), where
 * the reference uses a randomized low-rank SVD followed by an iterative CCA. q must not exceed
 * min(n − 1, d1, d2).
 */
public final class SvccaFactory implements MetricFactory {

    /** The id. */
    public static final String ID = "svcca";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "SVCCA: mean canonical correlation of the top-q singular subspaces (Raghu et al. 2017)";
    }

    @Override
    public Direction direction() {
        return Direction.HIGHER_IS_BETTER;
    }

    @Override
    public List<MetricParameter> parameters() {
        return List.of(
                new MetricParameter("q", "int", "10", 1, Integer.MAX_VALUE, "singular directions kept on each side"),
                new MetricParameter("standardize", "int", "0", 0, 1,
                        "1: z-score each feature before the SVD (PRH); 0: use the rows as given (L2PRH)"));
    }

    /** q directions are kept on each side: at most the rows and the columns. */
    @Override
    public ParameterBound bound(String parameter) {
        return "q".equals(parameter) ? ParameterBound.AT_MOST_ROWS_AND_COLUMNS : ParameterBound.NONE;
    }

    @Override
    public Map<String, Map<String, String>> shorthands() {
        Map<String, Map<String, String>> shorthands = new LinkedHashMap<>();
        shorthands.put("svcca_10", Map.of("q", "10"));
        shorthands.put("svcca_100", Map.of("q", "100"));
        return shorthands;
    }

    @Override
    public AlignmentMetric create(MetricSpec spec) {
        int q = spec.intParameter("q", 10);
        int standardize = spec.intParameter("standardize", 0);
        if (q < 1 || standardize < 0 || standardize > 1) {
            throw new IllegalArgumentException("metric '" + spec.key() + "': needs q >= 1 and standardize 0 or 1");
        }
        return new SvccaMetric(spec, q, standardize == 1);
    }
}
