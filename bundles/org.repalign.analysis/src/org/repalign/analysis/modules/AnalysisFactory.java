package org.repalign.analysis.modules;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.repalign.analysis.results.TableSchema;

/**
 * An analysis as RepAlign knows it: its declarations (id, label, description, settings, needs,
 * tables, weight, run order) and {@link #create} for a run. The runner, the command line's
 * {@code --only}, the validator, the summary and the experiment editor are driven by these
 * declarations; no list of analyses is written anywhere else.
 * <p>
 * RepAlign's own analyses are factories too (see {@link BuiltInAnalysisFactory}). A plug-in
 * lists its implementation in
 * {@code META-INF/services/org.repalign.analysis.modules.AnalysisFactory}, on a plain classpath
 * and in OSGi alike (see docs/plugins.md); all end up in {@link AnalysisRegistry#installed()}. In an experiment a contributed analysis is a
 * {@code ContributedAnalysis} with the factory's id and its settings as name/value pairs.
 */
public interface AnalysisFactory {

    /** @return the id, used in experiment files, {@code --only}, {@code report.json} */
    String id();

    /** @return the label: a short human name for the editor and the views */
    String name();

    /** @return one line saying what the analysis computes, for the editor and listings */
    default String description() {
        return "";
    }

    /**
     * The settings the analysis reads, with their kinds, defaults, ranges and help. Values are
     * checked against them before the run; {@link #validate} may check more.
     *
     * @return the declared settings, in display order
     */
    default List<SettingDeclaration> settings() {
        return List.of();
    }

    /** @return what the analysis needs beyond the sources' rows */
    default Set<AnalysisNeed> needs() {
        return Set.of();
    }

    /**
     * The result tables the analysis writes ({@code <analysis>-<table>.csv}); a viewer
     * contributed for the analysis shows them.
     *
     * @return the table schemas
     */
    List<TableSchema<?>> tables();

    /**
     * Checks the settings of an experiment beyond their declarations; called before any
     * analysis of the run starts.
     *
     * @param settings name → value as written in the experiment
     * @throws IllegalArgumentException naming the setting and the problem
     */
    default void validate(Map<String, String> settings) {
    }

    /**
     * @param settings name → value, already checked against {@link #settings()} and
     *                 {@link #validate}; a missing setting takes its declared default
     * @return a new analysis whose {@link Analysis#id()} is this factory's id
     */
    Analysis create(Map<String, String> settings);

    /** @return the relative cost for progress (the built-in bias analysis weighs 10) */
    default int weight() {
        return 10;
    }

    /**
     * @return where the analysis runs in a run: lower first, equal ones in registration order;
     *         the built-in analyses take 100 to 600, contributed ones default to after them
     */
    default int runOrder() {
        return 1000;
    }
}
