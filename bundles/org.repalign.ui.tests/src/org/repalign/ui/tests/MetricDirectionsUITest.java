package org.repalign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.analysis.results.RunResults;
import org.repalign.ui.charts.HeatmapCanvas;
import org.repalign.ui.charts.HeatmapData;
import org.repalign.ui.charts.SequentialColorScale;
import org.repalign.ui.views.AlignmentMatrixView;
import org.repalign.ui.views.DifferenceView;

/**
 * Which way a metric is better, in every difference panel and alignment map, on a hand-written
 * report: knn_edit_100 (a distance: lower is better) with dense 98.56 and sparse 96.58 for the pair
 * x × y, and cka (a similarity) beside it. The panels show what their titles say.
 */
class MetricDirectionsUITest {

    private static final RGB VIRIDIS_YELLOW = new RGB(253, 231, 37);
    private static final RGB VIRIDIS_PURPLE = new RGB(68, 1, 84);

    @TempDir
    static Path folder;

    private static RunResults run;

    @BeforeAll
    static void writeReport() throws Exception {
        Files.writeString(folder.resolve("report.json"), """
                {"format": "repalign-report-1", "experiment": "e", "description": "", "run_id": "r", "seed": 1,
                 "sources": ["x", "y", "z"], "items": 500, "metrics": ["knn_edit_100", "cka"],
                 "metric_directions": {"knn_edit_100": "lower_is_better", "cka": "higher_is_better"},
                 "analyses": {
                   "signal": {"rows": [
                     {"a": "x", "b": "y", "metric": "knn_edit_100", "dense": 98.56, "sparse": 96.58, "delta": 1.98,
                      "dense_sd": 0.1, "sparse_sd": 0.1},
                     {"a": "x", "b": "z", "metric": "knn_edit_100", "dense": 97.0, "sparse": 99.0, "delta": -2.0,
                      "dense_sd": 0.1, "sparse_sd": 0.1},
                     {"a": "y", "b": "z", "metric": "knn_edit_100", "dense": 95.0, "sparse": 95.5, "delta": -0.5,
                      "dense_sd": 0.1, "sparse_sd": 0.1},
                     {"a": "x", "b": "y", "metric": "cka", "dense": 0.5, "sparse": 0.6, "delta": 0.1,
                      "dense_sd": 0.01, "sparse_sd": 0.01},
                     {"a": "x", "b": "z", "metric": "cka", "dense": 0.7, "sparse": 0.4, "delta": -0.3,
                      "dense_sd": 0.01, "sparse_sd": 0.01},
                     {"a": "y", "b": "z", "metric": "cka", "dense": 0.9, "sparse": 0.95, "delta": 0.05,
                      "dense_sd": 0.01, "sparse_sd": 0.01}]},
                   "bias": {"rows": [
                     {"a": "x", "b": "y", "metric": "knn_edit_100", "raw": 90.0, "centered": 95.0, "delta": -5.0,
                      "raw_sd": 0.1, "centered_sd": 0.1},
                     {"a": "x", "b": "z", "metric": "knn_edit_100", "raw": 92.0, "centered": 91.0, "delta": 1.0,
                      "raw_sd": 0.1, "centered_sd": 0.1},
                     {"a": "y", "b": "z", "metric": "knn_edit_100", "raw": 93.0, "centered": 93.0, "delta": 0.0,
                      "raw_sd": 0.1, "centered_sd": 0.1},
                     {"a": "x", "b": "y", "metric": "cka", "raw": 0.3, "centered": 0.5, "delta": 0.2,
                      "raw_sd": 0.01, "centered_sd": 0.01},
                     {"a": "x", "b": "z", "metric": "cka", "raw": 0.4, "centered": 0.3, "delta": -0.1,
                      "raw_sd": 0.01, "centered_sd": 0.01},
                     {"a": "y", "b": "z", "metric": "cka", "raw": 0.6, "centered": 0.6, "delta": 0.0,
                      "raw_sd": 0.01, "centered_sd": 0.01}]}}}
                """);
        run = RunResults.read(folder);
    }

    private static <T> T show(String id) throws Exception {
        @SuppressWarnings("unchecked")
        T view = (T) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(id);
        while (Display.getCurrent().readAndDispatch()) {
            // settle
        }
        return view;
    }

    @Test
    void aLowerIsBetterMetricShowsDenseMinusSparseUnderThatTitle() throws Exception {
        DifferenceView view = show(DifferenceView.ID);
        view.showRun(run);
        view.selectMetric("knn_edit_100");
        HeatmapCanvas signal = view.getSparseMinusDense();
        HeatmapData data = signal.getHeatmapData();
        String[] title = data.title().split("\n");
        assertEquals("Gain of sparse over dense: Dense \u2212 Sparse", title[0]);
        assertEquals("knn_edit_100, lower is better; red = sparse aligns better", title[1]);
        // what the title says, computed here: Dense − Sparse = 98.56 − 96.58
        assertEquals(98.56 - 96.58, data.value(0, 1), 1e-9);
        assertEquals(97.0 - 99.0, data.value(0, 2), 1e-9);
        RGB gain = signal.cellColor(0, 1);
        assertTrue(gain.red > gain.blue, "sparse aligns better (a lower distance) is red: " + gain);
        RGB loss = signal.cellColor(0, 2);
        assertTrue(loss.blue > loss.red, "sparse aligns worse is blue: " + loss);
        String hover = signal.hoverText(0, 1);
        assertTrue(hover.contains("Dense \u2212 Sparse, knn_edit_100: 1.9800"), hover);
        assertTrue(hover.contains("dense 98.5600, sparse 96.5800"), hover);
        assertTrue(hover.contains("positive: sparse aligns better (knn_edit_100 lower is better)"), hover);

        HeatmapData bias = view.getCenteredMinusRaw().getHeatmapData();
        assertEquals("Gain of centered over raw: Raw \u2212 Centered", bias.title().split("\n")[0]);
        assertEquals(90.0 - 95.0, bias.value(0, 1), 1e-9, "Raw − Centered of x × y");
        RGB worse = view.getCenteredMinusRaw().cellColor(0, 1);
        assertTrue(worse.blue > worse.red, "centering raised the distance: blue " + worse);
    }

    @Test
    void aHigherIsBetterMetricShowsSparseMinusDense() throws Exception {
        DifferenceView view = show(DifferenceView.ID);
        view.showRun(run);
        view.selectMetric("cka");
        HeatmapData data = view.getSparseMinusDense().getHeatmapData();
        assertEquals("Gain of sparse over dense: Sparse \u2212 Dense", data.title().split("\n")[0]);
        assertEquals(0.6 - 0.5, data.value(0, 1), 1e-9);
        assertEquals(0.4 - 0.7, data.value(0, 2), 1e-9);
        HeatmapData bias = view.getCenteredMinusRaw().getHeatmapData();
        assertEquals("Gain of centered over raw: Centered \u2212 Raw", bias.title().split("\n")[0]);
        assertEquals(0.5 - 0.3, bias.value(0, 1), 1e-9);
    }

    @Test
    void theDifferenceCsvCarriesTheDirection(@TempDir Path exports) throws Exception {
        DifferenceView view = show(DifferenceView.ID);
        view.showRun(run);
        view.selectMetric("knn_edit_100");
        Path csv = exports.resolve("differences.csv");
        view.export(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("metric,representation,a,b,value,sd,direction,lower,upper,null_mean,null_sd,z,null_p,calibrated",
                lines.get(0));
        String xy = lines.stream().filter(l -> l.startsWith("knn_edit_100,sparse-dense,x,y,")).findFirst()
                .orElseThrow();
        String[] cells = xy.split(",", -1);
        assertEquals(98.56 - 96.58, Double.parseDouble(cells[4]), 1e-9, "positive: sparse aligns better: " + xy);
        assertEquals("", cells[5], "a difference has no standard deviation");
        assertEquals("lower_is_better", cells[6]);
    }

    @Test
    void yellowIsTheMostAlignedEndForBothDirections(@TempDir Path exports) throws Exception {
        AlignmentMatrixView view = show(AlignmentMatrixView.ID);
        view.showRun(run);
        view.select("knn_edit_100", "dense", false);
        HeatmapCanvas heatmap = view.getHeatmap();
        HeatmapData distance = heatmap.getHeatmapData();
        assertTrue(distance.title().contains("lower is better") && distance.title().contains("yellow = more aligned"),
                distance.title());
        SequentialColorScale scale = assertInstanceOf(SequentialColorScale.class, distance.scale());
        assertEquals(95.0, scale.top(), 0.0, "the legend's top is the lowest distance");
        assertEquals(VIRIDIS_YELLOW, heatmap.cellColor(1, 2), "y × z, the lowest distance (95.0), is yellow");
        assertEquals(VIRIDIS_PURPLE, heatmap.cellColor(0, 1), "x × y, the highest distance (98.56), is purple");
        assertTrue(heatmap.hoverText(1, 2).endsWith("lower is better"), heatmap.hoverText(1, 2));
        Path csv = exports.resolve("matrix.csv");
        view.export(csv);
        List<String> matrix = Files.readAllLines(csv);
        assertTrue(matrix.size() > 1 && matrix.stream().skip(1)
                .allMatch(l -> l.startsWith("knn_edit_100,dense,") && l.split(",", -1)[6].equals("lower_is_better")),
                matrix.toString());

        view.select("cka", "dense", false);
        HeatmapData similarity = heatmap.getHeatmapData();
        assertTrue(similarity.title().contains("higher is better"), similarity.title());
        assertEquals(0.9, similarity.scale().top(), 0.0);
        assertEquals(VIRIDIS_YELLOW, heatmap.cellColor(1, 2), "y × z, the highest cka (0.9), is yellow");
        assertEquals(VIRIDIS_PURPLE, heatmap.cellColor(0, 1), "x × y, the lowest cka (0.5), is purple");
    }
}
