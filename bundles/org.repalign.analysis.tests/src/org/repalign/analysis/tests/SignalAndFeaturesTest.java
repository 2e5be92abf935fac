package org.repalign.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.repalign.analysis.modules.SparseCodes;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.results.ResultTable;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.matching.FeatureMatching;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.protocol.SourcePair;
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
        storedNullsAreTheComputedOnes(context, features);
    }

    /**
     * The file-only null table holds every permutation's score, equal to the null computed again
     * from the pair's codes and seed, and the rows' null mean and s.d. are those of the stored scores.
     */
    private static void storedNullsAreTheComputedOnes(RunContext context, AnalysisResult features)
            throws Exception {
        ResultTable nulls = features.table("null");
        assertFalse(nulls.inReport(), "thousands of draws stay out of report.json");
        assertFalse(features.toJson().containsKey("null"));
        ResultTable matched = features.table("rows");
        assertEquals(matched.size() * 5, nulls.size(), "5 draws per pair and kind");
        SparseCodes codes = context.codes(new NullProgressMonitor());
        int line = 0;
        for (int r = 0; r < matched.size(); r++) {
            String a = (String) matched.get(r, "a");
            String b = (String) matched.get(r, "b");
            String kind = (String) matched.get(r, "kind");
            SourcePair pair = context.pairs().stream()
                    .filter(p -> context.data().sourceIds().get(p.first()).equals(a)
                            && context.data().sourceIds().get(p.second()).equals(b))
                    .findFirst().orElseThrow();
            double[] expected = FeatureMatching.nulls(codes.codes(pair.first()), codes.codes(pair.second()),
                    kind.equals("binary"), 5, context.plan().seed() + pair.index()).scores();
            double sum = 0;
            for (int draw = 0; draw < 5; draw++, line++) {
                assertEquals(List.of(a, b, kind, draw), List.of(nulls.get(line, "a"), nulls.get(line, "b"),
                        nulls.get(line, "kind"), nulls.get(line, "draw")));
                assertEquals(expected[draw], nulls.number(line, "score"), 0.0, "draw " + draw + " of " + a + "-" + b);
                sum += nulls.number(line, "score");
            }
            double mean = sum / 5;
            double squares = 0;
            for (int draw = 0; draw < 5; draw++) {
                double d = nulls.number(line - 5 + draw, "score") - mean;
                squares += d * d;
            }
            assertEquals(mean, matched.number(r, "null_mean"), 1e-12);
            assertEquals(Math.sqrt(squares / 4), matched.number(r, "null_sd"), 1e-12, "sample s.d., divisor 5 - 1");
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
