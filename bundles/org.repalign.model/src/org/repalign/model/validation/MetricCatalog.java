package org.repalign.model.validation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells {@link ExperimentValidator} which metrics exist and what parameters they declare, so that
 * the model knows no metric itself (the metric factories declare their parameters; the analysis
 * bundle implements this from its metric registry). Pass an implementation to
 * {@link ExperimentValidator#validate(org.repalign.model.Experiment, java.nio.file.Path, SourceShapes, MetricCatalog, AnalysisCatalog)}
 * or put it into the validation context under {@link ExperimentValidator#METRIC_CATALOG}.
 * Without one every metric is unknown and the checks that need it are skipped.
 */
public interface MetricCatalog {

    /** Knows no metric: every check that needs one is skipped. */
    MetricCatalog UNKNOWN = id -> Optional.empty();

    /**
     * @param id a metric id or shorthand as an experiment writes it, e.g. {@code mutual_knn} or
     *           {@code svcca_100}
     * @return the metric it names, or empty when the id is unknown
     */
    Optional<Metric> metric(String id);

    /**
     * A metric as its factory declares it.
     *
     * @param id         the metric's own id ({@code svcca} for the shorthand {@code svcca_100})
     * @param shorthand  whether the id asked for is a shorthand with fixed parameters
     * @param fixed      the parameters a shorthand fixes, empty otherwise
     * @param parameters the declared parameters
     */
    record Metric(String id, boolean shorthand, Map<String, String> fixed, List<Parameter> parameters) {
        /** Compact constructor: copies. */
        public Metric {
            fixed = Map.copyOf(fixed);
            parameters = List.copyOf(parameters);
        }
    }

    /**
     * A declared parameter of a metric.
     *
     * @param name         its name
     * @param integer      whether it takes whole numbers
     * @param defaultValue its default as text, or {@code null}
     * @param bound        what its value must fit besides its declared range
     */
    record Parameter(String name, boolean integer, String defaultValue, Bound bound) {
    }

    /** What a parameter's value is bounded by in an experiment. */
    enum Bound {
        /** Nothing beyond its declared range. */
        NONE,
        /** A count of neighbours: at least 1 and smaller than the rows of a subsample (k of k-NN metrics). */
        BELOW_SUBSAMPLE_ROWS,
        /**
         * A count of directions: at least 1 and at most the rows of a subsample and every source's
         * dimension (q of SVCCA).
         */
        AT_MOST_ROWS_AND_DIMENSION
    }
}
