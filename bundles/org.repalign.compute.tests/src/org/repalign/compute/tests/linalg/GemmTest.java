package org.repalign.compute.tests.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repalign.compute.tests.linalg.LinalgTestMatrices.naiveProduct;
import static org.repalign.compute.tests.linalg.LinalgTestMatrices.random;
import static org.repalign.compute.tests.linalg.LinalgTestMatrices.transpose;

import org.junit.jupiter.api.Test;
import org.repalign.compute.linalg.DenseLinalg;

/** GEMM and Gram matrices of {@link DenseLinalg} against hand-computed products and a triple loop. */
class GemmTest {

    private static final double[] A = { 1, 2, 3, 4, 5, 6 }; // 2 x 3

    @Test
    void productOfTwoSmallMatricesIsTheHandComputedOne() {
        double[] b = { 7, 8, 9, 10, 11, 12 }; // 3 x 2
        assertArrayEquals(new double[] { 58, 64, 139, 154 }, DenseLinalg.multiply(A, 2, 3, false, b, 3, 2, false),
                0);
    }

    @Test
    void transposedProductsAreTheHandComputedOnes() {
        double[] b = { 1, 2, 3, 4 }; // 2 x 2
        // AᵀB: 3 x 2
        assertArrayEquals(new double[] { 13, 18, 17, 24, 21, 30 }, DenseLinalg.multiply(A, 2, 3, true, b, 2, 2, false),
                0);
        // A·Aᵀ: 2 x 2, and AᵀA: 3 x 3
        assertArrayEquals(new double[] { 14, 32, 32, 77 }, DenseLinalg.multiply(A, 2, 3, false, A, 2, 3, true), 0);
        assertArrayEquals(new double[] { 17, 22, 27, 22, 29, 36, 27, 36, 45 },
                DenseLinalg.multiply(A, 2, 3, true, A, 2, 3, false), 0);
    }

    @Test
    void everyTransposeCombinationAgreesWithATripleLoopOnNonSquareMatrices() {
        int m = 5;
        int inner = 7;
        int p = 3;
        double[] a = random(m, inner, 1);
        double[] b = random(inner, p, 2);
        double[] expected = naiveProduct(a, m, inner, b, p);
        double[] at = transpose(a, m, inner); // inner x m
        double[] bt = transpose(b, inner, p); // p x inner
        assertArrayEquals(expected, DenseLinalg.multiply(a, m, inner, false, b, inner, p, false), 1e-12);
        assertArrayEquals(expected, DenseLinalg.multiply(at, inner, m, true, b, inner, p, false), 1e-12);
        assertArrayEquals(expected, DenseLinalg.multiply(a, m, inner, false, bt, p, inner, true), 1e-12);
        assertArrayEquals(expected, DenseLinalg.multiply(at, inner, m, true, bt, p, inner, true), 1e-12);
    }

    @Test
    void multiplyAddAccumulates() {
        double[] a = random(4, 6, 3);
        double[] b = random(6, 2, 4);
        double[] c = { 1, 1, 1, 1, 1, 1, 1, 1 };
        DenseLinalg.multiplyAdd(a, 4, 6, false, b, 6, 2, false, c);
        double[] product = naiveProduct(a, 4, 6, b, 2);
        for (int i = 0; i < c.length; i++) {
            assertEquals(product[i] + 1, c[i], 1e-12);
        }
    }

    @Test
    void gramMatricesAreExactlySymmetricAndAgreeWithATripleLoop() {
        int rows = 9;
        int columns = 4;
        double[] a = random(rows, columns, 5);
        double[] ofRows = DenseLinalg.gram(a, rows, columns, true);
        double[] ofColumns = DenseLinalg.gram(a, rows, columns, false);
        assertArrayEquals(naiveProduct(a, rows, columns, transpose(a, rows, columns), rows), ofRows, 1e-12);
        assertArrayEquals(naiveProduct(transpose(a, rows, columns), columns, rows, a, columns), ofColumns, 1e-12);
        for (int i = 0; i < columns; i++) {
            for (int j = 0; j < columns; j++) {
                assertEquals(ofColumns[i * columns + j], ofColumns[j * columns + i], 0);
            }
        }
    }

    @Test
    void oneByOneAndEmptyProducts() {
        assertArrayEquals(new double[] { 12 }, DenseLinalg.multiply(new double[] { 3 }, 1, 1, false,
                new double[] { 4 }, 1, 1, true), 0);
        // an empty inner dimension gives a zero product of the outer shape
        assertArrayEquals(new double[4], DenseLinalg.multiply(new double[0], 2, 0, false, new double[0], 0, 2, false),
                0);
    }

    @Test
    void mismatchedDimensionsAreRefusedWithTheShapes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DenseLinalg.multiply(A, 2, 3, false, A, 2, 3, false));
        assertTrue(e.getMessage().contains("2 x 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> DenseLinalg.multiply(new double[5], 2, 3, false, A, 3, 2, false));
        assertThrows(IllegalArgumentException.class,
                () -> DenseLinalg.multiplyAdd(A, 2, 3, false, A, 3, 2, false, new double[3]));
    }
}
