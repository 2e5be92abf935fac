package org.repalign.compute.tests.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.metrics.CkaMoments;
import org.repalign.compute.metrics.LinearCka;

/**
 * The one-pass statistics of linear CKA, against CKA computed from the n × n Gram matrices by the
 * textbook formulas (centring matrix H for the biased estimator, Song et al. 2012 eq. 5 with
 * zeroed diagonals for the unbiased one), written out here independently of the product code.
 */
class CkaMomentsTest {

    private static double[][] gaussian(Random random, int rows, int columns, double offset) {
        double[][] values = new double[rows][columns];
        for (double[] row : values) {
            for (int c = 0; c < columns; c++) {
                row[c] = offset + random.nextGaussian();
            }
        }
        return values;
    }

    /** y = x W + noise, so that the pair aligns well but not perfectly. */
    private static double[][] related(Random random, double[][] x, int columns, double noise, double offset) {
        double[][] w = gaussian(random, x[0].length, columns, 0);
        double[][] y = new double[x.length][columns];
        for (int r = 0; r < x.length; r++) {
            for (int c = 0; c < columns; c++) {
                double v = 0;
                for (int k = 0; k < x[0].length; k++) {
                    v += x[r][k] * w[k][c];
                }
                y[r][c] = offset + v + noise * random.nextGaussian();
            }
        }
        return y;
    }

    private static double[][] gram(double[][] x) {
        int n = x.length;
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = 0;
                for (int c = 0; c < x[0].length; c++) {
                    v += x[i][c] * x[j][c];
                }
                k[i][j] = v;
            }
        }
        return k;
    }

    /** tr(KHLH), H = I − 11ᵀ/n, by explicit double centring. */
    private static double biasedHsic(double[][] k, double[][] l) {
        double[][] kc = doubleCentred(k);
        double[][] lc = doubleCentred(l);
        double total = 0;
        for (int i = 0; i < k.length; i++) {
            for (int j = 0; j < k.length; j++) {
                total += kc[i][j] * lc[i][j];
            }
        }
        return total;
    }

    private static double[][] doubleCentred(double[][] k) {
        int n = k.length;
        double[] rowMeans = new double[n];
        double grand = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                rowMeans[i] += k[i][j] / n;
            }
            grand += rowMeans[i] / n;
        }
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                c[i][j] = k[i][j] - rowMeans[i] - rowMeans[j] + grand;
            }
        }
        return c;
    }

    /** Song et al. 2012, eq. 5: [tr(K̃L̃) + 1ᵀK̃1·1ᵀL̃1/((n−1)(n−2)) − 2/(n−2)·1ᵀK̃L̃1] / (n(n−3)). */
    private static double unbiasedHsic(double[][] k, double[][] l) {
        int n = k.length;
        double trace = 0;
        double totalK = 0;
        double totalL = 0;
        double[] rowK = new double[n];
        double[] rowL = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    trace += k[i][j] * l[i][j];
                    totalK += k[i][j];
                    totalL += l[i][j];
                    rowK[i] += k[i][j];
                    rowL[i] += l[i][j];
                }
            }
        }
        double rowProducts = 0;
        for (int i = 0; i < n; i++) {
            rowProducts += rowK[i] * rowL[i];
        }
        return (trace + totalK * totalL / ((n - 1.0) * (n - 2.0)) - 2.0 / (n - 2.0) * rowProducts) / (n * (n - 3.0));
    }

    private static double referenceCka(double[][] x, double[][] y, boolean unbiased) {
        double[][] k = gram(x);
        double[][] l = gram(y);
        if (unbiased) {
            return unbiasedHsic(k, l) / Math.sqrt(unbiasedHsic(k, k) * unbiasedHsic(l, l));
        }
        return biasedHsic(k, l) / Math.sqrt(biasedHsic(k, k) * biasedHsic(l, l));
    }

    private static CkaMoments whole(double[][] x, double[][] y, double[] shiftX, double[] shiftY) {
        return CkaMoments.over(DenseMatrix.of(x), DenseMatrix.of(y), 0, x.length, shiftX, shiftY);
    }

    @Test
    void equalsTheGramMatrixFormulasForBothEstimators() {
        Random random = new Random(11);
        double[][] x = gaussian(random, 60, 5, 0.3);
        double[][] y = related(random, x, 4, 1.5, -0.7);
        CkaMoments moments = whole(x, y, new double[5], new double[4]);
        double biased = referenceCka(x, y, false);
        double unbiased = referenceCka(x, y, true);
        assertEquals(biased, moments.cka().getAsDouble(), 1e-12);
        assertEquals(unbiased, moments.unbiasedCka().getAsDouble(), 1e-12);
        // the two estimators differ on 60 rows: the test would notice one standing in for the other
        assertTrue(Math.abs(biased - unbiased) > 1e-3, biased + " vs " + unbiased);
        assertEquals(60, moments.rows());
    }

    @Test
    void anySplitIntoRangesMergedGivesTheWholeValue() {
        Random random = new Random(5);
        double[][] x = gaussian(random, 5000, 7, 0);
        double[][] y = related(random, x, 3, 2.0, 0);
        DenseMatrix mx = DenseMatrix.of(x);
        DenseMatrix my = DenseMatrix.of(y);
        double[] cx = CkaMoments.meanOfRows(mx, 0, 100);
        double[] cy = CkaMoments.meanOfRows(my, 0, 100);
        CkaMoments all = CkaMoments.over(mx, my, 0, 5000, cx, cy);
        // uneven ranges, merged as a tree: ((0..7 + 7..2100) + (2100..4999 + 4999..5000))
        CkaMoments left = CkaMoments.over(mx, my, 0, 7, cx, cy).merge(CkaMoments.over(mx, my, 7, 2093, cx, cy));
        CkaMoments right = CkaMoments.over(mx, my, 2100, 2899, cx, cy)
                .merge(CkaMoments.over(mx, my, 4999, 1, cx, cy));
        CkaMoments merged = CkaMoments.empty(cx, cy).merge(left).merge(right);
        assertEquals(5000, merged.rows());
        assertEquals(all.cka().getAsDouble(), merged.cka().getAsDouble(), 1e-13);
        assertEquals(all.unbiasedCka().getAsDouble(), merged.unbiasedCka().getAsDouble(), 1e-13);
        assertEquals(LinearCka.compute(mx, my).getAsDouble(), merged.cka().getAsDouble(), 1e-12);
    }

    @Test
    void rowsFarFromTheOriginKeepTheirPrecisionWhenShiftedByAFirstBlockMean() {
        Random random = new Random(3);
        double[][] x = gaussian(random, 400, 6, 0);
        double[][] y = related(random, x, 5, 1.0, 0);
        double reference = referenceCka(x, y, true);
        double referenceBiased = referenceCka(x, y, false);
        double[][] farX = new double[400][6];
        double[][] farY = new double[400][5];
        for (int r = 0; r < 400; r++) {
            for (int c = 0; c < 6; c++) {
                farX[r][c] = x[r][c] + 1e6;
            }
            for (int c = 0; c < 5; c++) {
                farY[r][c] = y[r][c] - 3e5;
            }
        }
        DenseMatrix mx = DenseMatrix.of(farX);
        DenseMatrix my = DenseMatrix.of(farY);
        CkaMoments shifted = CkaMoments.over(mx, my, 0, 400, CkaMoments.meanOfRows(mx, 0, 64),
                CkaMoments.meanOfRows(my, 0, 64));
        assertEquals(referenceBiased, shifted.cka().getAsDouble(), 1e-10);
        assertEquals(reference, shifted.unbiasedCka().getAsDouble(), 1e-10);
        // without the shift, the unbiased differences of terms of size n²·10²⁴ lose every digit
        CkaMoments unshifted = CkaMoments.over(mx, my, 0, 400, new double[6], new double[5]);
        assertFalse(Math.abs(reference - unshifted.unbiasedCka().orElse(Double.NaN)) < 1e-6,
                "the shift should matter on these data");
    }

    @Test
    void constantRepresentationIsUndefinedAndTooFewRowsAreRefused() {
        double[][] x = { { 1, 2 }, { 1, 2 }, { 1, 2 }, { 1, 2 }, { 1, 2 } };
        double[][] y = { { 0 }, { 1 }, { 3 }, { 4 }, { 9 } };
        CkaMoments constant = whole(x, y, new double[2], new double[1]);
        assertTrue(constant.cka().isEmpty());
        assertTrue(constant.unbiasedCka().isEmpty());
        CkaMoments three = CkaMoments.over(DenseMatrix.of(y), DenseMatrix.of(y), 0, 3, new double[1], new double[1]);
        assertEquals(1.0, three.cka().getAsDouble(), 1e-12);
        assertThrows(IllegalStateException.class, three::unbiasedCka);
    }

    @Test
    void recordsTheFirstValueThatIsNotFiniteAndLeavesItsRowOut() {
        Random random = new Random(9);
        double[][] x = gaussian(random, 30, 3, 0);
        double[][] y = related(random, x, 2, 1.0, 0);
        double[][] cleanX = new double[28][];
        double[][] cleanY = new double[28][];
        for (int r = 0, k = 0; r < 30; r++) {
            if (r != 17 && r != 21) {
                cleanX[k] = x[r].clone();
                cleanY[k++] = y[r].clone();
            }
        }
        x[21][1] = Double.NaN;
        y[17][0] = Double.NEGATIVE_INFINITY;
        DenseMatrix mx = DenseMatrix.of(x);
        DenseMatrix my = DenseMatrix.of(y);
        CkaMoments later = CkaMoments.over(mx, my, 20, 10, new double[3], new double[2]);
        CkaMoments earlier = CkaMoments.over(mx, my, 0, 20, new double[3], new double[2]);
        CkaMoments merged = later.merge(earlier);
        CkaMoments.NonFiniteValue first = merged.firstNonFinite().orElseThrow();
        assertEquals(1, first.side());
        assertEquals(17, first.row());
        assertEquals(0, first.column());
        assertEquals("-Infinity", first.describe());
        assertEquals(28, merged.rows());
        assertEquals(referenceCka(cleanX, cleanY, false), merged.cka().getAsDouble(), 1e-12);
    }
}
