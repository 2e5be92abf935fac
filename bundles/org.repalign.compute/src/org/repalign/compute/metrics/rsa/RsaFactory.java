package org.repalign.compute.metrics.rsa;

import java.util.List;
import java.util.Locale;

import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.metrics.MetricFactory;
import org.repalign.compute.metrics.MetricParameter;
import org.repalign.compute.metrics.MetricSpec;
import org.repalign.compute.metrics.rsa.internal.Rdm;
import org.repalign.compute.metrics.rsa.internal.RdmComparison;
import org.repalign.compute.metrics.rsa.internal.RsaMetric;

/**
 * {@code rsa}: representational similarity analysis (Kriegeskorte, Mur and Bandettini 2008,
 * "Representational similarity analysis – connecting the branches of systems neuroscience",
 * Front. Syst. Neurosci. 2:4), with rsatoolbox's names and conventions. Each representation gives
 * a representational dissimilarity matrix (RDM) over its n rows, and the upper triangles
 * (i &lt; j, N = n(n − 1)/2 entries) of the two RDMs are compared.
 *
 * <p>Parameters: {@code rdm} = {@code correlation} (1 − Pearson r between rows i and j; default)
 * or {@code euclidean} (‖xᵢ − xⱼ‖²/d, the squared Euclidean distance divided by the number of
 * columns); {@code compare} = {@code spearman} (average ranks for ties; default),
 * {@code pearson}, {@code kendall_tau_a} ((concordant − discordant)/(N(N − 1)/2), O(N log N)) or
 * {@code cosine} (uncentred). Symmetric. Needs n ≥ 3; undefined when an RDM is constant (or, for
 * {@code rdm=correlation}, when a row is constant).
 */
public final class RsaFactory implements MetricFactory {

    /** The id. */
    public static final String ID = "rsa";

    private static final List<String> RDMS = List.of("correlation", "euclidean");
    private static final List<String> COMPARISONS = List.of("spearman", "pearson", "kendall_tau_a", "cosine");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "representational similarity analysis: RDMs compared over their upper triangles (Kriegeskorte et al. 2008)";
    }

    @Override
    public Direction direction() {
        return Direction.HIGHER_IS_BETTER;
    }

    @Override
    public List<MetricParameter> parameters() {
        return List.of(
                MetricParameter.choice("rdm", "correlation",
                        "dissimilarity: 1 - Pearson r of two rows, or squared Euclidean distance / columns",
                        RDMS.toArray(String[]::new)),
                MetricParameter.choice("compare", "spearman", "comparison of the two RDMs' upper triangles",
                        COMPARISONS.toArray(String[]::new)));
    }

    @Override
    public AlignmentMetric create(MetricSpec spec) {
        String rdm = spec.choiceParameter("rdm", "correlation", RDMS);
        String compare = spec.choiceParameter("compare", "spearman", COMPARISONS);
        return new RsaMetric(spec, Rdm.Kind.valueOf(rdm.toUpperCase(Locale.ROOT)),
                RdmComparison.valueOf(compare.toUpperCase(Locale.ROOT)));
    }
}
