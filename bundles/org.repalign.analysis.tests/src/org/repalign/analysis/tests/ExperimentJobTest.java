package org.repalign.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.run.ExperimentJob;
import org.repalign.analysis.run.RunOutcome;
import org.repalign.compute.sae.SaeTrainingProgress;
import org.repalign.compute.synth.SyntheticModelSpec;

/** The experiment as an Eclipse Job: listeners while it runs, its outcome, and a working Cancel. */
class ExperimentJobTest {

    @TempDir
    Path out;

    private static ExperimentPlan plan() {
        List<SyntheticModelSpec> models = List.of(SyntheticModelSpec.of("a", 48, 1.0, 0.3),
                SyntheticModelSpec.of("b", 64, 1.0, 0.3));
        return TestPlans.plan(TestPlans.generator(400, models),
                List.of(new AnalysisSettings.Bias(), new AnalysisSettings.Signal()));
    }

    @Test
    void jobPublishesCurvesAndResults() throws Exception {
        List<String> finished = new CopyOnWriteArrayList<>();
        List<SaeTrainingProgress> curve = new CopyOnWriteArrayList<>();
        AtomicReference<RunOutcome> delivered = new AtomicReference<>();
        ExperimentJob job = new ExperimentJob(plan(), out, new RunListener() {
            @Override
            public void saeProgress(String sourceId, SaeTrainingProgress progress) {
                curve.add(progress);
            }

            @Override
            public void analysisFinished(AnalysisResult result) {
                finished.add(result.id());
            }
        }, delivered::set);
        job.schedule();
        assertTrue(job.join(120_000, null), "the job ends");
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        assertEquals(List.of("bias", "signal"), finished);
        assertTrue(curve.size() >= 2, "SAE curves are published while training");
        assertNotNull(delivered.get());
        assertEquals(delivered.get(), job.outcome());
        assertTrue(Files.isRegularFile(job.outcome().reportFile()));
    }

    @Test
    void cancelLeavesNoResults() throws Exception {
        CountDownLatch training = new CountDownLatch(1);
        ExperimentJob job = new ExperimentJob(plan(), out, new RunListener() {
            @Override
            public void saeProgress(String sourceId, SaeTrainingProgress progress) {
                training.countDown();
            }
        }, outcome -> {
        });
        job.schedule();
        assertTrue(training.await(120, TimeUnit.SECONDS), "SAE training started");
        job.cancel();
        assertTrue(job.join(120_000, null));
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        assertNull(job.outcome());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(0, files.count(), "no run folder, no temporary folder");
        }
    }
}
