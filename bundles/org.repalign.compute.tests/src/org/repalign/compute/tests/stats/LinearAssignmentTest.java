package org.repalign.compute.tests.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.repalign.compute.stats.Assignment;
import org.repalign.compute.stats.LinearAssignment;

class LinearAssignmentTest {

    @Test
    void threeByThreeByHand() {
        // rows: (4 1 3) (2 0 5) (3 2 2): best is 1 + 2 + 2 = 5 with columns 1, 0, 2
        double[][] cost = {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}};
        Assignment a = LinearAssignment.solve(cost, false);
        assertArrayEquals(new int[] {1, 0, 2}, a.columnOfRow());
        assertEquals(5, a.total());
        assertEquals(5, bruteForce(flatten(cost), 3, 3, false));
        // maximum: 4 + 5 + 2 = 11 (columns 0, 2, 1 gives 4 + 5 + 2)
        Assignment max = LinearAssignment.solve(cost, true);
        assertEquals(11, max.total());
        assertEquals(11, bruteForce(flatten(cost), 3, 3, true));
    }

    @Test
    void fourByFourAgainstBruteForce() {
        double[][] cost = {{9, 2, 7, 8}, {6, 4, 3, 7}, {5, 8, 1, 8}, {7, 6, 9, 4}};
        // 2 + 6 + 1 + 4 = 13
        Assignment a = LinearAssignment.solve(cost, false);
        assertEquals(13, a.total());
        assertEquals(13, bruteForce(flatten(cost), 4, 4, false));
        assertValid(a);
    }

    @Test
    void randomEightByEightAgainstBruteForce() {
        Random random = new Random(2024);
        for (int trial = 0; trial < 20; trial++) {
            double[] cost = new double[64];
            for (int k = 0; k < 64; k++) {
                cost[k] = trial % 2 == 0 ? random.nextDouble() : random.nextInt(5) - 2;
            }
            for (boolean maximize : new boolean[] {false, true}) {
                Assignment a = LinearAssignment.solve(cost, 8, 8, maximize, () -> false);
                assertValid(a);
                assertEquals(bruteForce(cost, 8, 8, maximize), a.total(), 1e-12, "trial " + trial);
                assertEquals(totalOf(cost, 8, a.columnOfRow()), a.total(), 1e-12);
            }
        }
    }

    @Test
    void rectangularBothOrientationsAgainstBruteForce() {
        Random random = new Random(77);
        int[][] shapes = {{3, 5}, {5, 3}, {1, 6}, {6, 1}, {4, 7}, {7, 4}};
        for (int[] shape : shapes) {
            int r = shape[0];
            int c = shape[1];
            double[] cost = new double[r * c];
            for (int k = 0; k < cost.length; k++) {
                cost[k] = random.nextInt(20) - 5;
            }
            for (boolean maximize : new boolean[] {false, true}) {
                Assignment a = LinearAssignment.solve(cost, r, c, maximize, () -> false);
                assertValid(a);
                assertEquals(Math.min(r, c), java.util.Arrays.stream(a.columnOfRow()).filter(j -> j >= 0).count());
                assertEquals(bruteForce(cost, r, c, maximize), a.total(), 1e-12, r + "x" + c + " max=" + maximize);
            }
        }
    }

    @Test
    void degenerateShapesAndTies() {
        assertEquals(0, LinearAssignment.minimize(new double[0], 0, 0).total());
        assertEquals(0, LinearAssignment.minimize(new double[0], 0, 4).total());
        assertArrayEquals(new int[] {-1, -1}, LinearAssignment.minimize(new double[0], 2, 0).columnOfRow());
        Assignment ties = LinearAssignment.minimize(new double[25], 5, 5);
        assertValid(ties);
        assertEquals(0, ties.total());
        Assignment one = LinearAssignment.maximize(new double[] {-3}, 1, 1);
        assertEquals(-3, one.total());
        assertArrayEquals(new int[] {0}, one.rowOfColumn());
    }

    @Test
    void badInputAndCancellation() {
        assertThrows(IllegalArgumentException.class, () -> LinearAssignment.minimize(new double[5], 2, 3));
        assertThrows(IllegalArgumentException.class,
                () -> LinearAssignment.minimize(new double[] {1, Double.NaN, 2, 3}, 2, 2));
        assertThrows(IllegalArgumentException.class,
                () -> LinearAssignment.minimize(new double[] {1, Double.POSITIVE_INFINITY, 2, 3}, 2, 2));
        assertThrows(CancellationException.class,
                () -> LinearAssignment.solve(new double[] {1, 2, 3, 4}, 2, 2, false, () -> true));
    }

    @Test
    void plantedOptimumOfA200By200MatrixIsFound() {
        // beyond brute force: cost 0 on a planted permutation and ≥ 1 elsewhere, so the planted
        // permutation is the unique optimum
        int n = 200;
        Random random = new Random(5);
        int[] planted = new int[n];
        for (int i = 0; i < n; i++) {
            planted[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = planted[i];
            planted[i] = planted[j];
            planted[j] = t;
        }
        double[] cost = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                cost[i * n + j] = j == planted[i] ? 0 : 1 + random.nextDouble();
            }
        }
        Assignment a = LinearAssignment.minimize(cost, n, n);
        assertArrayEquals(planted, a.columnOfRow());
        assertEquals(0, a.total());
    }

    @Test
    void sparseCoActivationLikeMatricesWithTiesAgainstBruteForce() {
        // non-negative counts, mostly zero, many equal values: the shape of the matrices
        // feature matching maximises, square and rectangular
        Random random = new Random(31);
        int[][] shapes = {{6, 6}, {7, 7}, {5, 8}, {8, 5}, {3, 7}, {7, 2}, {8, 8}};
        for (int trial = 0; trial < 60; trial++) {
            int[] shape = shapes[trial % shapes.length];
            int r = shape[0];
            int c = shape[1];
            double[] cost = new double[r * c];
            for (int k = 0; k < cost.length; k++) {
                cost[k] = random.nextInt(3) == 0 ? random.nextInt(3) : 0;
            }
            for (boolean maximize : new boolean[] {false, true}) {
                Assignment a = LinearAssignment.solve(cost, r, c, maximize, () -> false);
                assertValid(a);
                assertEquals(bruteForce(cost, r, c, maximize), a.total(), 0, "trial " + trial + " max=" + maximize);
                assertEquals(totalOf(cost, c, a.columnOfRow()), a.total(), 0);
            }
        }
    }

    @Test
    void mediumMatricesMatchThePreviousSolver() {
        // 300 × 300 and 200 × 450, dense noise and sparse planted co-activation, against an
        // independent copy of the solver without the row-reduction start
        Random random = new Random(99);
        int[][] shapes = {{300, 300}, {200, 450}, {250, 250}};
        for (int[] shape : shapes) {
            int r = shape[0];
            int c = shape[1];
            for (int kind = 0; kind < 3; kind++) {
                double[] cost = new double[r * c];
                for (int i = 0; i < r; i++) {
                    for (int j = 0; j < c; j++) {
                        double value = switch (kind) {
                            case 0 -> random.nextDouble();
                            case 1 -> random.nextInt(10) == 0 ? random.nextInt(4) : 0;
                            default -> (j == (i * 7) % c ? 5 : 0) + (random.nextInt(20) == 0 ? random.nextDouble() * 6 : 0);
                        };
                        cost[i * c + j] = -value;
                    }
                }
                double reference = CrouseReference.minimumTotal(cost, r, c);
                Assignment a = LinearAssignment.minimize(cost, r, c);
                assertValid(a);
                assertEquals(reference, a.total(), 1e-9 * Math.abs(reference), r + "x" + c + " kind " + kind);
                double[] negated = java.util.Arrays.stream(cost).map(x -> -x).toArray();
                assertEquals(-reference, LinearAssignment.maximize(negated, r, c).total(), 1e-9 * Math.abs(reference));
            }
        }
    }

    private static void assertValid(Assignment a) {
        Set<Integer> used = new HashSet<>();
        for (int column : a.columnOfRow()) {
            if (column >= 0) {
                assertTrue(column < a.columns());
                assertTrue(used.add(column), "column " + column + " used twice");
            }
        }
        assertEquals(Math.min(a.rows(), a.columns()), used.size());
    }

    private static double totalOf(double[] cost, int columns, int[] columnOfRow) {
        double total = 0;
        for (int r = 0; r < columnOfRow.length; r++) {
            if (columnOfRow[r] >= 0) {
                total += cost[r * columns + columnOfRow[r]];
            }
        }
        return total;
    }

    private static double[] flatten(double[][] rows) {
        double[] flat = new double[rows.length * rows[0].length];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, flat, r * rows[0].length, rows[0].length);
        }
        return flat;
    }

    /** Best total over all injective maps from the smaller side into the larger. */
    private static double bruteForce(double[] cost, int rows, int columns, boolean maximize) {
        boolean transpose = rows > columns;
        int small = Math.min(rows, columns);
        int large = Math.max(rows, columns);
        double[] best = {maximize ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY};
        search(cost, columns, transpose, small, large, 0, new boolean[large], 0, maximize, best);
        return best[0];
    }

    private static void search(double[] cost, int columns, boolean transpose, int small, int large, int depth,
            boolean[] used, double sum, boolean maximize, double[] best) {
        if (depth == small) {
            if (maximize ? sum > best[0] : sum < best[0]) {
                best[0] = sum;
            }
            return;
        }
        for (int k = 0; k < large; k++) {
            if (!used[k]) {
                used[k] = true;
                double c = transpose ? cost[k * columns + depth] : cost[depth * columns + k];
                search(cost, columns, transpose, small, large, depth + 1, used, sum + c, maximize, best);
                used[k] = false;
            }
        }
    }
}
