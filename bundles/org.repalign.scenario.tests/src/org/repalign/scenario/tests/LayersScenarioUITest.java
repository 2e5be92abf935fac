package org.repalign.scenario.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.repalign.testing.ui.LayersRunFolder;
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
        RunScenario.walk(user, "layers", results, List.of(LayersView.ID), pictures -> walk(run, pictures));
    }

    private void walk(Path run, StepPictures pictures) throws Exception {
        Shell shell = user.ui(RunScenario::shell);
        // the results folder is opened in the Runs view; the person clicks the run and presses Enter
        RunsView runs = RunScenario.openResults(user, results);
        Point row = RunScenario.runRow(user, runs, run);
        user.click(row);
        user.press(SWT.CR, 1);
        user.waitUntil("the Layers view shows the run", 20, () -> {
            LayersView view = (LayersView) RunScenario.page().findView(LayersView.ID);
            return view != null && RunScenario.page().isPartVisible(view) && view.getRun() != null
                    && view.getLayerHeatmap().getHeatmapData() != null;
        });
        LayersView view = user.ui(() -> (LayersView) RunScenario.page().findView(LayersView.ID));
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

}
