package org.repalign.analysis.modules;

import org.repalign.analysis.AnalysisSettings;

/** The built-in analyses by id. */
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
