package org.repalign.compute.tests.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.protocol.EvaluationProtocol;
import org.repalign.compute.protocol.LayerCellResult;
import org.repalign.compute.protocol.LayerGrid;
import org.repalign.compute.protocol.LayerMaxNull;
import org.repalign.compute.protocol.LayerSweep;
import org.repalign.compute.protocol.PermutationNull;
import org.repalign.compute.protocol.PermutationResult;
import org.repalign.compute.protocol.PermutationSettings;
import org.repalign.compute.protocol.ProgressListener;
import org.repalign.compute.protocol.RowSubsets;

/**
 * The layer sweep: every cell's value against hand-computed ones, the best cell, and the null of
 * the best value over the grid, whose permutations must be the same row orders in every cell.
 */
class LayerSweepTest {

    private static final int N = 40;
    private static final int D = 4;

    private static double[][] gaussian(Random random, int n, int d, double scale) {
        double[][] rows = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                rows[i][j] = scale * random.nextGaussian();
            }
        }
        return rows;
    }

    /** Mean over the given rows of ⟨aᵢ, bᵢ⟩, computed here by hand. */
    private static double meanDot(double[][] a, double[][] b, int[] rows) {
        double sum = 0;
        for (int i : rows) {
            for (int j = 0; j < a[i].length; j++) {
                sum += a[i][j] * b[i][j];
            }
        }
        return sum / rows.length;
    }

    private static int[] all(int n) {
        return java.util.stream.IntStream.range(0, n).toArray();
    }

    private static List<DenseMatrix> matrices(List<double[][]> layers) {
        return layers.stream().map(DenseMatrix::of).toList();
    }

    private static EvaluationProtocol whole(long seed) {
        return new EvaluationProtocol(0, N, seed, 0, TieRule.RANDOM, OptionalDouble.empty());
    }

    /** A has three random layers; B's layer 1 is A's layer 2, its others are random. */
    private static List<List<double[][]>> planted(long seed) {
        Random random = new Random(seed);
        List<double[][]> a = List.of(gaussian(random, N, D, 1), gaussian(random, N, D, 1), gaussian(random, N, D, 1));
        List<double[][]> b = List.of(gaussian(random, N, D, 1), a.get(2), gaussian(random, N, D, 0.5));
        return List.of(a, b);
    }

    @Test
    void everyCellHoldsItsValueAndTheBestCellIsThePlantedPair() {
        List<List<double[][]>> layers = planted(3);
        List<LayerGrid> grids = LayerSweep.run(matrices(layers.get(0)), matrices(layers.get(1)),
                List.of(TestMetrics.meanRowDot(), TestMetrics.meanRowSquaredDistance()), whole(7), 0, 1,
                ProgressListener.NONE, () -> false);
        LayerGrid dot = grids.get(0);
        assertEquals("mean_row_dot", dot.metricKey());
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                assertEquals(meanDot(layers.get(0).get(a), layers.get(1).get(b), all(N)), dot.values()[a][b], 1e-12);
                assertTrue(Double.isNaN(dot.sd()[a][b]), "no subsamples, no spread");
            }
        }
        assertEquals(2, dot.bestA());
        assertEquals(1, dot.bestB());
        assertEquals(meanDot(layers.get(0).get(2), layers.get(0).get(2), all(N)), dot.best(), 1e-12);
        assertNull(dot.maxNull());
        // lower is better: the best is the minimum, 0 for identical layers
        LayerGrid distance = grids.get(1);
        assertEquals(2, distance.bestA());
        assertEquals(1, distance.bestB());
        assertEquals(0.0, distance.best(), 0.0);
    }

    @Test
    void subsampledCellsAreMeansOverTheSameSubsets() {
        List<List<double[][]>> layers = planted(4);
        EvaluationProtocol protocol = new EvaluationProtocol(3, 25, 11, 0, TieRule.RANDOM, OptionalDouble.empty());
        LayerGrid dot = LayerSweep.run(matrices(layers.get(0)), matrices(layers.get(1)),
                List.of(TestMetrics.meanRowDot()), protocol, 0, 2, ProgressListener.NONE, () -> false).get(0);
        RowSubsets subsets = RowSubsets.of(protocol, N);
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                double[] perSubset = new double[3];
                for (int s = 0; s < 3; s++) {
                    perSubset[s] = meanDot(layers.get(0).get(a), layers.get(1).get(b), subsets.subset(s));
                }
                double mean = (perSubset[0] + perSubset[1] + perSubset[2]) / 3;
                double variance = 0;
                for (double v : perSubset) {
                    variance += (v - mean) * (v - mean) / 2;
                }
                assertEquals(mean, dot.values()[a][b], 1e-12);
                assertEquals(Math.sqrt(variance), dot.sd()[a][b], 1e-12);
            }
        }
    }

    @Test
    void plantedBestPairBeatsEveryPermutationOfTheWholeGrid() {
        List<List<double[][]>> layers = planted(5);
        int permutations = 40;
        LayerGrid dot = LayerSweep.run(matrices(layers.get(0)), matrices(layers.get(1)),
                List.of(TestMetrics.meanRowDot()), whole(9), permutations, 2, ProgressListener.NONE, () -> false).get(0);
        LayerMaxNull maxNull = dot.maxNull();
        assertEquals(permutations, maxNull.permutations());
        assertEquals(permutations, maxNull.defined());
        assertEquals(dot.best(), maxNull.observed(), 0.0);
        // a permuted Σ⟨xᵢ, x_π(i)⟩ is below Σ‖xᵢ‖² for distinct rows, and the random cells are far below
        assertEquals(1.0 / (permutations + 1), maxNull.p(), 1e-15);
        assertTrue(maxNull.mean() < dot.best());
    }

    @Test
    void nullOfTheBestIsTheBestOfTheCellsNullsPermutationByPermutation() {
        Random random = new Random(6);
        List<DenseMatrix> a = matrices(List.of(gaussian(random, N, D, 1), gaussian(random, N, D, 1)));
        List<DenseMatrix> b = matrices(List.of(gaussian(random, N, D, 1), gaussian(random, N, D, 1),
                gaussian(random, N, D, 1)));
        EvaluationProtocol protocol = whole(13);
        int permutations = 30;
        List<AlignmentMetric> metrics = List.of(TestMetrics.meanRowDot());
        LayerMaxNull maxNull = LayerSweep.run(a, b, metrics, protocol, permutations, 1, ProgressListener.NONE,
                () -> false).get(0).maxNull();
        PermutationSettings settings = PermutationSettings.forPair(protocol, permutations);
        double[] expected = new double[permutations];
        java.util.Arrays.fill(expected, Double.NEGATIVE_INFINITY);
        double observed = Double.NEGATIVE_INFINITY;
        double meanOfCellNullMeans = 0;
        for (DenseMatrix x : a) {
            for (DenseMatrix y : b) {
                PermutationResult cell = PermutationNull.run(x, y, metrics.get(0), settings, ProgressListener.NONE,
                        () -> false);
                double[] nulls = cell.nullValues();
                for (int p = 0; p < permutations; p++) {
                    expected[p] = Math.max(expected[p], nulls[p]);
                }
                observed = Math.max(observed, cell.observed());
                meanOfCellNullMeans += cell.nullMean() / 6;
            }
        }
        assertArrayEquals(expected, maxNull.maxima(), 0.0);
        assertEquals(observed, maxNull.observed(), 0.0);
        int asGood = 0;
        for (double m : expected) {
            asGood += m >= observed ? 1 : 0;
        }
        assertEquals((1.0 + asGood) / (permutations + 1), maxNull.p(), 1e-15);
        // the best of six chance values sits above a typical chance value: the inflation the null shows
        assertTrue(maxNull.mean() > meanOfCellNullMeans, maxNull.mean() + " vs " + meanOfCellNullMeans);
    }

    @Test
    void permutationIsTheSameRowOrderInEveryCell() {
        Random random = new Random(8);
        double[][] x = gaussian(random, N, D, 1);
        double[][] y = gaussian(random, N, D, 1);
        List<AlignmentMetric> metrics = List.of(TestMetrics.meanRowDot());
        EvaluationProtocol protocol = whole(21);
        RowSubsets subsets = RowSubsets.of(protocol, N);
        LayerCellResult first = LayerSweep.cell(DenseMatrix.of(x), DenseMatrix.of(y), metrics, protocol, subsets, 25,
                1, () -> false);
        LayerCellResult second = LayerSweep.cell(DenseMatrix.of(x), DenseMatrix.of(y.clone()), metrics, protocol,
                subsets, 25, 1, () -> false);
        assertArrayEquals(first.nulls().get(0).nullValues(), second.nulls().get(0).nullValues(), 0.0);
        // two identical layers of B: the grid's best null is each cell's own null value
        LayerMaxNull maxNull = LayerSweep.combine(metrics, new LayerCellResult[][] { { first, second } }).get(0)
                .maxNull();
        assertArrayEquals(first.nulls().get(0).nullValues(), maxNull.maxima(), 0.0);
        assertEquals(first.nulls().get(0).p(), maxNull.p(), 0.0);
    }

    @Test
    void resultDoesNotDependOnTheThreadCount() {
        Random random = new Random(12);
        List<DenseMatrix> a = new ArrayList<>();
        List<DenseMatrix> b = new ArrayList<>();
        for (int l = 0; l < 3; l++) {
            a.add(DenseMatrix.of(gaussian(random, N, D, 1)));
            b.add(DenseMatrix.of(gaussian(random, N, D, 1)));
        }
        List<AlignmentMetric> metrics = List.of(TestMetrics.meanRowDot(), TestMetrics.meanRowSquaredDistance());
        List<LayerGrid> one = LayerSweep.run(a, b, metrics, whole(2), 15, 1, ProgressListener.NONE, () -> false);
        List<LayerGrid> two = LayerSweep.run(a, b, metrics, whole(2), 15, 2, ProgressListener.NONE, () -> false);
        for (int m = 0; m < 2; m++) {
            for (int l = 0; l < 3; l++) {
                assertArrayEquals(one.get(m).values()[l], two.get(m).values()[l], 0.0);
            }
            assertArrayEquals(one.get(m).maxNull().maxima(), two.get(m).maxNull().maxima(), 0.0);
            assertEquals(one.get(m).maxNull().p(), two.get(m).maxNull().p(), 0.0);
        }
    }

    @Test
    void layersMustHoldTheSameItems() {
        Random random = new Random(1);
        DenseMatrix full = DenseMatrix.of(gaussian(random, N, D, 1));
        DenseMatrix shorter = DenseMatrix.of(gaussian(random, N - 1, D, 1));
        List<AlignmentMetric> metrics = List.of(TestMetrics.meanRowDot());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LayerSweep.run(
                List.of(full), List.of(full, shorter), metrics, whole(1), 0, 1, ProgressListener.NONE, () -> false));
        assertTrue(e.getMessage().contains("39 rows"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LayerSweep.run(List.of(), List.of(full), metrics, whole(1),
                0, 1, ProgressListener.NONE, () -> false));
    }
}
