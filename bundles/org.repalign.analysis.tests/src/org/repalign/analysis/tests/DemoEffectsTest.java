package org.repalign.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.experiment.DemoExperiment;
import org.repalign.analysis.experiment.ExperimentPlans;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.run.ExperimentRunner;
import org.repalign.analysis.run.RunOutcome;

/**
 * The built-in demo shows the effects it is calibrated for, on its own generator seed: centering
 * raises mutual_knn_10, sparse codes align more than dense rows in CKA, and alignment rises with
 * frequency (CKA and mutual_knn_10), each in at least 90 % of the pairs, and the attribute probes
 * are informative but not trivial (mean AUROC between 0.75 and 0.95, dense and sparse). {@code releng/benchmark.sh
 * demo-effects} measures the same on more seeds.
 */
class DemoEffectsTest {

    private static final double SHARE = 0.9;

    @TempDir
    Path out;

    @Test
    void theDemoShowsItsEffects() throws Exception {
        ExperimentPlan plan = ExperimentPlans.fromModel(DemoExperiment.create(), null)
                .only(List.of("bias", "noise", "signal", "probes"));
        assertEquals(DemoExperiment.DATA_SEED, plan.synthetic().orElseThrow().seed());
        RunOutcome outcome = new ExperimentRunner().run(plan, out, RunListener.NONE, new NullProgressMonitor());

        Map<String, Object> bias = values(outcome, "bias");
        assertAtLeast(SHARE, share(bias, "improved_share", "mutual_knn_10"), "bias: centering raises mutual_knn_10");
        assertAtLeast(SHARE, share(bias, "significant_improved_share", "mutual_knn_10"),
                "bias: centering raises mutual_knn_10 significantly");

        Map<String, Object> signal = values(outcome, "signal");
        assertAtLeast(SHARE, share(signal, "improved_share", "cka"), "signal: sparse codes align more in cka");
        assertAtLeast(SHARE, share(signal, "significant_improved_share", "cka"),
                "signal: sparse codes align significantly more in cka");

        Map<String, Object> noise = values(outcome, "noise");
        for (String metric : List.of("cka", "mutual_knn_10")) {
            assertAtLeast(SHARE, share(noise, "rising_share", metric), "noise: " + metric + " rises with frequency");
            assertAtLeast(SHARE, share(noise, "significant_rising_share", metric),
                    "noise: " + metric + " rises with frequency significantly");
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> auroc = (Map<String, Object>) values(outcome, "probes").get("mean_auroc");
        for (String representation : List.of("dense", "sparse")) {
            double mean = ((Number) auroc.get(representation)).doubleValue();
            assertAtLeast(0.75, mean, "probes: mean AUROC on " + representation);
            assertTrue(mean <= 0.95, "probes are informative but not trivial: mean AUROC on " + representation + " "
                    + mean);
        }
    }

    private static Map<String, Object> values(RunOutcome outcome, String id) {
        return outcome.results().stream().filter(r -> r.id().equals(id)).findFirst().map(AnalysisResult::values)
                .orElseThrow(() -> new AssertionError("no " + id + " result"));
    }

    @SuppressWarnings("unchecked")
    private static double share(Map<String, Object> values, String key, String metric) {
        return ((Number) ((Map<String, Object>) values.get(key)).get(metric)).doubleValue();
    }

    private static void assertAtLeast(double bound, double value, String what) {
        assertTrue(value >= bound, what + ": " + value + " < " + bound);
    }
}
