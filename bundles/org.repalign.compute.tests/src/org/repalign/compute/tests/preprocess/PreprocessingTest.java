package org.repalign.compute.tests.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.preprocess.PreprocessingFit;

class PreprocessingTest {

    private static final double S = Math.sqrt(0.5);

    @Test
    void noneKeepsRowsIncludingZeroRows() {
        double[][] rows = { { 3, 4 }, { 0, 0 } };
        assertArrayEquals(new double[] { 3, 4, 0, 0 },
                Preprocessing.NONE.apply(DenseMatrix.of(rows), null).toArray(), 0);
    }

    /** (3,4)/5 = (.6,.8); (0,2)/2 = (0,1). */
    @Test
    void rawScalesRowsToUnitNorm() {
        double[][] rows = { { 3, 4 }, { 0, 2 } };
        assertArrayEquals(new double[] { 0.6, 0.8, 0, 1 }, Preprocessing.RAW.apply(DenseMatrix.of(rows), null).toArray(),
                1e-15);
    }

    /**
     * Rows (2,0), (0,3), (1,1): unit rows (1,0), (0,1), (s,s) with s = √½; μ = ((1+s)/3, (1+s)/3).
     * Row 0 centred: (1 − μ₁, −μ₁); renormalized. A subsample (row 0 only) uses the same μ.
     */
    @Test
    void centeredUsesTheMeanOfAllAlignedRows() {
        double[][] rows = { { 2, 0 }, { 0, 3 }, { 1, 1 } };
        PreprocessingFit fit = Preprocessing.CENTERED.fit(DenseMatrix.of(rows), null);
        double mu = (1 + S) / 3;
        assertArrayEquals(new double[] { mu, mu }, fit.centeringMean().orElseThrow(), 1e-15);
        double norm = Math.hypot(1 - mu, mu);
        DenseMatrix firstOnly = fit.transform(DenseMatrix.of(new double[][] { rows[0] }), null);
        assertArrayEquals(new double[] { (1 - mu) / norm, -mu / norm }, firstOnly.toArray(), 1e-15);
        // a recorded mean restores the same transform
        DenseMatrix restored = PreprocessingFit.centered(new double[] { mu, mu })
                .transform(DenseMatrix.of(new double[][] { rows[0] }), null);
        assertArrayEquals(firstOnly.toArray(), restored.toArray(), 1e-15);
    }

    @Test
    void centeredRowsAreUnitAndCentredBeforeRenormalization() {
        Random random = new Random(3);
        double[][] rows = new double[50][6];
        for (double[] row : rows) {
            for (int c = 0; c < 6; c++) {
                row[c] = random.nextGaussian() + 2;
            }
        }
        PreprocessingFit fit = Preprocessing.CENTERED.fit(DenseMatrix.of(rows), null);
        double[] mean = fit.centeringMean().orElseThrow();
        double[] residualMean = new double[6];
        for (double[] row : rows) {
            double norm = 0;
            for (double v : row) {
                norm += v * v;
            }
            norm = Math.sqrt(norm);
            for (int c = 0; c < 6; c++) {
                residualMean[c] += (row[c] / norm - mean[c]) / rows.length;
            }
        }
        assertArrayEquals(new double[6], residualMean, 1e-15);
        double[][] out = fit.transform(DenseMatrix.of(rows), null).toRows();
        for (double[] row : out) {
            double norm = 0;
            for (double v : row) {
                norm += v * v;
            }
            assertEquals(1.0, norm, 1e-14);
        }
    }

    /**
     * 2 × 20 entries with |x| = 1..40 (even ones negative). Reference exact quantile: position
     * ⌊0.95·40⌋ = 38 of the sorted values 1..40 is 39, so 40 is clipped to 39 and −39 kept.
     */
    @Test
    void clampClipsAtTheExactQuantileThenNormalizes() {
        double[][] rows = new double[2][20];
        for (int i = 0; i < 40; i++) {
            int value = i + 1;
            rows[i / 20][i % 20] = value % 2 == 0 ? -value : value;
        }
        PreprocessingFit fit = Preprocessing.CLAMP.fit(DenseMatrix.of(rows), null);
        assertEquals(39.0, fit.clampThreshold().getAsDouble(), 0);
        double[][] out = fit.transform(DenseMatrix.of(rows), null).toRows();
        double secondRowNorm = 0;
        for (int c = 0; c < 20; c++) {
            double clipped = Math.min(39, c + 21);
            secondRowNorm += clipped * clipped;
        }
        secondRowNorm = Math.sqrt(secondRowNorm);
        assertEquals(-39 / secondRowNorm, out[1][19], 1e-15);
        assertEquals(39 / secondRowNorm, out[1][18], 1e-15);
    }

    @Test
    void zeroRowNamesRowAndItem() {
        double[][] rows = { { 1, 2 }, { 0, 0 }, { 3, 1 } };
        for (Preprocessing mode : List.of(Preprocessing.RAW, Preprocessing.CENTERED, Preprocessing.CLAMP)) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> mode.apply(DenseMatrix.of(rows), List.of("cat", "dog", "eel")));
            assertTrue(error.getMessage().contains("row 1") && error.getMessage().contains("'dog'"),
                    mode + ": " + error.getMessage());
        }
        IllegalArgumentException unnamed = assertThrows(IllegalArgumentException.class,
                () -> Preprocessing.RAW.apply(DenseMatrix.of(rows), null));
        assertTrue(unnamed.getMessage().contains("row 1"), unnamed.getMessage());
    }

    /** Rows (1,0) and (2,0) have the same unit row, which is the mean; centring leaves zero rows. */
    @Test
    void rowThatBecomesZeroAfterCenteringIsAnError() {
        double[][] rows = { { 1, 0 }, { 2, 0 } };
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Preprocessing.CENTERED.apply(DenseMatrix.of(rows), List.of("a", "b")));
        assertTrue(error.getMessage().contains("row 0") && error.getMessage().contains("'a'")
                && error.getMessage().contains("after centering"), error.getMessage());
    }

    /**
     * The view reads exactly the values the copy holds, for every mode, whole and in blocks at an
     * offset (with a zero row under none, where it is allowed); its checks at creation fail with
     * the copy's message.
     */
    @Test
    void viewReadsTheSameValuesAsTheCopyAndChecksEveryRowUpFront() {
        Random random = new Random(4);
        double[][] rows = new double[37][5];
        for (double[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                row[c] = random.nextGaussian() * (c + 1) + 0.3;
            }
        }
        DenseMatrix matrix = DenseMatrix.of(rows);
        for (Preprocessing mode : Preprocessing.values()) {
            PreprocessingFit fit = mode.fit(matrix, null);
            double[] copy = fit.transform(matrix, null).toArray();
            org.repalign.compute.data.RowMatrix view = fit.view(matrix, null);
            double[] whole = new double[37 * 5];
            view.readRows(0, 37, whole, 0);
            assertArrayEquals(copy, whole, 0.0, mode.id());
            double[] block = new double[3 + 4 * 5];
            view.readRows(30, 4, block, 3);
            assertArrayEquals(java.util.Arrays.copyOfRange(copy, 30 * 5, 34 * 5),
                    java.util.Arrays.copyOfRange(block, 3, 3 + 20), 0.0, mode.id() + " block");
        }
        double[][] withZero = { { 3, 4 }, { 0, 0 } };
        assertArrayEquals(new double[] { 3, 4, 0, 0 }, readAll(PreprocessingFit.stateless(Preprocessing.NONE)
                .view(DenseMatrix.of(withZero), null)), 0.0);
        double[][] zeroRow = { { 1, 2 }, { 0, 0 }, { 3, 1 } };
        for (Preprocessing mode : List.of(Preprocessing.RAW, Preprocessing.CLAMP)) {
            DenseMatrix bad = DenseMatrix.of(zeroRow);
            PreprocessingFit fit = mode.fit(bad, null);
            IllegalArgumentException fromView = assertThrows(IllegalArgumentException.class,
                    () -> fit.view(bad, List.of("cat", "dog", "eel")));
            IllegalArgumentException fromCopy = assertThrows(IllegalArgumentException.class,
                    () -> fit.transform(bad, List.of("cat", "dog", "eel")));
            assertEquals(fromCopy.getMessage(), fromView.getMessage());
            assertTrue(fromView.getMessage().contains("row 1") && fromView.getMessage().contains("'dog'"),
                    fromView.getMessage());
        }
    }

    private static double[] readAll(org.repalign.compute.data.RowMatrix matrix) {
        double[] values = new double[matrix.rows() * matrix.columns()];
        matrix.readRows(0, matrix.rows(), values, 0);
        return values;
    }

    @Test
    void parsesIds() {
        for (Preprocessing mode : Preprocessing.values()) {
            assertEquals(mode, Preprocessing.parse(mode.id()));
        }
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Preprocessing.parse("whiten"));
        assertTrue(error.getMessage().contains("centered"));
    }
}
