package org.repalign.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.run.ExperimentRunner;
import org.repalign.analysis.run.RunOutcome;
import org.repalign.analysis.work.LocalExecutor;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.synth.SyntheticModelSpec;
import org.repalign.io.internal.JsonParser;

/**
 * The same experiment on one and on two work threads: the same report values (every analysis,
 * the SAEs bit for bit), the same units; only the work section's thread count differs.
 */
class WorkThreadsTest {

    @TempDir
    Path out;

    private static ExperimentPlan plan() {
        List<SyntheticModelSpec> models = List.of(SyntheticModelSpec.of("m1", 24, 1.0, 0.5),
                SyntheticModelSpec.of("m2", 32, 1.0, 0.5), SyntheticModelSpec.of("m3", 20, 1.0, 0.5));
        return TestPlans.plan(TestPlans.generator(400, models),
                List.of(new AnalysisSettings.Bias(), TestPlans.noise(), new AnalysisSettings.Signal(),
                        new AnalysisSettings.Features(4, true), new AnalysisSettings.Probes(3, 1.0, 10)));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> report(int threads) throws Exception {
        RunOutcome outcome = new ExperimentRunner(MetricRegistry.installed(), new LocalExecutor(threads))
                .run(plan(), out.resolve("t" + threads), RunListener.NONE, new NullProgressMonitor());
        return (Map<String, Object>) JsonParser.parse(Files.readString(outcome.reportFile()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void oneAndTwoThreadsGiveTheSameReport() throws Exception {
        Map<String, Object> one = report(1);
        Map<String, Object> two = report(2);
        Map<String, Object> analyses = (Map<String, Object>) one.get("analyses");
        assertEquals(List.of("bias", "noise", "signal", "features", "probes"), List.copyOf(analyses.keySet()));
        for (String analysis : analyses.keySet()) {
            Map<String, Object> first = new java.util.LinkedHashMap<>((Map<String, Object>) analyses.get(analysis));
            Map<String, Object> second = new java.util.LinkedHashMap<>(
                    (Map<String, Object>) ((Map<String, Object>) two.get("analyses")).get(analysis));
            // the seconds an analysis took are the one thing that may differ
            assertTrue(first.remove("seconds") instanceof Number && second.remove("seconds") instanceof Number, analysis);
            assertEquals(first, second, analysis);
        }
        assertEquals(1L, ((Number) ((Map<String, Object>) one.get("environment")).get("blas_threads")).longValue(),
                "one BLAS thread during a run, whatever the work threads");
        assertEquals(1L, ((Number) ((Map<String, Object>) two.get("environment")).get("blas_threads")).longValue());
        assertEquals(one.get("sae"), two.get("sae"), "SAE statistics bit for bit");
        assertEquals(one.get("summary"), two.get("summary"));

        Map<String, Object> workOne = (Map<String, Object>) one.get("work");
        Map<String, Object> workTwo = (Map<String, Object>) two.get("work");
        assertEquals("local", workOne.get("executor"));
        assertEquals(1L, ((Number) workOne.get("threads")).longValue());
        assertEquals(2L, ((Number) workTwo.get("threads")).longValue());
        assertEquals(workOne.get("units"), workTwo.get("units"));
        assertTrue(workOne.get("seed_rule").toString().startsWith("plan seed + stream index"));
        Map<String, Object> units = (Map<String, Object>) workOne.get("units");
        assertEquals(3L * 3 * 3, ((Number) units.get("pair_evaluation")).longValue(),
                "3 subsamples of 3 pairs in raw, centered and sparse, each measured once");
        assertEquals(3L, ((Number) units.get("sae")).longValue());
        assertEquals(3L * 6, ((Number) units.get("frequency_window")).longValue(), "3 pairs × 6 windows");
        assertEquals(3L * 2, ((Number) units.get("matching_pair")).longValue(), "3 pairs × weighted and binary");
        int probed = ((List<Object>) ((Map<String, Object>) ((Map<String, Object>) analyses.get("probes")).get("values"))
                .get("attributes")).size();
        assertTrue(probed > 0);
        assertEquals(3L, ((Number) units.get("probe_folds")).longValue(),
                "one unit per source, each probing every attribute");
        assertEquals(units.keySet(), ((Map<String, Object>) workOne.get("unit_seconds")).keySet());
        Map<String, Object> seconds = (Map<String, Object>) workOne.get("analysis_seconds");
        assertEquals(analyses.keySet(), seconds.keySet());
        for (Object value : seconds.values()) {
            assertTrue(((Number) value).doubleValue() >= 0, seconds.toString());
        }
    }

    @Test
    void aFailingUnitGivesTheSameOneLineErrorOnEveryThreadCount() {
        ExperimentPlan base = plan();
        // k = 200 does not fit subsamples of 150 rows: every subsample of every pair fails
        ExperimentPlan plan = new ExperimentPlan(base.name(), "", base.seed(), base.sources(), base.synthetic(), null,
                null, null, base.densePreprocessing(), List.of("cka", "mutual_knn:k=200"), base.protocol(), base.sae(),
                List.of(new AnalysisSettings.Bias()), null);
        String[] messages = new String[2];
        for (int threads = 1; threads <= 2; threads++) {
            LocalExecutor executor = new LocalExecutor(threads);
            ExperimentInputException error = assertThrows(ExperimentInputException.class,
                    () -> new ExperimentRunner(MetricRegistry.installed(), executor).run(plan, out.resolve("e"),
                            RunListener.NONE, new NullProgressMonitor()));
            messages[threads - 1] = error.getMessage();
        }
        assertTrue(messages[0].startsWith("pair m1–m2 (raw): metric 'mutual_knn:k=200'"), messages[0]);
        assertEquals(1, messages[0].lines().count(), "one line");
        assertEquals(messages[0], messages[1], "the first failed unit in unit order, whatever the threads");
    }
}
