package org.repalign.analysis.modules;

import org.repalign.analysis.AnalysisSettings;

/**
 * The analyses by id: the built-in ones, and the contributed ones of
 * {@link AnalysisRegistry#installed()}.
 */
public final class Analyses {

    private Analyses() {
    }

    /**
     * @param id an id of {@link AnalysisSettings#IDS}
     * @return a new analysis
     * @throws IllegalArgumentException for an unknown id
     */
    public static Analysis create(String id) {
        return switch (id) {
            case "bias" -> new BiasAnalysis();
            case "noise" -> new NoiseAnalysis();
            case "signal" -> new SignalAnalysis();
            case "features" -> new FeatureMatchingAnalysis();
            case "meta" -> new MetaAnalysis();
            case "probes" -> new ProbeAnalysis();
            default -> throw new IllegalArgumentException("unknown analysis '" + id + "'; known: "
                    + String.join(", ", AnalysisSettings.IDS));
        };
    }

    /**
     * @param settings the settings of a built-in or contributed analysis
     * @return a new analysis; a contributed one validates its settings in
     *         {@link Analysis#preflight} and cannot break the run of the others
     * @throws IllegalArgumentException for an unknown or broken analysis id, naming it
     */
    public static Analysis create(AnalysisSettings settings) {
        if (settings instanceof AnalysisSettings.Contributed contributed) {
            AnalysisFactory factory = AnalysisRegistry.installed().require(contributed.id());
            String contributor = AnalysisRegistry.installed().contribution(contributed.id()).orElseThrow().contributor();
            return new GuardedAnalysis(factory, contributor, contributed.settings());
        }
        return create(settings.id());
    }

    /**
     * @param settings the settings of a built-in or contributed analysis
     * @return its relative cost, for progress
     */
    public static int weight(AnalysisSettings settings) {
        if (settings instanceof AnalysisSettings.Contributed contributed) {
            return AnalysisRegistry.installed().contribution(contributed.id()).map(c -> safeWeight(c.value())).orElse(10);
        }
        return weight(settings.id());
    }

    private static int safeWeight(AnalysisFactory factory) {
        try {
            return Math.max(1, factory.weight());
        } catch (RuntimeException e) {
            return 10;
        }
    }

    /**
     * @param id an analysis id
     * @return its relative cost, for progress
     */
    public static int weight(String id) {
        return switch (id) {
            case "signal", "probes" -> 30;
            case "features" -> 10;
            case "meta" -> 2;
            default -> 10;
        };
    }
}
