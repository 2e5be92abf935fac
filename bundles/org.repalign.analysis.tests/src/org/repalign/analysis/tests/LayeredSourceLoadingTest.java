package org.repalign.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.ModelProperties;
import org.repalign.analysis.ProtocolSettings;
import org.repalign.analysis.SourcePlan;
import org.repalign.analysis.data.ExperimentData;
import org.repalign.analysis.data.ExperimentDataLoader;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.data.SourceLayers;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.preprocess.Preprocessing;

/** Sources that hold layers: a folder of per-layer files and a 3-D .npy array. */
class LayeredSourceLoadingTest {

    private static final int ROWS = 5;

    @TempDir
    Path dir;
    Path folder;
    Path cube;

    /** Layer files named so that natural order differs from text order; every value tells its place. */
    @BeforeEach
    void files() throws Exception {
        folder = Files.createDirectory(dir.resolve("a-layers"));
        LayerData.npy(folder.resolve("layer_10.npy"), values(10, ROWS, 2));
        LayerData.npy(folder.resolve("layer_2.npy"), values(2, ROWS, 4));
        LayerData.npy(folder.resolve("layer_1.npy"), values(1, ROWS, 3));
        cube = LayerData.npy(dir.resolve("b.npy"), new double[][][] {values(100, ROWS, 3), values(101, ROWS, 3)});
    }

    /** value = 1000·layer + 10·row + column + 1: never zero, so every row can be normalised */
    private static double[][] values(int layer, int rows, int columns) {
        double[][] m = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                m[i][j] = 1000.0 * layer + 10 * i + j + 1;
            }
        }
        return m;
    }

    private ExperimentPlan plan(String layerA, String layerB, Path itemsA, Path itemsB, AnalysisSettings analysis) {
        List<SourcePlan> sources = List.of(
                new SourcePlan("a", folder, null, null, itemsA, null, ModelProperties.UNKNOWN, layerA),
                new SourcePlan("b", cube, null, null, itemsB, null, ModelProperties.UNKNOWN, layerB));
        return new ExperimentPlan("layered", "", 3L, sources, Optional.empty(), null, null, null,
                Preprocessing.CENTERED, List.of("cka"), new ProtocolSettings(0, 100, 0, TieRule.RANDOM),
                null, List.of(analysis), null);
    }

    private static AnalysisSettings layersAnalysis() {
        return new AnalysisSettings.Contributed("layers", Map.of());
    }

    private static void assertLayer(double[][] expected, RowMatrix actual) {
        assertEquals(expected.length, actual.rows());
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], actual.row(i), 0.0, "row " + i);
        }
    }

    @Test
    void singleMatrixAnalysesGetTheLastLayerByDefaultAndNoOtherLayerIsKept() throws Exception {
        ExperimentData data = ExperimentDataLoader.load(plan(null, null, null, null, new AnalysisSettings.Bias()),
                new NullProgressMonitor());
        assertFalse(ExperimentDataLoader.needsLayers(plan(null, null, null, null, new AnalysisSettings.Bias())));
        // natural order: layer_1, layer_2, layer_10; the last is layer_10
        assertLayer(values(10, ROWS, 2), data.matrices().get(0));
        assertLayer(values(101, ROWS, 3), data.matrices().get(1));
        assertTrue(data.layers().isEmpty());
        assertEquals(List.of("0", "1", "2", "3", "4"), data.items());
        assertTrue(data.notes().contains("source 'a': the analyses of one matrix per source use layer 'layer_10'"
                + " (2 of 0–2)"), data.notes().toString());
    }

    @Test
    void aLayerIsChosenByNameOrByIndex() throws Exception {
        ExperimentData data = ExperimentDataLoader.load(plan("layer_2", "0", null, null, new AnalysisSettings.Bias()),
                new NullProgressMonitor());
        assertLayer(values(2, ROWS, 4), data.matrices().get(0));
        assertLayer(values(100, ROWS, 3), data.matrices().get(1));
        data = ExperimentDataLoader.load(plan("0", "-1", null, null, new AnalysisSettings.Bias()),
                new NullProgressMonitor());
        assertLayer(values(1, ROWS, 3), data.matrices().get(0));
        assertLayer(values(101, ROWS, 3), data.matrices().get(1));
    }

    @Test
    void anAnalysisThatNeedsLayersGetsEveryLayerOfEverySource() throws Exception {
        ExperimentPlan plan = plan("layer_2", null, null, null, layersAnalysis());
        assertTrue(ExperimentDataLoader.needsLayers(plan));
        ExperimentData data = ExperimentDataLoader.load(plan, new NullProgressMonitor());
        SourceLayers layers = data.layers().orElseThrow();
        assertEquals(List.of("layer_1", "layer_2", "layer_10"), layers.names(0));
        assertEquals(List.of("0", "1"), layers.names(1));
        assertEquals(1, layers.chosen(0));
        assertEquals(1, layers.chosen(1));
        int[] numbers = {1, 2, 10};
        for (int l = 0; l < 3; l++) {
            assertLayer(values(numbers[l], ROWS, new int[] {3, 4, 2}[l]), layers.layer(0, l));
        }
        assertLayer(values(100, ROWS, 3), layers.layer(1, 0));
        assertLayer(values(101, ROWS, 3), layers.layer(1, 1));
        // the chosen layer is still every single-matrix analysis' matrix
        assertLayer(values(2, ROWS, 4), data.matrices().get(0));
    }

    @Test
    void itemAlignmentSelectsTheSameRowsInEveryLayer() throws Exception {
        // b has one more row and lists its items in reverse order, with an item a does not have
        cube = LayerData.npy(dir.resolve("b6.npy"), new double[][][] {values(100, 6, 3), values(101, 6, 3)});
        Path itemsA = Files.writeString(dir.resolve("a.txt"), "w0\nw1\nw2\nw3\nw4\n");
        Path itemsB = Files.writeString(dir.resolve("b.txt"), "x\nw4\nw3\nw2\nw1\nw0\n");
        ExperimentData data = ExperimentDataLoader.load(plan(null, null, itemsA, itemsB, layersAnalysis()),
                new NullProgressMonitor());
        assertEquals(List.of("w0", "w1", "w2", "w3", "w4"), data.items());
        SourceLayers layers = data.layers().orElseThrow();
        for (int l = 0; l < 2; l++) {
            double[][] written = values(100 + l, 6, 3);
            for (int i = 0; i < ROWS; i++) {
                // item w_i is row 5 − i of b's file
                assertArrayEquals(written[5 - i], layers.layer(1, l).row(i), 0.0, "layer " + l + " item w" + i);
            }
        }
        assertArrayEquals(values(101, 6, 3)[5], data.matrices().get(1).row(0), 0.0);
    }

    @Test
    void aLayerTheSourceDoesNotHoldNamesTheSourceAndListsItsLayers() {
        ExperimentInputException error = assertThrows(ExperimentInputException.class, () -> ExperimentDataLoader.load(
                plan("layer_3", null, null, null, new AnalysisSettings.Bias()), new NullProgressMonitor()));
        String message = error.getMessage();
        assertTrue(message.startsWith("source 'a': a-layers"), message);
        assertTrue(message.contains("'layer_3'"), message);
        assertTrue(message.contains("layer_1, layer_2, layer_10"), message);
        assertEquals(1, message.lines().count(), message);
        error = assertThrows(ExperimentInputException.class, () -> ExperimentDataLoader.load(
                plan(null, "2", null, null, new AnalysisSettings.Bias()), new NullProgressMonitor()));
        assertTrue(error.getMessage().startsWith("source 'b': b.npy") && error.getMessage().contains("0, 1"),
                error.getMessage());
    }
}
