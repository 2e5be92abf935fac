package org.repalign.compute.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.model.SubspaceResiduals;

/**
 * Residual shares outside the frequent rows' principal subspace: for rows of signal in a known
 * 5-dimensional subspace plus isotropic noise, the residual share is each row's energy outside
 * the true signal coordinates, for frequent and rare rows alike (the cross-fitting keeps the
 * frequent rows' noise out of the subspace that measures them).
 */
class SubspaceResidualsTest {

    @Test
    void theResidualShareIsTheNoiseShareTimesTheDimensionsOutside() {
        int n = 3000;
        int d = 40;
        int k = 5;
        Random random = new Random(11L);
        double[] values = new double[n * d];
        double[] frequencies = new double[n];
        double[] noiseShare = new double[n];
        for (int i = 0; i < n; i++) {
            frequencies[i] = 1000.0 / (i + 1);
            // the noise's share of the row's expected energy, from 0 for the most frequent row to 0.9
            noiseShare[i] = 0.9 * (double) i * i / ((double) n * n);
            double signalScale = Math.sqrt((1 - noiseShare[i]) / k);
            double noiseScale = Math.sqrt(noiseShare[i] / d);
            for (int j = 0; j < d; j++) {
                values[i * d + j] = noiseScale * random.nextGaussian() + (j < k ? signalScale * random.nextGaussian() : 0);
            }
        }
        SubspaceResiduals.Result result = SubspaceResiduals.of(DenseMatrix.wrap(n, d, values), frequencies);
        int r = result.dimension();
        assertEquals(k, r, "the subspace is the signal's: 4 of its 5 dimensions hold 80% of the energy, 5 nearly all");
        assertEquals(1000, result.frequent());
        // in groups of 100 rows by rank: the mean residual share is the rows' energy outside the true
        // signal coordinates (their noise there), as the estimated subspace is the signal's
        double[] outsideTruth = new double[n];
        for (int i = 0; i < n; i++) {
            double total = 0;
            double outside = 0;
            for (int j = 0; j < d; j++) {
                double v = values[i * d + j];
                total += v * v;
                outside += j < k ? 0 : v * v;
            }
            outsideTruth[i] = outside / total;
        }
        for (int from = 0; from < n; from += 100) {
            double observed = 0;
            double expected = 0;
            for (int i = from; i < from + 100; i++) {
                observed += result.shares()[i] / 100;
                expected += outsideTruth[i] / 100;
            }
            assertEquals(expected, observed, 0.02, "ranks " + from + "–" + (from + 99));
        }
        for (double share : result.shares()) {
            assertTrue(share >= 0 && share <= 1);
        }
    }

    @Test
    void badInputIsRefused() {
        DenseMatrix rows = DenseMatrix.wrap(3, 2, new double[] { 1, 0, 0, 1, 1, 1 });
        assertThrows(IllegalArgumentException.class, () -> SubspaceResiduals.of(rows, new double[2]));
        DenseMatrix zero = DenseMatrix.wrap(3, 2, new double[] { 1, 0, 0, 0, 1, 1 });
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SubspaceResiduals.of(zero, new double[] { 3, 2,
                1 })).getMessage().contains("row 1 is zero"));
    }
}
