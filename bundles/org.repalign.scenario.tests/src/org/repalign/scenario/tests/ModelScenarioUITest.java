package org.repalign.scenario.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repalign.testing.ui.DisplayWaits.settle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.ProtocolSettings;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.results.rows.ModelPredictionRow;
import org.repalign.analysis.run.ExperimentRunner;
import org.repalign.analysis.run.RunOutcome;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.synth.SyntheticGenerator;
import org.repalign.compute.synth.SyntheticModelSpec;
import org.repalign.testing.ui.TreeRows;
import org.repalign.testing.ui.WorkspaceLog;
import org.repalign.ui.views.ModelView;
import org.repalign.ui.views.RunsView;

/**
 * A person reads the model analysis, with real clicks and keys: a run of it on four synthetic
 * models is chosen in the Runs view with a click and opened with Enter, which brings the Model
 * view forward (the only view of the run); the chart shows the twins against the sources for
 * cka on centered rows, one point per pair, and the table each source's fit; the Representation
 * list, opened with a click and moved with the arrow keys, switches to the centering gain. Each
 * step is pictured in {@code target/scenario/model/}; the workspace log gets no error entry.
 */
class ModelScenarioUITest {

    private final Display display = Display.getCurrent();
    private final UserInput user = new UserInput(display);

    @Test
    void aPersonOpensAModelRunAndSwitchesToTheCenteringGain() throws Throwable {
        Path results = Files.createTempDirectory("model-scenario");
        SyntheticGenerator generator = new SyntheticGenerator(9L, 1200, 48, 4, 1.0, 0.25, 1.0, 1000.0, List.of(
                SyntheticModelSpec.of("m1", 48, 1.0, 1.0), SyntheticModelSpec.of("m2", 64, 2.0, 1.5),
                SyntheticModelSpec.of("m3", 40, 0.5, 0.8), SyntheticModelSpec.of("m4", 56, 1.5, 2.0)));
        ExperimentPlan plan = new ExperimentPlan("model-scenario", "", 5L, List.of(), Optional.of(generator), null,
                null, null, Preprocessing.CENTERED, List.of("cka"), new ProtocolSettings(2, 400, 0, TieRule.RANDOM),
                null, List.of(new AnalysisSettings.Contributed("model", Map.of())), null);
        RunOutcome outcome = new ExperimentRunner().run(plan, results, RunListener.NONE, new NullProgressMonitor());
        RunResults run = RunResults.read(outcome.runFolder());
        long logBefore = WorkspaceLog.length();
        List<IViewPart> inFront = java.util.Arrays.stream(page().getViewReferences()).map(r -> r.getView(false))
                .filter(v -> v != null && page().isPartVisible(v)).toList();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        StepPictures pictures = new StepPictures("model");
        Thread person = new Thread(() -> {
            try {
                walk(results, outcome.runFolder(), run, pictures);
            } catch (Throwable e) {
                failure.set(e);
                user.run(() -> pictures.take(shell(), "failed"));
            }
        }, "person at the keyboard");
        person.start();
        while (person.isAlive()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        IViewPart model = page().findView(ModelView.ID);
        if (model != null) {
            page().hideView(model);
        }
        if (page().findView(RunsView.ID) instanceof RunsView runs) {
            runs.getViewer().setSelection(org.eclipse.jface.viewers.StructuredSelection.EMPTY);
            runs.removeFolder(results.toAbsolutePath().normalize());
        }
        settle(300);
        inFront.forEach(page()::bringToTop);
        settle(100);
        if (failure.get() != null) {
            throw failure.get();
        }
        assertEquals(List.of(), WorkspaceLog.addedSince(logBefore).lines().filter(WorkspaceLog::isErrorEntry).toList(),
                "the workspace log has no new error entries");
    }

    private void walk(Path results, Path runFolder, RunResults run, StepPictures pictures) throws Exception {
        Shell shell = user.ui(ModelScenarioUITest::shell);
        user.run(() -> {
            shell.setMaximized(false);
            shell.setBounds(0, 0, 1280, 900);
            shell.forceActive();
        });
        UserInput.pause(300);
        RunsView runs = user.ui(() -> {
            try {
                RunsView view = (RunsView) page().showView(RunsView.ID);
                view.addFolder(results);
                view.getViewer().expandAll();
                return view;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        UserInput.pause(300);
        Path folder = runFolder.toAbsolutePath().normalize();
        Point row = user.ui(() -> {
            TreeItem item = TreeRows.find(runs.getViewer().getTree().getItems(),
                    i -> i.getData() instanceof RunsView.RunFolder f && f.folder().equals(folder));
            assertTrue(item != null, "the Runs view lists the run");
            Rectangle bounds = item.getBounds(0);
            return runs.getViewer().getTree().toDisplay(bounds.x + Math.min(bounds.width / 2, 60),
                    bounds.y + bounds.height / 2);
        });
        user.click(row);
        user.press(SWT.CR, 1);
        user.waitUntil("the Model view shows the run", 20, () -> {
            ModelView view = (ModelView) page().findView(ModelView.ID);
            return view != null && page().isPartVisible(view) && view.getRun() != null
                    && view.getChart().getTitle().getText().startsWith("cka (centered): twins against the sources");
        });
        ModelView view = user.ui(() -> (ModelView) page().findView(ModelView.ID));
        UserInput.pause(300);
        user.ui(() -> pictures.take(shell, "opened"));
        assertEquals(4, (int) user.ui(() -> view.getFits().getTable().getItemCount()), "one row per source");
        assertPoints(view, run, "centered");

        // the Representation list: a click opens it, Down twice and Enter choose the centering gain
        user.click(user.ui(view::getRepresentationCombo));
        UserInput.pause(400);
        user.press(SWT.ARROW_DOWN, 2);
        user.press(SWT.CR, 1);
        user.waitUntil("the centering gain is shown", 10,
                () -> view.getChart().getTitle().getText().startsWith("cka (centered-raw): twins against the sources"));
        assertPoints(view, run, "centered-raw");
        UserInput.pause(200);
        Path last = user.ui(() -> pictures.take(shell, "centering-gain"));
        assertTrue(Files.size(last) > 0);
    }

    private void assertPoints(ModelView view, RunResults run, String representation) {
        List<ModelPredictionRow> rows = run.modelPredictions().stream()
                .filter(r -> r.metric().equals("cka") && r.representation().equals(representation)).toList();
        assertEquals(6, rows.size());
        assertArrayEquals(rows.stream().mapToDouble(ModelPredictionRow::observed).toArray(),
                user.ui(() -> view.getChart().getSeriesSet().getSeries(ModelView.PAIRS_SERIES).getXSeries()), 0);
        assertArrayEquals(rows.stream().mapToDouble(ModelPredictionRow::predicted).toArray(),
                user.ui(() -> view.getChart().getSeriesSet().getSeries(ModelView.PAIRS_SERIES).getYSeries()), 0);
    }

    private static Shell shell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }
}
