package org.repalign.compute.tests.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repalign.compute.tests.kernel.TestMatrices.gaussian;
import static org.repalign.compute.tests.kernel.TestMatrices.multiply;
import static org.repalign.compute.tests.kernel.TestMatrices.number;
import static org.repalign.compute.tests.kernel.TestMatrices.plusNoise;

import org.junit.jupiter.api.Test;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.linalg.DenseLinalg;
import org.repalign.compute.linalg.SymmetricEigen;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.kernel.internal.SingularBasis;

/**
 * The partial eigendecomposition behind SVCCA (only the largest pairs are computed) against a
 * full decomposition and against an independent cyclic Jacobi eigensolver written here
 * (Golub and Van Loan, "Matrix Computations", 4th ed., §8.5), plus the rank logic with a
 * partial spectrum.
 */
class PartialSpectrumTest {

    /**
     * A few pairs (inverse iteration on the tridiagonal matrix) and a quarter or more of them (cut
     * from the whole decomposition): the same values as the full decomposition and as Jacobi,
     * the same vectors up to sign, residuals and orthonormality on their own.
     */
    /**
     * The unchecked entry for Gram matrices gives the checked one's pairs bit for bit, and it
     * reads one triangle only: garbage in the other changes nothing (the checked entry refuses it).
     */
    @Test
    void gramEigenpairsAreTheCheckedOnesAndReadOneTriangle() {
        int n = 90;
        double[] a = rowMajor(gaussian(n, 40, 5));
        double[] gram = DenseLinalg.gram(a, n, 40, true);
        for (int count : new int[] { 0, 7, 30, 90 }) {
            SymmetricEigen checked = DenseLinalg.largestEigenpairs(gram, n, count);
            SymmetricEigen unchecked = DenseLinalg.largestGramEigenpairs(gram, n, count);
            assertArrayEquals(checked.values(), unchecked.values(), 0.0);
            assertArrayEquals(checked.vectors(), unchecked.vectors(), 0.0);
        }
        double[] lowerSpoiled = gram.clone();
        for (int i = 1; i < n; i++) {
            for (int j = 0; j < i; j++) {
                lowerSpoiled[i * n + j] = -1e6 * (i + j);
            }
        }
        SymmetricEigen expected = DenseLinalg.largestEigenpairs(gram, n, 7);
        SymmetricEigen spoiled = DenseLinalg.largestGramEigenpairs(lowerSpoiled, n, 7);
        assertArrayEquals(expected.values(), spoiled.values(), 0.0);
        assertArrayEquals(expected.vectors(), spoiled.vectors(), 0.0);
        assertThrows(IllegalArgumentException.class, () -> DenseLinalg.largestEigenpairs(lowerSpoiled, n, 7));
        assertThrows(IllegalArgumentException.class, () -> DenseLinalg.largestGramEigenpairs(gram, n, n + 1));
        assertThrows(IllegalArgumentException.class, () -> DenseLinalg.largestGramEigenpairs(gram, n + 1, 3));
    }

    @Test
    void largestEigenpairsAgreeWithTheFullDecomposition() {
        int n = 80;
        double[][] rows = gaussian(n, 120, 21);
        double[] gram = rowMajor(gramOfRows(rows));
        double[] jacobi = descending(jacobiEigenvalues(gramOfRows(rows)));
        SymmetricEigen full = DenseLinalg.symmetricEigen(gram, n);
        for (int count : new int[] { 12, 19, 20, 21, 50, 80 }) {
            SymmetricEigen top = DenseLinalg.largestEigenpairs(gram, n, count);
            double largest = full.values()[n - 1];
            for (int j = 0; j < count; j++) {
                assertEquals(full.values()[n - 1 - j], top.values()[j], 1e-12 * largest);
                assertEquals(jacobi[j], top.values()[j], 1e-11 * largest, "Jacobi, count " + count);
                // same eigenvector up to sign: |cos| = 1 (the spectrum of a Wishart matrix is simple)
                double dot = 0;
                for (int i = 0; i < n; i++) {
                    dot += full.vectors()[i * n + (n - 1 - j)] * top.vectors()[i * count + j];
                }
                assertEquals(1.0, Math.abs(dot), 1e-8);
            }
            // residuals and orthonormality of the partial result by themselves
            for (int j = 0; j < count; j++) {
                for (int i = 0; i < n; i++) {
                    double av = 0;
                    for (int c = 0; c < n; c++) {
                        av += gram[i * n + c] * top.vectors()[c * count + j];
                    }
                    assertEquals(top.values()[j] * top.vectors()[i * count + j], av, 1e-11 * largest);
                }
                for (int k = 0; k <= j; k++) {
                    double dot = 0;
                    for (int i = 0; i < n; i++) {
                        dot += top.vectors()[i * count + j] * top.vectors()[i * count + k];
                    }
                    assertEquals(j == k ? 1.0 : 0.0, dot, 1e-12);
                }
            }
        }
    }

    @Test
    void singularValuesAgreeWithJacobiOnBothRoutes() {
        // 60 x 45 goes through XᵀX, 45 x 60 through XXᵀ; the singular values are those of the
        // other shape's transpose, computed here by Jacobi on XᵀX
        double[][] tall = gaussian(60, 45, 22);
        double[][] wide = transpose(tall);
        double[] expected = descending(jacobiEigenvalues(gramOfRows(wide)));
        for (double[][] x : new double[][][] { tall, wide }) {
            SingularBasis basis = SingularBasis.of(DenseMatrix.of(x), false, 10, MetricContext.defaults());
            assertEquals(45, basis.computed());
            assertTrue(basis.rankIsExact());
            assertEquals(45, basis.numericalRank());
            double[] values = basis.singularValues();
            for (int j = 0; j < 45; j++) {
                assertEquals(Math.sqrt(expected[j]), values[j], 1e-10 * values[0]);
            }
        }
    }

    @Test
    void rankDeficientInputHasItsRankOnBothRoutes() {
        // rank 7 products, both shapes, with more computed pairs than the rank
        double[][] tall = multiply(gaussian(150, 7, 23), gaussian(7, 120, 24), 1);
        double[][] wide = transpose(tall);
        for (double[][] x : new double[][][] { tall, wide }) {
            SingularBasis basis = SingularBasis.of(DenseMatrix.of(x), false, 10, MetricContext.defaults());
            assertEquals(100, basis.computed());
            assertEquals(7, basis.numericalRank());
            assertTrue(basis.rankIsExact());
            // the left vectors of the rank are orthonormal
            int n = x.length;
            double[] u = basis.leftVectors(7);
            for (int a = 0; a < 7; a++) {
                for (int b = 0; b <= a; b++) {
                    double dot = 0;
                    for (int i = 0; i < n; i++) {
                        dot += u[i * 7 + a] * u[i * 7 + b];
                    }
                    assertEquals(a == b ? 1.0 : 0.0, dot, 1e-9);
                }
            }
        }
    }

    @Test
    void fullRankBeyondTheComputedPairsIsALowerBound() {
        SingularBasis basis = SingularBasis.of(DenseMatrix.of(gaussian(220, 160, 25)), false, 10,
                MetricContext.defaults());
        assertEquals(SingularBasis.DEFAULT_COUNT, basis.computed());
        assertEquals(SingularBasis.DEFAULT_COUNT, basis.numericalRank());
        assertFalse(basis.rankIsExact());
        // a request above the default count gets its own, larger decomposition
        SingularBasis more = SingularBasis.of(DenseMatrix.of(gaussian(220, 160, 25)), false, 130,
                MetricContext.defaults());
        assertEquals(130, more.computed());
        double[] few = basis.singularValues();
        double[] many = more.singularValues();
        for (int j = 0; j < few.length; j++) {
            assertEquals(few[j], many[j], 1e-12 * few[0]);
        }
    }

    /**
     * SVCCA from the partial decomposition against the whole pipeline redone here with Jacobi:
     * top-q left singular vectors U = XVΣ⁻¹ from the eigenvectors of XᵀX, each basis centred and
     * orthonormalized by modified Gram–Schmidt, canonical correlations as the square roots of
     * the eigenvalues of MᵀM with M = Q₁ᵀQ₂. The spectra decay so that the top-q subspaces are
     * well separated from the rest.
     */
    @Test
    void svccaMatchesAnIndependentJacobiPipeline() {
        int n = 90;
        int q = 6;
        double[][] x = multiply(gaussian(n, 30, 26), decaying(30), 1);
        double[][] y = plusNoise(multiply(x, gaussian(30, 40, 27), 1), 2.0, 28);
        double expected = jacobiSvcca(x, y, q);
        assertEquals(expected, number("svcca:q=" + q, x, y), 1e-9);
        assertTrue(expected > 0.1 && expected < 1);
    }

    private static double jacobiSvcca(double[][] x, double[][] y, int q) {
        double[][] q1 = orthonormalCentred(topLeftVectors(x, q));
        double[][] q2 = orthonormalCentred(topLeftVectors(y, q));
        double[][] m = multiply(transpose(q1), q2, 1);
        double[] squares = jacobiEigenvalues(multiply(transpose(m), m, 1));
        double sum = 0;
        for (double s : squares) {
            sum += Math.min(1, Math.sqrt(Math.max(0, s)));
        }
        return sum / q;
    }

    private static double[][] topLeftVectors(double[][] x, int q) {
        int d = x[0].length;
        double[][] a = multiply(transpose(x), x, 1);
        double[][] v = new double[d][d];
        double[] values = jacobi(a, v);
        Integer[] order = new Integer[d];
        for (int i = 0; i < d; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (i, j) -> Double.compare(values[j], values[i]));
        double[][] w = new double[d][q];
        for (int j = 0; j < q; j++) {
            double scale = 1 / Math.sqrt(values[order[j]]);
            for (int i = 0; i < d; i++) {
                w[i][j] = v[i][order[j]] * scale;
            }
        }
        return multiply(x, w, 1);
    }

    private static double[][] orthonormalCentred(double[][] basis) {
        int n = basis.length;
        int k = basis[0].length;
        double[][] out = new double[n][k];
        for (int j = 0; j < k; j++) {
            double mean = 0;
            for (double[] row : basis) {
                mean += row[j] / n;
            }
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = basis[i][j] - mean;
            }
            for (int p = 0; p < j; p++) {
                double dot = 0;
                for (int i = 0; i < n; i++) {
                    dot += out[i][p] * v[i];
                }
                for (int i = 0; i < n; i++) {
                    v[i] -= dot * out[i][p];
                }
            }
            double norm = 0;
            for (double value : v) {
                norm += value * value;
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < n; i++) {
                out[i][j] = v[i] / norm;
            }
        }
        return out;
    }

    private static double[] jacobiEigenvalues(double[][] a) {
        return jacobi(a, new double[a.length][a.length]);
    }

    /** Cyclic Jacobi: returns the eigenvalues, fills {@code v} with the eigenvectors as columns. */
    private static double[] jacobi(double[][] input, double[][] v) {
        int n = input.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = input[i].clone();
            java.util.Arrays.fill(v[i], 0);
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            double total = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    total += a[i][j] * a[i][j];
                    if (i != j) {
                        off += a[i][j] * a[i][j];
                    }
                }
            }
            if (off <= 1e-30 * total) {
                break;
            }
            for (int p = 0; p < n - 1; p++) {
                for (int r = p + 1; r < n; r++) {
                    if (a[p][r] == 0) {
                        continue;
                    }
                    double theta = (a[r][r] - a[p][p]) / (2 * a[p][r]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k][p];
                        double akr = a[k][r];
                        a[k][p] = c * akp - s * akr;
                        a[k][r] = s * akp + c * akr;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p][k];
                        double ark = a[r][k];
                        a[p][k] = c * apk - s * ark;
                        a[r][k] = s * apk + c * ark;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = v[k][p];
                        double vkr = v[k][r];
                        v[k][p] = c * vkp - s * vkr;
                        v[k][r] = s * vkp + c * vkr;
                    }
                }
            }
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = a[i][i];
        }
        return values;
    }

    private static double[][] decaying(int d) {
        double[][] m = new double[d][d];
        for (int i = 0; i < d; i++) {
            m[i][i] = Math.pow(0.8, i);
        }
        return m;
    }

    private static double[] descending(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        for (int i = 0, j = sorted.length - 1; i < j; i++, j--) {
            double swap = sorted[i];
            sorted[i] = sorted[j];
            sorted[j] = swap;
        }
        return sorted;
    }

    private static double[][] gramOfRows(double[][] x) {
        return multiply(x, transpose(x), 1);
    }

    private static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    private static double[] rowMajor(double[][] a) {
        int columns = a[0].length;
        double[] out = new double[a.length * columns];
        for (int i = 0; i < a.length; i++) {
            System.arraycopy(a[i], 0, out, i * columns, columns);
        }
        return out;
    }
}
