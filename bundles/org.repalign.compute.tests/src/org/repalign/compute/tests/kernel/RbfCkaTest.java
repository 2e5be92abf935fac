package org.repalign.compute.tests.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repalign.compute.tests.kernel.TestMatrices.gaussian;
import static org.repalign.compute.tests.kernel.TestMatrices.multiply;
import static org.repalign.compute.tests.kernel.TestMatrices.number;
import static org.repalign.compute.tests.kernel.TestMatrices.orthogonal;
import static org.repalign.compute.tests.kernel.TestMatrices.plusNoise;

import org.junit.jupiter.api.Test;

class RbfCkaTest {

    /**
     * For σ → ∞, exp(−d²/2σ²) ≈ 1 − d²/(2σ²); double centring removes the constant and turns
     * −½·d²ᵢⱼ into the Gram matrix of the centred rows, so RBF CKA tends to linear CKA. On the
     * hand-computed pair X = [[0,0],[1,0],[0,1],[1,1]], Y = row sums, linear CKA is 1/√2.
     */
    @Test
    void wideKernelTendsToLinearCka() {
        double[][] x = { { 0, 0 }, { 1, 0 }, { 0, 1 }, { 1, 1 } };
        double[][] y = { { 0 }, { 1 }, { 1 }, { 2 } };
        assertEquals(1 / Math.sqrt(2), number("rbf_cka:sigma=1000", x, y), 1e-6);
    }

    /** n = 2: K = [[1,a],[a,1]], HKH = (1−a)/2·[[1,−1],[−1,1]], so any two non-constant kernels give CKA 1. */
    @Test
    void twoPointsGiveOne() {
        double[][] x = { { 0 }, { 1 } };
        double[][] y = { { 5, 5 }, { 2, -1 } };
        assertEquals(1.0, number("rbf_cka", x, y), 1e-12);
    }

    @Test
    void rotationInvariantAndSymmetric() {
        double[][] x = gaussian(40, 5, 1);
        double[][] y = plusNoise(multiply(x, gaussian(5, 3, 2), 0.5), 0.5, 3);
        double[][] rotated = multiply(x, orthogonal(5, 4), 1);
        assertEquals(number("rbf_cka", x, y), number("rbf_cka", rotated, y), 1e-10);
        assertEquals(number("rbf_cka", x, y), number("rbf_cka", y, x), 1e-12);
        double value = number("rbf_cka", x, y);
        assertTrue(value > 0 && value < 1, "rbf_cka " + value);
        assertEquals(1.0, number("rbf_cka", x, x), 1e-12);
    }

    @Test
    void medianRelativeBandwidthIsScaleInvariant() {
        double[][] x = gaussian(30, 4, 5);
        double[][] y = plusNoise(x, 0.7, 6);
        double[][] scaled = multiply(x, orthogonal(4, 7), 10);
        assertEquals(number("rbf_cka:sigma=0.8,median_relative=1", x, y),
                number("rbf_cka:sigma=0.8,median_relative=1", scaled, y), 1e-10);
        // the absolute bandwidth (the reference's default) is not
        assertNotEquals(number("rbf_cka", x, y), number("rbf_cka", scaled, y), 1e-3);
    }
}
