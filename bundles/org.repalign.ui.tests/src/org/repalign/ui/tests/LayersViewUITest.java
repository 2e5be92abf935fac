package org.repalign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repalign.testing.ui.DisplayWaits.drain;
import static org.repalign.testing.ui.DisplayWaits.settle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.results.rows.LayerBest;
import org.repalign.testing.ui.LayersRunFolder;
import org.repalign.testing.ui.LoggedErrors;
import org.repalign.testing.ui.RealInput;
import org.repalign.testing.ui.Screenshots;
import org.repalign.ui.charts.HeatmapCanvas;
import org.repalign.ui.charts.HeatmapData;
import org.repalign.ui.providers.LayerGridModel;
import org.repalign.ui.providers.LayersDataProvider;
import org.repalign.ui.providers.LayersDataProvider.LayerTables;
import org.repalign.ui.providers.MatrixModel;
import org.repalign.ui.results.ResultViewers;
import org.repalign.ui.results.ViewerEntry;
import org.repalign.ui.views.LayersView;

/**
 * The Layers view and its data provider on a hand-made run folder of the layers analysis
 * ({@link LayersRunFolder}: its values are listed there): the provider places the CSVs' numbers
 * in the layer grid and in the symmetric sources × sources matrix of best values; the view shows
 * the best cell outlined, the layer names on the axes, value ± sd on hover, the best value and the
 * null of the maximum under the map, and chooses a pair when its cell is clicked.
 */
class LayersViewUITest {

    private static final RGB VIRIDIS_YELLOW = new RGB(253, 231, 37);
    private static final RGB BLACK = new RGB(0, 0, 0);

    @TempDir
    static Path results;

    private static RunResults run;
    private static RunResults withoutLayers;

    private final LoggedErrors logged = new LoggedErrors();

    @BeforeAll
    static void writeRuns() throws IOException {
        run = RunResults.read(LayersRunFolder.write(results.resolve("with-layers")));
        withoutLayers = RunResults.read(LayersRunFolder.writeWithoutLayers(results.resolve("without-layers")));
    }

    @BeforeEach
    void listen() {
        logged.start();
    }

    @AfterEach
    void noErrors() {
        drain();
        logged.stop();
        assertEquals(List.of(), logged.errors(), "no error in the workspace log");
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static LayersView showView() throws Exception {
        LayersView view = (LayersView) page().showView(LayersView.ID);
        settle(100);
        return view;
    }

    @Test
    void theRegistryNamesTheViewAndProviderOfTheLayersAnalysis() {
        ResultViewers viewers = new ResultViewers();
        assertEquals(List.of(LayersView.ID), viewers.views("layers").stream().map(ViewerEntry::view).toList());
        assertNotNull(PlatformUI.getWorkbench().getViewRegistry().find(LayersView.ID));
        assertTrue(viewers.provider("layers", LayersDataProvider.class).isPresent());
        assertEquals(LayersView.ID, viewers.primaryView(run).orElseThrow().view(),
                "a run of the layers analysis brings the Layers view to the front");
    }

    @Test
    void providerPlacesTheGridOfAPairWithItsBestCell() throws IOException {
        LayersDataProvider provider = new LayersDataProvider();
        LayerTables tables = provider.read(run);
        assertEquals(List.of("cka", "knn_edit_10"), provider.metrics(tables));
        List<LayerBest> pairs = provider.pairs(tables, "cka");
        assertEquals(List.of("m1-m2", "m1-m3", "m2-m3"), pairs.stream().map(p -> p.a() + "-" + p.b()).toList());

        LayerGridModel grid = provider.grid(tables, pairs.get(0));
        assertEquals(List.of("embed", "mid", "out"), grid.rowLabels(), "the layers of m1 are the rows");
        assertEquals(List.of("l0", "l1", "l2", "l3"), grid.columnLabels(), "the layers of m2 are the columns");
        assertArrayEquals(new double[] { 0.10, 0.20, 0.30, 0.25 }, grid.values()[0], 0.0);
        assertArrayEquals(new double[] { 0.20, 0.40, 0.55, 0.50 }, grid.values()[1], 0.0);
        assertArrayEquals(new double[] { 0.30, 0.50, 0.80, 0.60 }, grid.values()[2], 0.0);
        assertArrayEquals(new double[] { 0.01, 0.01, 0.02, 0.01 }, grid.sds()[2], 0.0);
        assertEquals(2, grid.bestRow());
        assertEquals(2, grid.bestColumn());
        assertEquals(0.80, grid.bestValue(), 0.0);

        // lower is better: the best is the grid's minimum, not its maximum (9.0 at embed × a)
        LayerGridModel knn = provider.grid(tables, provider.pairs(tables, "knn_edit_10").get(0));
        assertEquals(List.of("a", "b"), knn.columnLabels());
        assertEquals(2, knn.bestRow());
        assertEquals(1, knn.bestColumn());
        assertEquals(4.5, knn.bestValue(), 0.0);
        assertEquals(9.0, knn.values()[0][0], 0.0);
        assertEquals(12, provider.cells(tables, pairs.get(0)).size(), "3 × 4 cells of m1 – m2");
    }

    @Test
    void providerFillsTheSymmetricMatrixOfBestValuesFromTheBestTable() throws IOException {
        LayersDataProvider provider = new LayersDataProvider();
        LayerTables tables = provider.read(run);
        MatrixModel cka = provider.bestMatrix(run, tables, "cka");
        assertEquals(List.of("m1", "m2", "m3"), cka.labels());
        double[][] expected = { { Double.NaN, 0.80, 0.65 }, { 0.80, Double.NaN, 0.70 }, { 0.65, 0.70, Double.NaN } };
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(expected[i], cka.values()[i], 0.0, "row " + i);
        }
        assertEquals("best layers: m1 out \u00d7 m2 l2 (of 3 \u00d7 4)", cka.notes()[0][1]);
        assertEquals(cka.notes()[0][1], cka.notes()[1][0], "the note of a pair is on both of its cells");
        assertEquals("best layers: m2 l1 \u00d7 m3 a (of 4 \u00d7 2)", cka.notes()[2][1]);

        MatrixModel knn = provider.bestMatrix(run, tables, "knn_edit_10");
        assertEquals(4.5, knn.values()[0][2], 0.0);
        assertEquals(4.5, knn.values()[2][0], 0.0);
        assertTrue(Double.isNaN(knn.values()[0][1]) && Double.isNaN(knn.values()[1][2]),
                "pairs the metric was not swept for stay empty");
    }

    @Test
    void providerSaysWhenTheRunHasNoLayersOrAFileIsMissing() throws IOException {
        LayersDataProvider provider = new LayersDataProvider();
        assertFalse(provider.hasResults(withoutLayers));
        assertTrue(provider.read(withoutLayers).isEmpty());
        assertTrue(provider.read(null).isEmpty());
        Path broken = LayersRunFolder.write(results.resolve("broken"));
        Files.delete(broken.resolve("layers-grid.csv"));
        IOException e = assertThrows(IOException.class, () -> provider.read(RunResults.read(broken)));
        assertTrue(e.getMessage().contains("layers-grid.csv"), e.getMessage());
    }

    @Test
    void viewShowsTheBestCellOutlinedWithLayerNamesAndTheNullOfTheMaximum() throws Exception {
        LayersView view = showView();
        view.showRun(run);
        view.selectMetric("cka");
        view.selectPair("m1", "m2");
        settle(100);
        assertEquals(List.of("cka", "knn_edit_10"), List.of(view.getMetricCombo().getItems()));
        assertEquals(List.of("m1 \u2013 m2", "m1 \u2013 m3", "m2 \u2013 m3"), List.of(view.getPairCombo().getItems()));
        HeatmapCanvas layers = view.getLayerHeatmap();
        HeatmapData grid = layers.getHeatmapData();
        assertEquals(List.of("embed", "mid", "out"), grid.rowLabels());
        assertEquals(List.of("l0", "l1", "l2", "l3"), grid.columnLabels());
        assertArrayEquals(new int[] { 2, 2 }, grid.marked(), "the best layer pair is marked");
        assertTrue(grid.title().startsWith("cka: layers of m1 (rows) \u00d7 m2 (columns), higher is better"),
                grid.title());
        assertThrows(IllegalArgumentException.class, () -> grid.withMarked(3, 0), "a mark outside the map");
        assertThrows(IllegalArgumentException.class, () -> grid.withSpreads(new double[2][4]), "spreads of another shape");
        assertEquals(VIRIDIS_YELLOW, layers.cellColor(2, 2), "the best cka is the yellow end");
        assertEquals("out \u00d7 l2\ncka: 0.8000 \u00b1 0.0200\nhigher is better", layers.hoverText(2, 2));
        assertEquals("embed \u00d7 l3\ncka: 0.2500 \u00b1 0.0100\nhigher is better", layers.hoverText(0, 3));
        assertEquals("Best layer pair: m1 out \u00d7 m2 l2 = 0.8000 \u00b1 0.0200 (the maximum over 3 \u00d7 4 layer pairs)."
                + "\nNull of the maximum over the grid (100 permutations): 0.4200 \u00b1 0.0500, p = 0.009900.",
                view.getSummary().getText());
        assertTrue(view.getSummary().isVisible() && view.getSummary().getSize().y > 0, "the summary is shown");

        // on screen: the outline is drawn inside the best cell, and only there
        Rectangle best = layers.cellBounds(2, 2);
        Rectangle other = layers.cellBounds(1, 1);
        ImageData picture = Screenshots.ofControl(layers);
        assertEquals(BLACK, pixel(picture, best.x + best.width / 2, best.y), "top edge of the outline");
        assertEquals(BLACK, pixel(picture, best.x, best.y + best.height / 2), "left edge of the outline");
        assertEquals(layers.cellColor(2, 2), pixel(picture, best.x + best.width / 2, best.y + 4),
                "the outline leaves the cell's colour inside");
        assertEquals(layers.cellColor(1, 1), pixel(picture, other.x + other.width / 2, other.y + 4),
                "another cell has no outline");

        HeatmapData sources = view.getSourcesHeatmap().getHeatmapData();
        assertEquals(List.of("m1", "m2", "m3"), sources.rowLabels());
        assertEquals(0.70, sources.value(1, 2), 0.0);
        assertEquals("m2 \u00d7 m3\ncka (best layers): 0.7000\nhigher is better\nbest layers: m2 l1 \u00d7 m3 a (of 4 \u00d7 2)",
                view.getSourcesHeatmap().hoverText(1, 2));
    }

    @Test
    void clickingAPairInTheSourcesMatrixShowsItsLayerGrid() throws Exception {
        LayersView view = showView();
        view.showRun(run);
        view.selectMetric("cka");
        view.selectPair("m1", "m2");
        settle(100);
        HeatmapCanvas sources = view.getSourcesHeatmap();
        clickCell(sources, 2, 1);
        assertEquals("m2 \u2013 m3", view.getPairCombo().getText(), "the clicked pair (m3 × m2) is chosen");
        HeatmapData grid = view.getLayerHeatmap().getHeatmapData();
        assertEquals(List.of("l0", "l1", "l2", "l3"), grid.rowLabels());
        assertEquals(List.of("a", "b"), grid.columnLabels());
        assertArrayEquals(new int[] { 1, 0 }, grid.marked());
        assertArrayEquals(new int[] { 1, 2 }, sources.getHeatmapData().marked(), "the pair shown is outlined: m2 × m3");
        assertTrue(view.getSummary().getText().endsWith("0.5000 \u00b1 0.0600, p = 0.03960."),
                view.getSummary().getText());

        // a pair without permutations says so
        clickCell(sources, 0, 2);
        assertEquals("m1 \u2013 m3", view.getPairCombo().getText());
        assertTrue(view.getSummary().getText().contains("No permutation null of the maximum"),
                view.getSummary().getText());

        // the empty diagonal chooses nothing
        clickCell(sources, 1, 1);
        assertEquals("m1 \u2013 m3", view.getPairCombo().getText());
    }

    @Test
    void aMetricWhereLowerIsBetterMarksTheMinimum() throws Exception {
        LayersView view = showView();
        view.showRun(run);
        view.selectMetric("knn_edit_10");
        settle(50);
        assertEquals(List.of("m1 \u2013 m3"), List.of(view.getPairCombo().getItems()));
        HeatmapCanvas layers = view.getLayerHeatmap();
        HeatmapData grid = layers.getHeatmapData();
        assertArrayEquals(new int[] { 2, 1 }, grid.marked());
        assertTrue(grid.title().contains("lower is better"), grid.title());
        assertEquals(VIRIDIS_YELLOW, layers.cellColor(2, 1), "the lowest value is the yellow (better) end");
        assertTrue(view.getSummary().getText().contains("(the minimum over 3 \u00d7 2 layer pairs)"),
                view.getSummary().getText());
        assertThrows(IllegalArgumentException.class, () -> view.selectPair("m1", "m2"));
    }

    @Test
    void exportWritesBothMapsAndThePairsGrid(@TempDir Path exports) throws Exception {
        LayersView view = showView();
        view.showRun(run);
        view.selectMetric("cka");
        view.selectPair("m1", "m2");
        settle(50);
        Path csv = exports.resolve("layers.csv");
        view.export(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("metric,a,b,layer_a,layer_a_name,layer_b,layer_b_name,value,sd,direction", lines.get(0));
        assertEquals(1 + 12, lines.size(), "the 3 × 4 cells of m1 – m2");
        assertTrue(lines.contains("cka,m1,m2,2,out,2,l2,0.8,0.02,higher_is_better"), lines.toString());

        Path svg = exports.resolve("layers.svg");
        view.export(svg);
        String text = Files.readString(svg);
        assertTrue(text.contains("<title>out \u00d7 l2: cka = 0.800 \u00b1 0.020 (higher is better)</title>"),
                "the best cell with its sd");
        assertEquals(2, text.split("<polyline", -1).length - 1, "the best layer pair and the pair shown are outlined");
        assertEquals(12 + 9, text.split("<title>", -1).length - 1, "the 12 grid cells and the 9 of the sources map");

        Path png = exports.resolve("layers.png");
        view.export(png);
        ImageData image = new ImageLoader().load(png.toString())[0];
        Point size = view.getLayerHeatmap().getSize();
        assertEquals(2 * size.x, image.width, "both maps side by side");
        Rectangle best = view.getLayerHeatmap().cellBounds(2, 2);
        assertEquals(BLACK, pixel(image, best.x + best.width / 2, best.y), "the outline is in the picture");
        assertThrows(IOException.class, () -> view.export(exports.resolve("layers.pdf")));
    }

    @Test
    void aRunWithoutTheLayersAnalysisSaysHowToAddIt() throws Exception {
        LayersView view = showView();
        view.showRun(withoutLayers);
        settle(50);
        assertNull(view.getLayerHeatmap().getHeatmapData());
        assertNull(view.getSourcesHeatmap().getHeatmapData());
        assertEquals(LayersView.NO_LAYERS, view.getLayerHeatmap().getEmptyMessage());
        assertTrue(LayersView.NO_LAYERS.contains("Add the layers analysis to the experiment"));
        assertEquals("", view.getSourcesHeatmap().getEmptyMessage(), "said once, in the layer map");
        assertEquals(0, view.getMetricCombo().getItemCount());
        assertEquals("", view.getSummary().getText());
        assertThrows(IOException.class, () -> view.export(results.resolve("nothing.png")));
        view.showRun(null);
        assertEquals("Select a run in the Runs view.", view.getLayerHeatmap().getEmptyMessage());
    }

    /** A real left click (events posted to the window system) in the middle of a cell. */
    private static void clickCell(HeatmapCanvas canvas, int row, int column) throws InterruptedException {
        Rectangle cell = canvas.cellBounds(row, column);
        RealInput.clickAt(canvas, cell.x + cell.width / 2, cell.y + cell.height / 2);
        settle(100);
    }

    private static RGB pixel(ImageData image, int x, int y) {
        return image.palette.getRGB(image.getPixel(x, y));
    }
}
