package org.repalign.analysis.modules;

import java.util.List;
import java.util.Map;

import org.repalign.compute.metrics.MetricParameter;

/**
 * Creates a contributed analysis. A plug-in lists its implementation in
 * {@code META-INF/services/org.repalign.analysis.modules.AnalysisFactory}, on a plain classpath
 * and in OSGi alike (see docs/plugins.md); it ends up in {@link AnalysisRegistry#installed()}. In an experiment the analysis is a
 * {@code ContributedAnalysis} with the factory's id and its settings as name/value pairs, which
 * the factory validates.
 */
public interface AnalysisFactory {

    /** @return the id, used in experiment files, {@code --only}, {@code report.json} */
    String id();

    /** @return a short human name for the editor and the views */
    String name();

    /**
     * The settings the analysis reads, with their defaults and ranges ({@code int} or
     * {@code double}); settings of other kinds are validated by {@link #validate} alone.
     *
     * @return the declared settings, in display order
     */
    default List<MetricParameter> settings() {
        return List.of();
    }

    /**
     * The names of the result tables the analysis writes ({@code <table>.csv}); a viewer
     * contributed for a table name shows them.
     *
     * @return the table names
     */
    List<String> tables();

    /**
     * Checks the settings of an experiment; called before any analysis of the run starts.
     *
     * @param settings name → value as written in the experiment
     * @throws IllegalArgumentException naming the setting and the problem
     */
    default void validate(Map<String, String> settings) {
    }

    /**
     * @param settings name → value, already validated
     * @return a new analysis whose {@link Analysis#id()} is this factory's id
     */
    Analysis create(Map<String, String> settings);

    /** @return the relative cost for progress (the built-in bias analysis weighs 10) */
    default int weight() {
        return 10;
    }
}
