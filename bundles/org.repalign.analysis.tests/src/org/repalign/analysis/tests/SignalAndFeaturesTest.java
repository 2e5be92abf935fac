package org.repalign.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.data.ExperimentData;
import org.repalign.analysis.data.ExperimentDataLoader;
import org.repalign.analysis.modules.FeatureMatchingAnalysis;
import org.repalign.analysis.modules.RunContext;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.modules.SignalAnalysis;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.results.ResultTable;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.synth.SyntheticGenerator;
import org.repalign.compute.synth.SyntheticModelSpec;

/**
 * Signal and feature matching on models that share sparse codes (planted signal) and on models
 * whose codes are independent (no shared signal).
 */
class SignalAndFeaturesTest {

    private static final List<SyntheticModelSpec> MODELS = List.of(SyntheticModelSpec.of("a", 48, 1.0, 0.3),
            SyntheticModelSpec.of("b", 64, 1.0, 0.3), SyntheticModelSpec.of("c", 56, 1.0, 0.3));

    private static List<AnalysisSettings> analyses() {
        return List.of(new AnalysisSettings.Signal(), new AnalysisSettings.Features(5, true));
    }

    private static RunContext shared() throws Exception {
        ExperimentPlan plan = TestPlans.plan(TestPlans.generator(400, MODELS), analyses());
        return new RunContext(plan, ExperimentDataLoader.load(plan, new NullProgressMonitor()),
                MetricRegistry.installed(), RunListener.NONE);
    }

    /** Each model sees its own world: no code is shared across models. */
    private static RunContext independent() throws Exception {
        ExperimentPlan plan = TestPlans.plan(TestPlans.generator(400, MODELS), analyses());
        List<RowMatrix> matrices = new ArrayList<>();
        for (int m = 0; m < MODELS.size(); m++) {
            SyntheticGenerator own = TestPlans.generator(400, MODELS).withSeed(100 + m);
            matrices.add(own.represent(own.world(), m).matrix());
        }
        ExperimentData base = ExperimentDataLoader.load(plan, new NullProgressMonitor());
        ExperimentData data = new ExperimentData(base.sourceIds(), matrices, base.properties(), base.saeFolders(),
                base.items(), base.frequencies(), Map.of(), List.of(), Optional.empty());
        return new RunContext(plan, data, MetricRegistry.installed(), RunListener.NONE);
    }

    @Test
    void sparseCodesRecoverSharedSignal() throws Exception {
        RunContext context = shared();
        AnalysisResult signal = new SignalAnalysis().run(context, new NullProgressMonitor());
        ResultTable rows = signal.table("rows");
        assertEquals(3 * 2, rows.size());
        for (int r = 0; r < rows.size(); r++) {
            assertEquals(rows.number(r, "sparse") - rows.number(r, "dense"), rows.number(r, "delta"), 1e-15);
        }
        @SuppressWarnings("unchecked")
        Map<String, Double> share = (Map<String, Double>) signal.values().get("improved_share");
        assertEquals(1.0, share.get("cka"), "sparse codes of the shared signal align more: " + rows.toCsv());

        AnalysisResult features = new FeatureMatchingAnalysis().run(context, new NullProgressMonitor());
        ResultTable matched = features.table("rows");
        assertEquals(3 * 2, matched.size(), "3 pairs × weighted and binary");
        for (int r = 0; r < matched.size(); r++) {
            double score = matched.number(r, "score");
            assertTrue(score > 0 && score <= 1 + 1e-12, "score in (0, 1]: " + score);
            assertTrue(matched.number(r, "z") > 5, "shared latents stand far above the null: " + matched.toCsv());
            assertEquals((score - matched.number(r, "null_mean")) / matched.number(r, "null_sd"),
                    matched.number(r, "z"), 1e-9);
        }
    }

    @Test
    void independentCodesShowNoSignal() throws Exception {
        RunContext context = independent();
        AnalysisResult signal = new SignalAnalysis().run(context, new NullProgressMonitor());
        ResultTable rows = signal.table("rows");
        AnalysisResult planted = new SignalAnalysis().run(shared(), new NullProgressMonitor());
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r, "metric").equals("cka")) {
                assertTrue(rows.number(r, "sparse") < planted.table("rows").number(r, "sparse") - 0.2,
                        "without shared codes sparse CKA is low: " + rows.toCsv());
            }
        }
        ResultTable matched = new FeatureMatchingAnalysis().run(context, new NullProgressMonitor()).table("rows");
        for (int r = 0; r < matched.size(); r++) {
            assertTrue(Math.abs(matched.number(r, "z")) < 5, "independent latents match like the null: "
                    + matched.toCsv());
        }
    }

    @Test
    void sameSeedSameCodes() throws Exception {
        ResultTable first = new SignalAnalysis().run(shared(), new NullProgressMonitor()).table("rows");
        ResultTable second = new SignalAnalysis().run(shared(), new NullProgressMonitor()).table("rows");
        assertEquals(first.toCsv(), second.toCsv(), "SAE training and subsamples follow the plan's seed");
    }
}
