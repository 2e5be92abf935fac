package org.repalign.scenario.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repalign.testing.ui.DisplayWaits.settle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

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
import org.repalign.testing.ui.LayersRunFolder;
import org.repalign.testing.ui.TreeRows;
import org.repalign.testing.ui.WorkspaceLog;
import org.repalign.ui.charts.HeatmapCanvas;
import org.repalign.ui.views.LayersView;
import org.repalign.ui.views.RunsView;

/**
 * A person looks at a layer sweep, with real clicks and keys: a run of the layers analysis
 * (a hand-made run folder, {@link LayersRunFolder}) is opened from the Runs view with a click and
 * Enter, which brings the Layers view to the front; a click on a pair of the sources × sources
 * matrix shows that pair's layer grid with its best cell outlined and the null of the maximum
 * under it; the pointer over the best cell shows its value ± sd; the metric list, opened with a
 * click and moved with the arrow keys, switches to a metric where lower is better. Each step is
 * pictured in {@code target/scenario/layers/}; the workspace log gets no error entry.
 */
class LayersScenarioUITest {

    private Path results;

    private final Display display = Display.getCurrent();
    private final UserInput user = new UserInput(display);

    @Test
    void aPersonChoosesAPairInTheBestLayerMatrixAndReadsItsLayerGrid() throws Throwable {
        results = Files.createTempDirectory("layers-scenario");
        Path run = LayersRunFolder.write(results.resolve("layered-run"));
        long logBefore = WorkspaceLog.length();
        // the views in front now are in front again afterwards (the Welcome view of a first start)
        List<IViewPart> inFront = java.util.Arrays.stream(page().getViewReferences()).map(r -> r.getView(false))
                .filter(v -> v != null && page().isPartVisible(v)).toList();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        StepPictures pictures = new StepPictures("layers");
        Thread person = new Thread(() -> {
            try {
                walk(run, pictures);
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
        IViewPart layers = page().findView(LayersView.ID);
        if (layers != null) {
            page().hideView(layers);
        }
        if (page().findView(RunsView.ID) instanceof RunsView runs) {
            runs.getViewer().setSelection(org.eclipse.jface.viewers.StructuredSelection.EMPTY);
            runs.removeFolder(results.toAbsolutePath().normalize());
        }
        // the Welcome view steps aside for a selected run after the events now queued
        settle(300);
        inFront.forEach(page()::bringToTop);
        settle(100);
        if (failure.get() != null) {
            throw failure.get();
        }
        assertTrue(inFront.stream().allMatch(page()::isPartVisible), "the views in front before are in front again");
        assertEquals(List.of(), WorkspaceLog.addedSince(logBefore).lines().filter(WorkspaceLog::isErrorEntry).toList(),
                "the workspace log has no new error entries");
    }

    private void walk(Path run, StepPictures pictures) throws Exception {
        Shell shell = user.ui(LayersScenarioUITest::shell);
        user.run(() -> {
            shell.setMaximized(false);
            shell.setBounds(0, 0, 1280, 900);
            shell.forceActive();
        });
        UserInput.pause(300);

        // the results folder is opened in the Runs view; the person clicks the run and presses Enter
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
        Path runFolder = run.toAbsolutePath().normalize();
        Point row = user.ui(() -> {
            TreeItem item = TreeRows.find(runs.getViewer().getTree().getItems(),
                    i -> i.getData() instanceof RunsView.RunFolder f && f.folder().equals(runFolder));
            assertTrue(item != null, "the Runs view lists the run");
            Rectangle bounds = item.getBounds(0);
            return runs.getViewer().getTree().toDisplay(bounds.x + Math.min(bounds.width / 2, 60),
                    bounds.y + bounds.height / 2);
        });
        user.click(row);
        user.press(SWT.CR, 1);
        user.waitUntil("the Layers view shows the run", 20, () -> {
            LayersView view = (LayersView) page().findView(LayersView.ID);
            return view != null && page().isPartVisible(view) && view.getRun() != null
                    && view.getLayerHeatmap().getHeatmapData() != null;
        });
        LayersView view = user.ui(() -> (LayersView) page().findView(LayersView.ID));
        UserInput.pause(300);
        user.ui(() -> pictures.take(shell, "opened"));
        assertEquals("m1 \u2013 m2", user.ui(() -> view.getPairCombo().getText()), "the first pair is shown");
        assertArrayEquals(new int[] { 2, 2 }, user.ui(() -> view.getLayerHeatmap().getHeatmapData().marked()));

        // a click on m2 × m3 in the sources matrix shows that pair's layer grid
        HeatmapCanvas sources = user.ui(view::getSourcesHeatmap);
        user.click(user.ui(() -> centre(sources, 1, 2)));
        user.waitUntil("the grid of m2 – m3 is shown", 10, () -> "m2 \u2013 m3".equals(view.getPairCombo().getText()));
        assertEquals(List.of("l0", "l1", "l2", "l3"), user.ui(() -> view.getLayerHeatmap().getHeatmapData().rowLabels()));
        assertEquals(List.of("a", "b"), user.ui(() -> view.getLayerHeatmap().getHeatmapData().columnLabels()));
        assertArrayEquals(new int[] { 1, 0 }, user.ui(() -> view.getLayerHeatmap().getHeatmapData().marked()),
                "the best layer pair l1 × a is outlined");
        assertTrue(user.ui(() -> view.getSummary().getText()).contains(
                "Null of the maximum over the grid (100 permutations): 0.5000 \u00b1 0.0600, p = 0.03960."));

        // the pointer over the best cell shows its value ± sd
        HeatmapCanvas layers = user.ui(view::getLayerHeatmap);
        Point best = user.ui(() -> centre(layers, 1, 0));
        user.run(() -> {
            org.eclipse.swt.widgets.Event move = new org.eclipse.swt.widgets.Event();
            move.type = SWT.MouseMove;
            move.x = best.x + 2;
            move.y = best.y + 2;
            display.post(move);
        });
        UserInput.pause(100);
        user.run(() -> {
            org.eclipse.swt.widgets.Event move = new org.eclipse.swt.widgets.Event();
            move.type = SWT.MouseMove;
            move.x = best.x;
            move.y = best.y;
            display.post(move);
        });
        user.waitUntil("the hover text of the best cell", 10,
                () -> "l1 \u00d7 a\ncka: 0.7000 \u00b1 0.0200\nhigher is better".equals(layers.getToolTipText()));
        user.ui(() -> pictures.take(shell, "pair-m2-m3"));

        // the metric list: a click opens it, Down and Enter choose the next metric
        user.click(user.ui(view::getMetricCombo));
        UserInput.pause(400);
        user.press(SWT.ARROW_DOWN, 1);
        user.press(SWT.CR, 1);
        user.waitUntil("knn_edit_10 is chosen", 10, () -> "knn_edit_10".equals(view.getMetricCombo().getText()));
        assertEquals("m1 \u2013 m3", user.ui(() -> view.getPairCombo().getText()), "its only pair is shown");
        assertArrayEquals(new int[] { 2, 1 }, user.ui(() -> view.getLayerHeatmap().getHeatmapData().marked()),
                "lower is better: the minimum, out × b, is outlined");
        assertTrue(user.ui(() -> view.getSummary().getText()).contains("No permutation null of the minimum"));
        UserInput.pause(200);
        Path last = user.ui(() -> pictures.take(shell, "lower-is-better"));
        assertTrue(Files.size(last) > 0);
    }

    private static Point centre(HeatmapCanvas canvas, int row, int column) {
        Rectangle cell = canvas.cellBounds(row, column);
        return canvas.toDisplay(cell.x + cell.width / 2, cell.y + cell.height / 2);
    }

    private static Shell shell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }
}
