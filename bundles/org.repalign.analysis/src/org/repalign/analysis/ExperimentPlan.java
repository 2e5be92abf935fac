package org.repalign.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.repalign.analysis.modules.AnalysisRegistry;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.synth.SyntheticGenerator;

/**
 * Everything one run needs, immutable: the sources (files, or RepAlign's synthetic generator),
 * the side files, the metrics, the protocol, the SAE settings and the analyses to run.
 *
 * @param name            experiment name
 * @param description     free text, may be empty
 * @param seed            the seed every random choice derives from
 * @param sources         file sources; with a generator, optional entries whose ids match
 *                        generated models and whose properties are used
 * @param synthetic       RepAlign's synthetic generator, when the data is generated
 * @param itemsFile       shared item list, or {@code null}
 * @param frequenciesFile item frequencies, or {@code null}
 * @param attributesFile  item attributes, or {@code null}
 * @param densePreprocessing preprocessing of dense rows for SAEs, signal and probes (the paper:
 *                        centered)
 * @param metrics         metric specs ({@code id} or {@code id:name=value,...})
 * @param protocol        subsampling protocol
 * @param sae             SAE settings
 * @param analyses        analyses to run, distinct ids; kept in the registry's run order
 * @param experimentFile  the experiment file, when there is one (copied into the results)
 */
public record ExperimentPlan(String name, String description, long seed, List<SourcePlan> sources,
        Optional<SyntheticGenerator> synthetic, Path itemsFile, Path frequenciesFile, Path attributesFile,
        Preprocessing densePreprocessing, List<String> metrics, ProtocolSettings protocol, SaeSettings sae,
        List<AnalysisSettings> analyses, Path experimentFile) {

    /** Compact constructor: copies lists and checks ids. */
    public ExperimentPlan {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        sources = List.copyOf(sources);
        synthetic = synthetic == null ? Optional.empty() : synthetic;
        densePreprocessing = densePreprocessing == null ? Preprocessing.CENTERED : densePreprocessing;
        metrics = metrics == null || metrics.isEmpty() ? MetricRegistry.PAPER_METRICS : List.copyOf(metrics);
        protocol = protocol == null ? ProtocolSettings.PAPER : protocol;
        sae = sae == null ? SaeSettings.DEFAULTS : sae;
        List<AnalysisSettings> ordered = new ArrayList<>(analyses);
        ordered.sort(AnalysisRegistry.installed().runOrder());
        analyses = List.copyOf(ordered);
        Set<String> ids = new HashSet<>();
        for (SourcePlan source : sources) {
            if (!ids.add(source.id())) {
                throw new IllegalArgumentException("source id '" + source.id() + "' is used twice");
            }
        }
        Set<String> analysisIds = new HashSet<>();
        for (AnalysisSettings analysis : analyses) {
            if (!analysisIds.add(analysis.id())) {
                throw new IllegalArgumentException("analysis '" + analysis.id() + "' is listed twice");
            }
        }
    }

    /**
     * @param id an analysis id
     * @return its settings when the plan runs it
     */
    public Optional<AnalysisSettings> analysis(String id) {
        return analyses.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /**
     * @param <T>      a settings type
     * @param type     the settings type of an analysis
     * @param fallback the settings to use when the plan does not configure it
     * @return the plan's settings of that type, else {@code fallback}
     */
    public <T extends AnalysisSettings> T settings(Class<T> type, T fallback) {
        return analyses.stream().filter(type::isInstance).map(type::cast).findFirst().orElse(fallback);
    }

    /**
     * @param ids analysis ids to keep
     * @return this plan running only those of its analyses
     * @throws IllegalArgumentException naming an id that is unknown or not in the plan
     */
    public ExperimentPlan only(List<String> ids) {
        List<AnalysisSettings> kept = new ArrayList<>();
        for (String id : ids) {
            if (analysis(id).isEmpty()) {
                // unknown or broken contributions fail with their message, listing the known ids
                AnalysisRegistry.installed().require(id);
            }
            kept.add(analysis(id).orElseThrow(() -> new IllegalArgumentException(
                    "analysis '" + id + "' is not configured in experiment '" + name + "'")));
        }
        kept.sort(AnalysisRegistry.installed().runOrder());
        return new ExperimentPlan(name, description, seed, sources, synthetic, itemsFile, frequenciesFile,
                attributesFile, densePreprocessing, metrics, protocol, sae, kept, experimentFile);
    }
}
