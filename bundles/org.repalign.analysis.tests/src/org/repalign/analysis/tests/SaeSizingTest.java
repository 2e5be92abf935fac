package org.repalign.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.SaeSettings;
import org.repalign.analysis.SaeSizing;
import org.repalign.analysis.experiment.ExperimentPlans;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.run.ExperimentRunner;
import org.repalign.analysis.run.RunOutcome;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentFactory;
import org.repalign.model.ExperimentFiles;
import org.repalign.model.Protocol;
import org.repalign.model.SyntheticData;
import org.repalign.model.SyntheticModel;

/**
 * The SAE sizing rule ({@link SaeSizing}) on hand-computed cases and at its bounds, values set
 * in the experiment file winning over it, and the choice stated in report.json and the summary.
 */
class SaeSizingTest {

    @TempDir
    Path folder;

    @Test
    void latentsAreFourPerDimensionBoundedByHalfTheRowsAndFourK() {
        // 1,240 rows of at most 1,024 dimensions, k = 32: 4 · 1024 = 4096, capped at 1240 / 2 = 620
        assertEquals(620, SaeSizing.latents(1240, 1024, 32));
        // 3,000 rows, 160 dimensions, k = 8: 4 · 160 = 640 is inside [32, 1500]
        assertEquals(640, SaeSizing.latents(3000, 160, 8));
        // 100,000 rows, 768 dimensions: 3072, below the cap of 4096
        assertEquals(3072, SaeSizing.latents(100_000, 768, 32));
        // 100,000 rows, 2,048 dimensions: 8192 capped at 4096
        assertEquals(4096, SaeSizing.latents(100_000, 2048, 32));
        // 200 rows, 50 dimensions, k = 32: 200 wanted, half the rows is 100, but at least 4k = 128
        assertEquals(128, SaeSizing.latents(200, 50, 32));
        // 10 dimensions, k = 4: 40 wanted, above 4k = 16 and below 5000
        assertEquals(40, SaeSizing.latents(10_000, 10, 4));
        // 2 dimensions, k = 4: 8 wanted, raised to 4k = 16
        assertEquals(16, SaeSizing.latents(10_000, 2, 4));
    }

    @Test
    void stepsAreHundredPassesOverTheRowsBetweenTheirBounds() {
        assertEquals(1024, SaeSizing.batchSize(1240));
        assertEquals(500, SaeSizing.batchSize(500));
        // ceil(100 · 1240 / 1024) = ceil(121.09) = 122
        assertEquals(122, SaeSizing.steps(1240, 1024));
        // ceil(100 · 3000 / 1024) = ceil(292.97) = 293
        assertEquals(293, SaeSizing.steps(3000, 1024));
        // 100 · 500 / 500 = 100, the minimum
        assertEquals(100, SaeSizing.steps(500, 500));
        // 100 · 300 / 300 = 100; 100 · 50 / 50 = 100; never fewer than 100
        assertEquals(100, SaeSizing.steps(50, 50));
        assertEquals(100, SaeSizing.steps(10, 1024));
        // 100 · 20,480 / 1024 = 2000 exactly; beyond that the maximum
        assertEquals(2000, SaeSizing.steps(20_480, 1024));
        assertEquals(2000, SaeSizing.steps(1_000_000, 1024));
        assertEquals(1954, SaeSizing.steps(20_000, 1024));
    }

    @Test
    void sizingAppliesOnlyToTheValuesItSizes() {
        SaeSettings given = new SaeSettings("topk", "l2prh", 300, 8, 777, 64, 1e-3, 1e-5, 0.1);
        SaeSettings steps = new SaeSizing(3000, 160, false, true, false).apply(given);
        assertEquals(300, steps.latents());
        assertEquals(64, steps.batchSize());
        // ceil(100 · 3000 / 64) = 4688, capped at 2000
        assertEquals(2000, steps.steps());
        SaeSettings all = new SaeSizing(3000, 160, true, true, true).apply(given);
        assertEquals(640, all.latents());
        assertEquals(1024, all.batchSize());
        assertEquals(293, all.steps());
        assertEquals(8, all.k());
        assertTrue(all.sizing().sizedAny());
        assertFalse(new SaeSizing(3000, 160, false, false, false).sizedAny());
        assertThrows(IllegalArgumentException.class, () -> new SaeSizing(0, 160, true, true, true));
    }

    @Test
    void unsetValuesAreSizedAndSetOnesKept() throws Exception {
        Experiment unset = synthetic(600, 40, 72);
        Path file = folder.resolve("unset.repalign");
        ExperimentFiles.save(unset, file);
        SaeSettings sae = ExperimentPlans.load(file).sae();
        // 600 rows, widest 72 dimensions, k = 8: 4 · 72 = 288 ≤ 300; batch 600; 100 passes: 100 steps
        assertEquals(288, sae.latents());
        assertEquals(600, sae.batchSize());
        assertEquals(100, sae.steps());
        assertEquals(new SaeSizing(600, 72, true, true, true), sae.sizing());

        Experiment set = synthetic(600, 40, 72);
        set.getSae().setLatents(96);
        set.getSae().setSteps(150);
        set.getSae().setBatchSize(200);
        Path setFile = folder.resolve("set.repalign");
        ExperimentFiles.save(set, setFile);
        SaeSettings kept = ExperimentPlans.load(setFile).sae();
        assertEquals(96, kept.latents());
        assertEquals(150, kept.steps());
        assertEquals(200, kept.batchSize());
        assertNull(kept.sizing(), "every value is set: nothing is sized");

        Experiment stepsOnly = synthetic(600, 40, 72);
        stepsOnly.getSae().setLatents(96);
        stepsOnly.getSae().setBatchSize(200);
        Path stepsFile = folder.resolve("steps.repalign");
        ExperimentFiles.save(stepsOnly, stepsFile);
        SaeSettings sized = ExperimentPlans.load(stepsFile).sae();
        assertEquals(96, sized.latents());
        assertEquals(200, sized.batchSize());
        // ceil(100 · 600 / 200) = 300 steps of the given batch
        assertEquals(300, sized.steps());
        assertEquals(new SaeSizing(600, 72, false, true, false), sized.sizing());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReportAndTheSummaryStateTheSizingAndTheSecondsPerAnalysis() throws Exception {
        Experiment experiment = synthetic(300, 24, 32);
        Path file = folder.resolve("small.repalign");
        ExperimentFiles.save(experiment, file);
        ExperimentPlan plan = ExperimentPlans.load(file).only(List.of("bias", "signal"));
        RunOutcome outcome = new ExperimentRunner().run(plan, folder.resolve("out"), RunListener.NONE,
                new NullProgressMonitor());
        Map<String, Object> sae = (Map<String, Object>) outcome.report().get("sae");
        // 300 rows, widest 32: 4 · 32 = 128 ≤ 150; batch 300; 100 steps
        assertEquals(128, sae.get("latents"));
        assertEquals(100, sae.get("steps"));
        assertEquals(300, sae.get("batch_size"));
        Map<String, Object> sizing = (Map<String, Object>) sae.get("sizing");
        assertEquals(SaeSizing.RULE, sizing.get("rule"));
        assertEquals(300, sizing.get("rows"));
        assertEquals(32, sizing.get("dimension"));
        assertEquals(List.of("batch_size", "latents", "steps"), sizing.get("sized"));
        assertTrue(outcome.summary().stream().anyMatch(l -> l.startsWith("SAE: 128 latents (sized), 100 steps (sized),"
                + " batches of 300 (sized) for 300 rows and up to 32 dimensions")), outcome.summary().toString());

        // read back from the written report.json
        RunResults read = RunResults.read(outcome.runFolder());
        assertEquals(List.of("bias", "signal"), List.copyOf(outcome.analysisSeconds().keySet()));
        for (String analysis : List.of("bias", "signal")) {
            double seconds = read.seconds(analysis).orElseThrow();
            assertTrue(seconds > 0, analysis + ": " + seconds);
            assertEquals(outcome.analysisSeconds().get(analysis), seconds, 0.0);
        }
        double total = ((Number) outcome.report().get("seconds_wall_total")).doubleValue();
        assertTrue(outcome.analysisSeconds().values().stream().mapToDouble(Double::doubleValue).sum() <= total);
        assertTrue(outcome.secondsLine().matches("seconds: bias \\d+\\.\\d, signal \\d+\\.\\d \\(run \\d+\\.\\d\\)"),
                outcome.secondsLine());
        assertTrue(read.seconds("probes").isEmpty(), "an analysis that did not run has no seconds");
    }

    /** A synthetic experiment of three models, the widest {@code widest}; no SAE value set. */
    private static Experiment synthetic(int items, int narrow, int widest) {
        ExperimentFactory factory = ExperimentFactory.eINSTANCE;
        Experiment experiment = factory.createExperiment();
        experiment.setName("sized");
        experiment.setSeed(5L);
        SyntheticData data = factory.createSyntheticData();
        data.setSeed(9L);
        data.setItems(items);
        data.setAttributes(12);
        data.setActivePerItem(3);
        data.getModels().add(model(factory, "a", narrow));
        data.getModels().add(model(factory, "b", widest));
        data.getModels().add(model(factory, "c", narrow + 4));
        experiment.setSynthetic(data);
        Protocol protocol = factory.createProtocol();
        protocol.setSubsamples(2);
        protocol.setSubsampleSize(items / 2);
        protocol.setPermutations(2);
        experiment.setProtocol(protocol);
        experiment.setSae(factory.createSaeSettings());
        experiment.getSae().setK(8);
        org.repalign.model.MetricSetting cka = factory.createMetricSetting();
        cka.setId("cka");
        experiment.getMetrics().add(cka);
        experiment.getAnalyses().add(factory.createBiasAnalysis());
        experiment.getAnalyses().add(factory.createSignalAnalysis());
        return experiment;
    }

    private static SyntheticModel model(ExperimentFactory factory, String id, int dimension) {
        SyntheticModel model = factory.createSyntheticModel();
        model.setId(id);
        model.setDimension(dimension);
        return model;
    }
}
