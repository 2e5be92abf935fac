package org.repalign.model.validation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tells {@link ExperimentValidator} what the analyses declare: what each needs and the settings
 * it takes, so that the model knows no analysis itself (the analysis factories declare; the
 * analysis bundle implements this from its analysis registry). Pass an implementation to
 * {@link ExperimentValidator#validate(org.repalign.model.Experiment, java.nio.file.Path, SourceShapes, MetricCatalog, AnalysisCatalog)}
 * or put it into the validation context under {@link ExperimentValidator#ANALYSIS_CATALOG}.
 * Without one the checks that need it are skipped.
 */
public interface AnalysisCatalog {

    /** Knows no analysis: every check that needs one is skipped. */
    AnalysisCatalog UNKNOWN = analysis -> Optional.empty();

    /**
     * @param analysis an analysis of the experiment model (a built-in class or a contributed
     *                 analysis)
     * @return what its analysis declares, or empty when it is unknown
     */
    Optional<Declared> analysis(org.repalign.model.Analysis analysis);

    /** What an analysis needs beyond the sources' rows. */
    enum Need {
        /** SAE codes: an SAE per source is trained or loaded. */
        SAE_CODES,
        /** Item frequencies. */
        FREQUENCIES,
        /** Item attributes. */
        ATTRIBUTES,
        /** Model properties of the sources. */
        MODEL_PROPERTIES
    }

    /**
     * An analysis as its factory declares it.
     *
     * @param id       the analysis id
     * @param label    its label
     * @param needs    what it needs
     * @param settings its declared settings, in declaration order
     */
    record Declared(String id, String label, Set<Need> needs, List<Setting> settings) {
        /** Compact constructor: copies. */
        public Declared {
            needs = Set.copyOf(needs);
            settings = List.copyOf(settings);
        }
    }

    /**
     * A declared setting and how to check a value of it.
     *
     * @param name    its name
     * @param checker a value as written (or {@code null} for none) → what is wrong with it, or
     *                {@code null} when it fits
     */
    record Setting(String name, java.util.function.Function<String, String> checker) {
        /**
         * @param text a value as written, or {@code null} when the experiment gives none
         * @return what is wrong with it, or empty when it fits
         */
        public Optional<String> problem(String text) {
            return Optional.ofNullable(checker.apply(text));
        }
    }
}
