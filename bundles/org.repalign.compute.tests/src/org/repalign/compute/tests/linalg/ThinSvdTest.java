package org.repalign.compute.tests.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repalign.compute.tests.linalg.LinalgTestMatrices.maxAbs;
import static org.repalign.compute.tests.linalg.LinalgTestMatrices.naiveProduct;
import static org.repalign.compute.tests.linalg.LinalgTestMatrices.random;
import static org.repalign.compute.tests.linalg.LinalgTestMatrices.transpose;

import org.junit.jupiter.api.Test;
import org.repalign.compute.linalg.ThinSvd;

/** {@link ThinSvd}: a hand-computed case, UΣVᵀ = A and orthonormal factors for both shapes. */
class ThinSvdTest {

    @Test
    void handComputedTwoByTwo() {
        // A = [[3, 0], [4, 5]]: AᵀA = [[25, 20], [20, 25]] has eigenvalues 45 and 5
        ThinSvd svd = ThinSvd.of(new double[] { 3, 0, 4, 5 }, 2, 2);
        assertArrayEquals(new double[] { Math.sqrt(45), Math.sqrt(5) }, svd.singularValues(), 1e-14);
        // right singular vectors (1, 1)/√2 and (1, −1)/√2, up to sign
        assertEquals(1 / Math.sqrt(2), Math.abs(svd.vt()[0]), 1e-14);
        assertEquals(svd.vt()[0], svd.vt()[1], 1e-14);
        assertEquals(-svd.vt()[2], svd.vt()[3], 1e-14);
    }

    @Test
    void factorsReconstructTallAndWideMatrices() {
        int[][] shapes = { { 9, 4 }, { 4, 9 }, { 6, 6 } };
        for (int[] shape : shapes) {
            int m = shape[0];
            int n = shape[1];
            double[] a = random(m, n, 3 + m);
            ThinSvd svd = ThinSvd.of(a, m, n);
            int k = svd.k();
            assertEquals(Math.min(m, n), k);
            double[] us = svd.u().clone();
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < k; j++) {
                    us[i * k + j] *= svd.singularValues()[j];
                }
            }
            double[] reconstructed = naiveProduct(us, m, k, svd.vt(), n);
            double[] difference = reconstructed.clone();
            for (int i = 0; i < difference.length; i++) {
                difference[i] -= a[i];
            }
            assertTrue(maxAbs(difference) < 1e-13 * maxAbs(a), m + " x " + n);
            double[] utu = naiveProduct(transpose(svd.u(), m, k), k, m, svd.u(), k);
            double[] vvt = naiveProduct(svd.vt(), k, n, transpose(svd.vt(), k, n), k);
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    assertEquals(i == j ? 1 : 0, utu[i * k + j], 1e-13);
                    assertEquals(i == j ? 1 : 0, vvt[i * k + j], 1e-13);
                }
                if (i > 0) {
                    assertTrue(svd.singularValues()[i - 1] >= svd.singularValues()[i], "descending");
                }
            }
        }
    }

    @Test
    void shapeMismatchIsRejectedAndEmptyIsEmpty() {
        assertThrows(IllegalArgumentException.class, () -> ThinSvd.of(new double[5], 2, 3));
        assertEquals(0, ThinSvd.of(new double[0], 0, 3).k());
    }
}
