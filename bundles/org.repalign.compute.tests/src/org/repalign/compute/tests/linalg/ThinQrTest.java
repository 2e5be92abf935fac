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
import org.repalign.compute.linalg.DenseLinalg;
import org.repalign.compute.linalg.ThinQr;

/** The thin QR decomposition of {@link DenseLinalg} against a hand-computed case and A = QR, QᵀQ = I. */
class ThinQrTest {

    @Test
    void twoByTwoIsTheHandComputedGramSchmidt() {
        // columns (3, 4) and (0, 5): q1 = (0.6, 0.8), r11 = 5, r12 = 4; q2 = (−0.8, 0.6), r22 = 3
        ThinQr qr = DenseLinalg.thinQr(new double[] { 3, 0, 4, 5 }, 2, 2);
        assertArrayEquals(new double[] { 0.6, -0.8, 0.8, 0.6 }, qr.q(), 1e-14);
        assertArrayEquals(new double[] { 5, 4, 0, 3 }, qr.r(), 1e-14);
    }

    @Test
    void tallWideAndSquareMatricesAreRebuiltWithOrthonormalQ() {
        int[][] shapes = { { 8, 3 }, { 3, 8 }, { 5, 5 }, { 6, 1 }, { 1, 6 } };
        long seed = 31;
        for (int[] shape : shapes) {
            int m = shape[0];
            int n = shape[1];
            double[] a = random(m, n, seed++);
            ThinQr qr = DenseLinalg.thinQr(a, m, n);
            int k = Math.min(m, n);
            assertEquals(k, qr.k());
            assertEquals(m * k, qr.q().length);
            assertEquals(k * n, qr.r().length);
            String shapeName = m + " x " + n;
            assertArrayEquals(a, naiveProduct(qr.q(), m, k, qr.r(), n), 1e-12 * maxAbs(a), "A = QR, " + shapeName);
            double[] qtq = naiveProduct(transpose(qr.q(), m, k), k, m, qr.q(), k);
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    assertEquals(i == j ? 1 : 0, qtq[i * k + j], 1e-12, "QᵀQ = I, " + shapeName);
                }
                assertTrue(qr.r()[i * n + i] >= 0, "non-negative diagonal of R, " + shapeName);
                for (int j = 0; j < Math.min(i, n); j++) {
                    assertEquals(0, qr.r()[i * n + j], 0, "R upper triangular, " + shapeName);
                }
            }
        }
    }

    @Test
    void oneByOneHasANonNegativeR() {
        ThinQr qr = DenseLinalg.thinQr(new double[] { -2 }, 1, 1);
        assertArrayEquals(new double[] { -1 }, qr.q(), 0);
        assertArrayEquals(new double[] { 2 }, qr.r(), 0);
    }

    @Test
    void aMatrixOfTheWrongSizeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DenseLinalg.thinQr(new double[5], 2, 3));
    }
}
