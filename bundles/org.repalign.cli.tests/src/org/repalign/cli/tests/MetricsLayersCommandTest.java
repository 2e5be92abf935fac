package org.repalign.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.analysis.results.ResultsJson;

/**
 * {@code metrics A B --layers}: a 3-D array against a folder of layer files with a planted best
 * layer pair; every cell checked against linear CKA computed here by hand.
 */
class MetricsLayersCommandTest {

    private static final int N = 50;

    @TempDir
    Path folder;

    private double[][][] a;
    private double[][][] b;
    private Path stack;
    private Path layerFolder;

    private static double[][] gaussian(Random random, int n, int d) {
        double[][] rows = new double[n][d];
        for (double[] row : rows) {
            for (int j = 0; j < d; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return rows;
    }

    /** A: 3 layers of width 4; B: 4 layers (files l1, l2, l10, l3 by name: l1, l2, l3, l10 in order). */
    @BeforeEach
    void writeLayers() throws IOException {
        Random random = new Random(17);
        a = new double[][][] { gaussian(random, N, 4), gaussian(random, N, 4), gaussian(random, N, 4) };
        double[][] planted = new double[N][3];
        for (int i = 0; i < N; i++) {
            // B's layer "l3" is a linear image of A's layer 1 plus a little noise
            planted[i][0] = a[1][i][0] + 2 * a[1][i][1] + 0.1 * random.nextGaussian();
            planted[i][1] = a[1][i][2] - a[1][i][3] + 0.1 * random.nextGaussian();
            planted[i][2] = a[1][i][0] - a[1][i][3] + 0.1 * random.nextGaussian();
        }
        b = new double[][][] { gaussian(random, N, 3), gaussian(random, N, 2), planted, gaussian(random, N, 5) };
        stack = NpyFiles.writeLayers(folder.resolve("a.npy"), a);
        layerFolder = Files.createDirectory(folder.resolve("b"));
        String[] names = { "l1", "l2", "l3", "l10" };
        for (int l = 0; l < 4; l++) {
            NpyFiles.write(layerFolder.resolve(names[l] + ".npy"), b[l]);
        }
        Files.writeString(layerFolder.resolve("README.txt.md"), "layers of model b");
    }

    /** Linear CKA of the centred matrices: ‖XᵀY‖²_F / (‖XᵀX‖_F ‖YᵀY‖_F). */
    private static double cka(double[][] x, double[][] y) {
        double[][] xc = centred(x);
        double[][] yc = centred(y);
        return Math.pow(frobenius(xc, yc), 2) / (frobenius(xc, xc) * frobenius(yc, yc));
    }

    private static double[][] centred(double[][] m) {
        double[][] out = new double[m.length][m[0].length];
        for (int j = 0; j < m[0].length; j++) {
            double mean = 0;
            for (double[] row : m) {
                mean += row[j] / m.length;
            }
            for (int i = 0; i < m.length; i++) {
                out[i][j] = m[i][j] - mean;
            }
        }
        return out;
    }

    /** ‖XᵀY‖_F. */
    private static double frobenius(double[][] x, double[][] y) {
        double sum = 0;
        for (int p = 0; p < x[0].length; p++) {
            for (int q = 0; q < y[0].length; q++) {
                double dot = 0;
                for (int i = 0; i < x.length; i++) {
                    dot += x[i][p] * y[i][q];
                }
                sum += dot * dot;
            }
        }
        return Math.sqrt(sum);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> json(CommandRunner result) throws IOException {
        assertEquals(0, result.status(), result.err());
        Path file = Files.writeString(folder.resolve("report.json"), result.out());
        return ResultsJson.read(file, Map.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyLayerPairMatchesHandComputedCkaAndThePlantedPairIsBest() throws IOException {
        Map<String, Object> report = json(CommandRunner.run("metrics", stack.toString(), layerFolder.toString(),
                "--layers", "--metrics", "cka", "--preprocess", "none", "--format", "json"));
        Map<String, Object> layers = (Map<String, Object>) report.get("layers");
        assertEquals(List.of("0", "1", "2"), layers.get("a"));
        assertEquals(List.of("l1", "l2", "l3", "l10"), layers.get("b"));
        assertEquals(List.of(3, 2, 3, 5), layers.get("d_b"));
        Map<String, Object> grid = (Map<String, Object>) ((Map<String, Object>) layers.get("grids")).get("cka");
        List<List<Number>> values = (List<List<Number>>) grid.get("values");
        for (int la = 0; la < 3; la++) {
            for (int lb = 0; lb < 4; lb++) {
                assertEquals(cka(a[la], b[lb]), values.get(la).get(lb).doubleValue(), 1e-12, la + " x " + lb);
            }
        }
        Map<String, Object> best = (Map<String, Object>) grid.get("best");
        assertEquals(1, best.get("layer_a"));
        assertEquals(2, best.get("layer_b"));
        assertEquals("l3", best.get("layer_b_name"));
        assertEquals(cka(a[1], b[2]), ((Number) best.get("value")).doubleValue(), 1e-12);
        assertEquals(cka(a[1], b[2]), ((Number) ((Map<String, Object>) report.get("metrics")).get("cka")).doubleValue(),
                1e-12);
        assertTrue(!grid.containsKey("null_of_best"), "no null without --null");
    }

    @Test
    @SuppressWarnings("unchecked")
    void nullOfTheBestValueCoversTheWholeGrid() throws IOException {
        Map<String, Object> report = json(CommandRunner.run("metrics", stack.toString(), layerFolder.toString(),
                "--layers", "--metrics", "cka", "--null", "19", "--seed", "3", "--format", "json"));
        Map<String, Object> grid = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) report
                .get("layers")).get("grids")).get("cka");
        Map<String, Object> nullOfBest = (Map<String, Object>) grid.get("null_of_best");
        assertEquals(19, nullOfBest.get("permutations"));
        assertEquals(19, ((List<?>) nullOfBest.get("values")).size());
        // the planted pair beats the best of all 12 cells under every permutation
        assertEquals(1.0 / 20, ((Number) nullOfBest.get("p")).doubleValue(), 1e-15);
        double best = ((Number) ((Map<String, Object>) grid.get("best")).get("value")).doubleValue();
        double sum = 0;
        for (Object value : (List<?>) nullOfBest.get("values")) {
            assertTrue(((Number) value).doubleValue() < best);
            sum += ((Number) value).doubleValue();
        }
        // calibrated against the null of the best, towards CKA's ideal 1
        double nullMean = sum / 19;
        assertEquals(nullMean, ((Number) nullOfBest.get("mean")).doubleValue(), 1e-12);
        double observed = ((Number) nullOfBest.get("observed")).doubleValue();
        assertEquals((observed - nullMean) / (1 - nullMean), ((Number) nullOfBest.get("calibrated")).doubleValue(),
                1e-12);
    }

    @Test
    void tableGivesTheNullOfTheBestWithTheCalibratedBest() {
        CommandRunner result = CommandRunner.run("metrics", stack.toString(), layerFolder.toString(), "--layers",
                "--metrics", "cka", "--null", "9", "--seed", "3");
        assertEquals(0, result.status(), result.err());
        String line = result.out().lines().filter(l -> l.startsWith("null of the best over the grid")).findFirst()
                .orElseThrow(() -> new AssertionError(result.out()));
        // the planted pair beats every shuffle: p = 1/10, and the best is well above its null
        assertTrue(line.contains("p 0.1000,"), line);
        double calibrated = Double.parseDouble(line.substring(line.indexOf("calibrated best ") + 16).trim());
        assertTrue(calibrated > 0.3 && calibrated <= 1, line);
    }

    @Test
    void tableStarsTheBestCell() {
        CommandRunner result = CommandRunner.run("metrics", stack.toString(), layerFolder.toString(), "--layers",
                "--metrics", "cka", "--preprocess", "none");
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("best: 1 x l3"), result.out());
        String row = result.out().lines().filter(l -> l.startsWith("1 ")).findFirst().orElseThrow();
        assertTrue(row.contains("*" + String.format("%.4f", cka(a[1], b[2]))), row);
        assertEquals(1, result.out().chars().filter(c -> c == '*').count() - 1, "one starred cell besides the legend");
    }

    @Test
    void plainCommandPointsLayeredSourcesToLayersOption() {
        CommandRunner folderResult = CommandRunner.run("metrics", stack.toString(), layerFolder.toString());
        assertNotEquals(0, folderResult.status());
        assertTrue(folderResult.err().contains("--layers"), folderResult.err());
        CommandRunner stackResult = CommandRunner.run("metrics", stack.toString(), stack.toString());
        assertNotEquals(0, stackResult.status());
        assertTrue(stackResult.err().contains("a.npy") && stackResult.err().contains("--layers"), stackResult.err());
    }
}
