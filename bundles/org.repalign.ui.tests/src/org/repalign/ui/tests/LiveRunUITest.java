package org.repalign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.ProtocolSettings;
import org.repalign.analysis.SaeSettings;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.run.ExperimentJob;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.sae.SaeTrainingProgress;
import org.repalign.compute.synth.SyntheticGenerator;
import org.repalign.compute.synth.SyntheticModelSpec;
import org.repalign.ui.RunMonitor;
import org.repalign.ui.RunMonitor.LiveRun;
import org.repalign.ui.views.RunsView;
import org.repalign.ui.views.SaeCurveView;

/** The SAE Training view follows a live run and the Runs view selects the finished run. */
class LiveRunUITest {

    @TempDir
    Path out;

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static void waitUntil(BooleanSupplier condition, long millis, String what) throws InterruptedException {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
            while (display.readAndDispatch()) {
                // process pending UI events
            }
            Thread.sleep(10);
        }
        assertTrue(condition.getAsBoolean(), what);
    }

    private static ISeries<?> curve(SaeCurveView view) {
        return view.getChart().getSeriesSet().getSeries(SaeCurveView.CURVE_SERIES);
    }

    private static int shown(SaeCurveView view) {
        ISeries<?> series = curve(view);
        return series == null ? 0 : series.getXSeries().length;
    }

    private static SaeTrainingProgress point(long step) {
        return new SaeTrainingProgress(step, 100, 1.0 / step, 1.0 - 0.01 * step, 4.0 + step, 0.5 / step, 1000);
    }

    @Test
    void publishedPointsAppearLiveAndThrottled() throws Exception {
        SaeCurveView view = (SaeCurveView) page().showView(SaeCurveView.ID);
        LiveRun live = RunMonitor.getDefault().createListener("live-test");
        try {
            List<SaeTrainingProgress> published = new ArrayList<>();
            for (long step = 1; step <= 5; step++) {
                published.add(point(step * 10));
                live.saeProgress("a", published.get(published.size() - 1));
            }
            waitUntil(() -> shown(view) == 5, 5000, "five live points");
            assertSame(live, view.getLiveRun());
            assertSame(live, RunMonitor.getDefault().current());
            assertArrayEquals(published.stream().mapToDouble(SaeTrainingProgress::step).toArray(),
                    curve(view).getXSeries());
            assertArrayEquals(published.stream().mapToDouble(SaeTrainingProgress::fvu).toArray(),
                    curve(view).getYSeries());

            for (long step = 6; step <= 8; step++) {
                published.add(point(step * 10));
                live.saeProgress("a", published.get(published.size() - 1));
            }
            waitUntil(() -> shown(view) == 8, 5000, "the series grows with the published steps");
            live.saeProgress("b", point(10));
            waitUntil(() -> live.sources().contains("b") && shown(view) == 1, 5000,
                    "the view follows the source being trained");
            assertEquals("b", view.getSourceCombo().getText());
            List<Long> deliveries = live.deliveryTimes();
            assertEquals(3, deliveries.size(), "three bursts, three deliveries: " + deliveries);
            assertTrue(deliveries.get(1) - deliveries.get(0) >= RunMonitor.INTERVAL_MS,
                    "deliveries are at least " + RunMonitor.INTERVAL_MS + " ms apart: " + deliveries);
            assertEquals(published, live.points("a"));
            assertEquals(List.of("a", "b"), live.sources());

            view.select("a", "l0");
            assertArrayEquals(published.stream().mapToDouble(SaeTrainingProgress::l0).toArray(),
                    curve(view).getYSeries());
            view.select("b", "fvu");
            assertArrayEquals(new double[] { 10 }, curve(view).getXSeries());
        } finally {
            live.ended();
        }
        waitUntil(() -> view.getLiveRun() == null, 5000, "the view leaves the ended run");
        assertNull(RunMonitor.getDefault().current());
    }

    @Test
    void aFinishedJobIsSelectedInTheRunsView() throws Exception {
        SaeCurveView view = (SaeCurveView) page().showView(SaeCurveView.ID);
        List<SyntheticModelSpec> models = List.of(SyntheticModelSpec.of("m1", 16, 1.0, 0.3),
                SyntheticModelSpec.of("m2", 20, 2.0, 0.6), SyntheticModelSpec.of("m3", 12, 0.5, 1.2));
        SyntheticGenerator generator = new SyntheticGenerator(5L, 240, 40, 4, 1.0, 0.25, 1.0, 1000.0, models);
        ExperimentPlan plan = new ExperimentPlan("live", "", 3L, List.of(), Optional.of(generator), null, null, null,
                Preprocessing.CENTERED, List.of("cka"), new ProtocolSettings(1, 120, 0, TieRule.RANDOM),
                new SaeSettings("topk", "l2prh", 32, 4, 120, 64, 4e-3, 1e-5, 0.2),
                List.of(new AnalysisSettings.Signal()), null);
        LiveRun live = RunMonitor.getDefault().createListener(plan.name());
        Map<String, List<SaeTrainingProgress>> published = new LinkedHashMap<>();
        RunListener recording = new RunListener() {
            @Override
            public void saeProgress(String sourceId, SaeTrainingProgress progress) {
                synchronized (published) {
                    published.computeIfAbsent(sourceId, s -> new ArrayList<>()).add(progress);
                }
                live.saeProgress(sourceId, progress);
            }
        };
        ExperimentJob job = new ExperimentJob(plan, out, recording, outcome -> live.finished(outcome.runFolder()));
        job.schedule();
        waitUntil(() -> job.getResult() != null, 180_000, "the run finishes");
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
        Path runFolder = job.outcome().runFolder();
        RunsView runs = (RunsView) page().findView(RunsView.ID);
        waitUntil(() -> page().findView(RunsView.ID) != null && view.getLiveRun() == null
                && view.getRun() != null && view.getRun().folder().equals(runFolder), 10_000,
                "the Runs view selects the new run");
        runs = (RunsView) page().findView(RunsView.ID);
        assertTrue(runs.getFolders().contains(out.toAbsolutePath().normalize()), runs.getFolders().toString());
        IStructuredSelection selected = runs.getViewer().getStructuredSelection();
        assertEquals(new RunsView.RunFolder(runFolder.toAbsolutePath().normalize()), selected.getFirstElement());
        assertInstanceOf(RunResults.class, runs.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection s
                ? s.getFirstElement() : null);

        assertFalse(published.isEmpty(), "the SAEs published training points");
        for (Map.Entry<String, List<SaeTrainingProgress>> entry : published.entrySet()) {
            assertEquals(entry.getValue(), live.points(entry.getKey()), "delivered points of " + entry.getKey());
        }
        String source = published.keySet().iterator().next();
        view.select(source, "fvu");
        assertNotNull(curve(view));
        assertEquals(view.getRun().saeCurve(source).size(), shown(view), "the stored curve of the run");
    }
}
