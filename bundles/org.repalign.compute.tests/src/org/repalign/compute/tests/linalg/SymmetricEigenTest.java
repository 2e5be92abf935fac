package org.repalign.compute.tests.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repalign.compute.tests.linalg.LinalgTestMatrices.maxAbs;
import static org.repalign.compute.tests.linalg.LinalgTestMatrices.randomSymmetric;

import org.junit.jupiter.api.Test;
import org.repalign.compute.linalg.DenseLinalg;
import org.repalign.compute.linalg.SymmetricEigen;

/** The symmetric eigen-decomposition of {@link DenseLinalg} against hand-computed spectra and A = VΛVᵀ. */
class SymmetricEigenTest {

    @Test
    void twoByTwoHasTheHandComputedPairs() {
        // [[2, 1], [1, 2]]: λ = 1 with (1, −1)/√2, λ = 3 with (1, 1)/√2
        SymmetricEigen eigen = DenseLinalg.symmetricEigen(new double[] { 2, 1, 1, 2 }, 2);
        assertArrayEquals(new double[] { 1, 3 }, eigen.values(), 1e-14);
        double h = Math.sqrt(0.5);
        double[] low = eigen.vector(0);
        double[] high = eigen.vector(1);
        assertEquals(h, Math.abs(low[0]), 1e-14);
        assertEquals(-low[0], low[1], 1e-14);
        assertEquals(h, Math.abs(high[0]), 1e-14);
        assertEquals(high[0], high[1], 1e-14);
    }

    @Test
    void blockMatrixHasTheHandComputedSpectrum() {
        // [[4, 1, 0], [1, 4, 0], [0, 0, 7]]: 4 ± 1 and 7
        double[] a = { 4, 1, 0, 1, 4, 0, 0, 0, 7 };
        assertArrayEquals(new double[] { 3, 5, 7 }, DenseLinalg.symmetricEigen(a, 3).values(), 1e-14);
        SymmetricEigen top = DenseLinalg.largestEigenpairs(a, 3, 2);
        assertArrayEquals(new double[] { 7, 5 }, top.values(), 1e-14);
        assertEquals(1, Math.abs(top.vector(0)[2]), 1e-14);
    }

    @Test
    void oneByOne() {
        SymmetricEigen eigen = DenseLinalg.symmetricEigen(new double[] { -5 }, 1);
        assertArrayEquals(new double[] { -5 }, eigen.values(), 0);
        assertEquals(1, Math.abs(eigen.vectors()[0]), 0);
        assertEquals(0, DenseLinalg.symmetricEigen(new double[0], 0).count());
    }

    @Test
    void randomSymmetricMatrixIsRebuiltFromOrthonormalEigenvectors() {
        int n = 7;
        double[] a = randomSymmetric(n, 11);
        SymmetricEigen eigen = DenseLinalg.symmetricEigen(a, n);
        double[] v = eigen.vectors();
        double[] lambda = eigen.values();
        double scale = maxAbs(a);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double rebuilt = 0;
                double gram = 0;
                for (int k = 0; k < n; k++) {
                    rebuilt += v[i * n + k] * lambda[k] * v[j * n + k];
                    gram += v[k * n + i] * v[k * n + j];
                }
                assertEquals(a[i * n + j], rebuilt, 1e-12 * scale, "V Λ Vᵀ at " + i + ", " + j);
                assertEquals(i == j ? 1 : 0, gram, 1e-12, "Vᵀ V at " + i + ", " + j);
            }
        }
        for (int k = 1; k < n; k++) {
            assertTrue(lambda[k - 1] <= lambda[k], "ascending");
        }
        // trace = sum of eigenvalues
        double trace = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            trace += a[i * n + i];
            sum += lambda[i];
        }
        assertEquals(trace, sum, 1e-12 * scale * n);
    }

    @Test
    void anAsymmetryInAFarBlockIsFoundAndTheFirstInRowOrderIsNamed() {
        int n = 150;
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i * n + j] = 1.0 / (1 + i + j);
            }
        }
        DenseLinalg.requireSymmetric(a, n); // symmetric: accepted
        a[100 * n + 140] += 1e-3; // (100, 140): a block far from the diagonal
        a[3 * n + 149] += 1e-3; // (3, 149): first in row order, in the last column block
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DenseLinalg.requireSymmetric(a, n));
        assertTrue(e.getMessage().contains("entry (3, 149)"), e.getMessage());
        a[3 * n + 149] -= 1e-3;
        e = assertThrows(IllegalArgumentException.class, () -> DenseLinalg.requireSymmetric(a, n));
        assertTrue(e.getMessage().contains("entry (100, 140)"), e.getMessage());
        // within the relative tolerance: accepted
        a[100 * n + 140] = a[140 * n + 100] * (1 + 1e-15);
        DenseLinalg.requireSymmetric(a, n);
    }

    @Test
    void nonSymmetricInputIsRefused() {
        double[] a = { 1, 2, 3, 1 };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DenseLinalg.symmetricEigen(a, 2));
        assertTrue(e.getMessage().contains("not symmetric"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DenseLinalg.largestEigenpairs(a, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> DenseLinalg.symmetricEigen(new double[6], 2));
    }
}
