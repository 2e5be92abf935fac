package org.repalign.analysis.modules;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.results.TableSchema;
import org.repalign.analysis.results.rows.NoiseFit;
import org.repalign.analysis.results.rows.NoiseRow;

/**
 * The noise analysis (E3): alignment in windows of items taken in frequency order, with an OLS
 * fit, R² and Spearman correlation per pair and metric.
 */
public final class NoiseAnalysisFactory extends BuiltInAnalysisFactory<AnalysisSettings.Noise> {

    /** The analysis id. */
    public static final String ID = "noise";

    static final SettingDeclaration WINDOW_SIZE = SettingDeclaration.integer("windowSize",
            AnalysisSettings.Noise.PAPER.windowSize(), 2, Integer.MAX_VALUE, "items per window");
    static final SettingDeclaration STRIDE = SettingDeclaration.integer("stride", AnalysisSettings.Noise.PAPER.stride(),
            1, Integer.MAX_VALUE, "items between the starts of two windows");
    static final SettingDeclaration WINDOWS = SettingDeclaration.integer("windows",
            AnalysisSettings.Noise.PAPER.windows(), 3, Integer.MAX_VALUE,
            "number of windows (fewer when the items run out); at least 3 for a fit with R²");
    static final SettingDeclaration EXCLUDE_SAME_FAMILY = SettingDeclaration.bool("excludeSameFamily",
            AnalysisSettings.Noise.PAPER.excludeSameFamily(), "leave out pairs whose sources share a family");
    static final SettingDeclaration PREPROCESSING = SettingDeclaration.choice("preprocessing",
            AnalysisSettings.Noise.PAPER.preprocessing().id(), PREPROCESSING_CHOICES,
            "preprocessing of the measured rows (the paper: centered)");

    /** For the service loader. */
    public NoiseAnalysisFactory() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Noise";
    }

    @Override
    public String description() {
        return "Alignment in frequency windows (needs a frequencies file).";
    }

    @Override
    public List<SettingDeclaration> settings() {
        return List.of(WINDOW_SIZE, STRIDE, WINDOWS, EXCLUDE_SAME_FAMILY, PREPROCESSING);
    }

    @Override
    public Set<AnalysisNeed> needs() {
        return Set.of(AnalysisNeed.FREQUENCIES);
    }

    @Override
    public List<TableSchema<?>> tables() {
        return List.of(NoiseRow.TABLE, NoiseFit.TABLE);
    }

    @Override
    public int runOrder() {
        return 200;
    }

    @Override
    public AnalysisSettings.Noise parse(Map<String, String> values) {
        return new AnalysisSettings.Noise(intValue(values, WINDOW_SIZE), intValue(values, STRIDE),
                intValue(values, WINDOWS), booleanValue(values, EXCLUDE_SAME_FAMILY),
                preprocessingValue(values, PREPROCESSING));
    }

    @Override
    public Analysis create(AnalysisSettings.Noise settings) {
        return new NoiseAnalysis(settings);
    }
}
