package org.repalign.analysis.tests;

import java.util.List;
import java.util.Optional;

import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.ProtocolSettings;
import org.repalign.analysis.SaeSettings;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.synth.SyntheticGenerator;
import org.repalign.compute.synth.SyntheticModelSpec;

/** Small synthetic plans for the tests. */
final class TestPlans {

    static final List<String> METRICS = List.of("cka", "mutual_knn_10");

    private TestPlans() {
    }

    static SyntheticGenerator generator(int items, List<SyntheticModelSpec> models) {
        return new SyntheticGenerator(7L, items, 40, 4, 1.0, 0.25, 1.0, 1000.0, models);
    }

    static ExperimentPlan plan(SyntheticGenerator generator, List<AnalysisSettings> analyses) {
        return new ExperimentPlan("test", "", 11L, List.of(), Optional.of(generator), null, null, null,
                Preprocessing.CENTERED, METRICS, new ProtocolSettings(3, 150, 3, TieRule.RANDOM),
                new SaeSettings("topk", "l2prh", 64, 4, 1000, 128, 4e-3, 1e-5, 0.2), analyses, null);
    }

    static AnalysisSettings.Noise noise() {
        return new AnalysisSettings.Noise(100, 50, 6, false, Preprocessing.CENTERED);
    }
}
