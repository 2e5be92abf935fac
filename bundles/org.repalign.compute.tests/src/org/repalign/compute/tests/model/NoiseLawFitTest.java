package org.repalign.compute.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.repalign.compute.model.NoiseLaw;
import org.repalign.compute.model.NoiseLawFit;

/**
 * The noise law e(f) = floor + (ceiling − floor)/(1 + (f/f*)^(2γ)) fitted to residual shares of
 * Zipf-distributed items: exact curves are recovered exactly, noisy ones within their intervals,
 * and a straight line through log residual against log f would not recover γ.
 */
class NoiseLawFitTest {

    /** Zipf frequencies f(rank r) = 1000 / r of n items. */
    private static double[] zipf(int n) {
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = 1000.0 / (i + 1);
        }
        return f;
    }

    @Test
    void theCurveIsTheLogisticInLogFrequencyWrittenOut() {
        NoiseLaw law = new NoiseLaw(0.5, 4.0, 0.1, 0.9);
        // at f*: half way
        assertEquals(0.5, law.residualShare(4.0), 1e-15);
        // f = 16 f*: (f/f*)^(2γ) = 16, e = 0.1 + 0.8/17
        assertEquals(0.1 + 0.8 / 17, law.residualShare(64.0), 1e-15);
        // f = f*/100: 1/(1 + 0.01)
        assertEquals(0.1 + 0.8 / 1.01, law.residualShare(0.04), 1e-15);
        assertEquals(2.0, law.relativeNoiseScale(), 1e-15, "σ/T = f*^γ");
        // no overflow far out
        assertEquals(0.1, new NoiseLaw(2, 1, 0.1, 0.9).residualShare(1e200), 1e-15);
        assertEquals(0.9, new NoiseLaw(2, 1, 0.1, 0.9).residualShare(1e-200), 1e-15);
    }

    @Test
    void anExactCurveIsRecoveredExactly() {
        double[] f = zipf(3000);
        for (double gamma : new double[] { 0.25, 0.5, 0.75 }) {
            NoiseLaw truth = new NoiseLaw(gamma, 5.0, 0.05, 0.85);
            double[] e = new double[f.length];
            for (int i = 0; i < f.length; i++) {
                e[i] = truth.residualShare(f[i]);
            }
            NoiseLawFit.Result fit = NoiseLawFit.fit(f, e, 1L);
            // the bins average e over their items, a curve's mean at the bin's mean log f up to curvature
            assertEquals(gamma, fit.law().gamma(), 0.01, "γ " + gamma);
            assertEquals(Math.log(5.0), Math.log(fit.law().transition()), 0.05);
            assertEquals(0.05, fit.law().floor(), 0.005);
            assertEquals(0.85, fit.law().ceiling(), 0.005);
            assertTrue(fit.r2() > 0.9999, "r2 " + fit.r2());
            assertTrue(fit.inRange());
            assertEquals(3000, fit.items());
        }
    }

    @Test
    void noisyCurvesAreRecoveredWithinIntervalsThatHoldTheTruth() {
        double[] f = zipf(3000);
        Random random = new Random(5L);
        int held = 0;
        int runs = 0;
        for (double gamma : new double[] { 0.25, 0.5, 0.75 }) {
            for (int seed = 0; seed < 2; seed++) {
                NoiseLaw truth = new NoiseLaw(gamma, 3.0, 0.08, 0.8);
                double[] e = new double[f.length];
                for (int i = 0; i < f.length; i++) {
                    e[i] = truth.residualShare(f[i]) + 0.05 * random.nextGaussian();
                }
                NoiseLawFit.Result fit = NoiseLawFit.fit(f, e, seed);
                assertEquals(gamma, fit.law().gamma(), 0.1, "γ " + gamma + " seed " + seed);
                assertTrue(fit.gammaInterval()[0] <= fit.law().gamma() && fit.law().gamma() <= fit.gammaInterval()[1],
                        "the interval holds the estimate");
                held += fit.gammaInterval()[0] <= gamma && gamma <= fit.gammaInterval()[1] ? 1 : 0;
                runs++;
            }
        }
        // nominal 95%: of 6 intervals, 5 or more hold γ (binomial probability of fewer is 3%)
        assertTrue(held >= 5, held + " of " + runs + " intervals hold γ");
    }

    @Test
    void aStraightLineInLogLogWouldUnderestimateTheExponent() {
        double[] f = zipf(3000);
        NoiseLaw truth = new NoiseLaw(0.5, 5.0, 0.05, 0.85);
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        double[] e = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            e[i] = truth.residualShare(f[i]);
            double x = Math.log(f[i]);
            double y = Math.log(e[i]);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double n = f.length;
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        // the line's slope is −2γ only where noise dominates and no floor is reached; here it is far flatter
        assertTrue(-slope / 2 < 0.35, "naive γ " + (-slope / 2));
        assertEquals(0.5, NoiseLawFit.fit(f, e, 3L).law().gamma(), 0.01);
    }

    @Test
    void badInputIsRefusedWithTheReason() {
        double[] f = zipf(100);
        double[] e = new double[100];
        assertThrows(IllegalArgumentException.class, () -> NoiseLawFit.fit(f, new double[99], 1L));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NoiseLawFit.fit(zipf(50), new double[50], 1L))
                .getMessage().contains("at least 80 items"));
        f[3] = 0;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NoiseLawFit.fit(f, e, 1L)).getMessage()
                .contains("frequency of item 3"));
        double[] same = new double[100];
        java.util.Arrays.fill(same, 2.0);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NoiseLawFit.fit(same, e, 1L)).getMessage()
                .contains("same frequency"));
        assertFalse(NoiseLawFit.fit(zipf(100), e, 1L).law().gamma() < 0);
    }
}
