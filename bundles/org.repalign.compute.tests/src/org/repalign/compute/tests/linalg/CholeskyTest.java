package org.repalign.compute.tests.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repalign.compute.tests.linalg.LinalgTestMatrices.maxAbs;
import static org.repalign.compute.tests.linalg.LinalgTestMatrices.naiveProduct;
import static org.repalign.compute.tests.linalg.LinalgTestMatrices.random;
import static org.repalign.compute.tests.linalg.LinalgTestMatrices.randomPositiveDefinite;
import static org.repalign.compute.tests.linalg.LinalgTestMatrices.transpose;

import org.junit.jupiter.api.Test;
import org.repalign.compute.linalg.Cholesky;

/** {@link Cholesky} against a textbook factor, LLᵀ = A and solves. */
class CholeskyTest {

    /** The textbook example with L = [[2, 0, 0], [6, 1, 0], [−8, 5, 3]]. */
    private static final double[] A = { 4, 12, -16, 12, 37, -43, -16, -43, 98 };

    @Test
    void factorOfTheTextbookMatrixIsTheKnownOne() {
        Cholesky cholesky = Cholesky.factor(A, 3, 0);
        assertArrayEquals(new double[] { 2, 0, 0, 6, 1, 0, -8, 5, 3 }, cholesky.lower(), 1e-14);
        // A·(1, 2, 3) = (−20, −43, 192)
        assertArrayEquals(new double[] { 1, 2, 3 }, cholesky.solve(new double[] { -20, -43, 192 }), 1e-12);
    }

    @Test
    void randomPositiveDefiniteMatrixIsRebuiltAndSolved() {
        int n = 6;
        double[] a = randomPositiveDefinite(n, 21);
        Cholesky cholesky = Cholesky.factor(a, n, 0);
        double[] l = cholesky.lower();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                assertEquals(0, l[i * n + j], 0, "L is lower triangular");
            }
        }
        assertArrayEquals(a, naiveProduct(l, n, n, transpose(l, n, n), n), 1e-12 * maxAbs(a));
        double[] x = random(n, 1, 22);
        double[] b = naiveProduct(a, n, n, x, 1);
        assertArrayEquals(x, cholesky.solve(b), 1e-12);
    }

    @Test
    void oneByOne() {
        Cholesky cholesky = Cholesky.factor(new double[][] { { 9 } }, 0);
        assertArrayEquals(new double[] { 3 }, cholesky.lower(), 0);
        assertArrayEquals(new double[] { 2 }, cholesky.solve(new double[] { 18 }), 0);
    }

    @Test
    void indefiniteAndSingularMatricesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Cholesky.factor(new double[] { 1, 2, 2, 1 }, 2, 0));
        assertTrue(e.getMessage().contains("not positive definite"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Cholesky.factor(new double[] { 1, 1, 1, 1 }, 2, 1e-12));
        assertThrows(IllegalArgumentException.class, () -> Cholesky.factor(new double[][] { { 0 } }, 0));
    }

    @Test
    void nonSymmetricAndNonSquareInputIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Cholesky.factor(new double[][] { { 4, 1 }, { 3, 4 } }, 0));
        assertTrue(e.getMessage().contains("not symmetric"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Cholesky.factor(new double[] { 4, 1, 3, 4 }, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> Cholesky.factor(new double[][] { { 4, 1 } }, 0));
        assertThrows(IllegalArgumentException.class,
                () -> Cholesky.factor(A, 3, 0).solve(new double[] { 1, 2 }));
    }
}
