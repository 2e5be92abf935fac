package org.repalign.compute.tests.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.repalign.compute.stats.BenjaminiHochberg;
import org.repalign.compute.stats.SplitMix64;
import org.repalign.compute.stats.SubsampleInterval;

/**
 * The overlap-corrected subsample interval: a hand-computed case, its undefined cases, the split
 * of its variance into the spread over subsets and the covariance bound, the agreement of its
 * p-value with the interval, and by simulation, for a statistic that is a mean of per-row terms
 * (where the correction is exact) its variance and coverage, and for a degenerate second-order
 * U-statistic (where it is conservative) the derived variance and the over-coverage; the
 * Benjamini–Hochberg adjustment by hand.
 */
class SubsampleIntervalTest {

    @Test
    void aHandComputedInterval() {
        // values 1, 2, 3, 4: s² = 5/3; S = 4, m/n = 10/100: V = 5/3 · (1/4 + 3/4 · 0.1) / 0.9 = 0.6018…
        SubsampleInterval interval = SubsampleInterval.of(new double[] { 1, Double.NaN, 2, 3, 4 }, 10, 100);
        assertTrue(interval.defined());
        assertEquals(4, interval.subsets());
        assertEquals(2.5, interval.estimate(), 1e-15);
        assertEquals(Math.sqrt(5.0 / 3 * 0.325 / 0.9), interval.standardError(), 1e-15);
        assertEquals(0.775791113542719, interval.standardError(), 1e-14);
        // 2.5 ∓ t(0.975, 3) · se, t = 3.18244630528371 (tables)
        assertEquals(0.03108643703404068, interval.lower(), 1e-12);
        assertEquals(4.968913562965959, interval.upper(), 1e-12);
        assertEquals(0.048491197502061066, interval.p(), 1e-13);
        assertEquals(0.1, interval.overlap(), 0);
    }

    @Test
    void theDifferenceIsTakenSubsetBySubset() {
        SubsampleInterval difference = SubsampleInterval.ofDifference(new double[] { 0.5, 0.6, Double.NaN, 0.55 },
                new double[] { 0.7, 0.75, 0.9, 0.8 }, 50, 1000);
        // differences 0.2, 0.15, 0.25 (the third subset is left out)
        SubsampleInterval direct = SubsampleInterval.of(new double[] { 0.7 - 0.5, 0.75 - 0.6, 0.8 - 0.55 }, 50, 1000);
        assertEquals(direct, difference);
        assertEquals(3, difference.subsets());
        assertTrue(difference.lower() > 0, "a consistent improvement excludes 0: " + difference);
    }

    @Test
    void undefinedWithoutSpreadToLearnFrom() {
        SubsampleInterval whole = SubsampleInterval.of(new double[] { 0.8 }, 500, 500);
        assertFalse(whole.defined());
        assertEquals(0.8, whole.estimate());
        assertTrue(Double.isNaN(whole.lower()) && Double.isNaN(whole.p()));
        assertTrue(whole.reason().contains("whole data set"), whole.reason());
        SubsampleInterval one = SubsampleInterval.of(new double[] { 0.8, Double.NaN }, 10, 500);
        assertFalse(one.defined());
        assertTrue(one.reason().contains("1 defined"), one.reason());
        // every subset the same nonzero value: p 0, a point interval
        SubsampleInterval constant = SubsampleInterval.of(new double[] { 0.3, 0.3, 0.3 }, 10, 500);
        assertEquals(0, constant.p());
        assertEquals(0.3, constant.lower(), 1e-15);
    }

    @Test
    void forAMeanOfRowTermsTheVarianceIsExactAndTheIntervalCoversNinetyFivePercent() {
        // population N(0.3, 1); data sets of n = 40 rows; S = 8 subsets of m = 12 rows; h = the subset mean
        int n = 40;
        int m = 12;
        int s = 8;
        int replicates = 6000;
        SplitMix64 random = new SplitMix64(20261207L);
        double[] estimates = new double[replicates];
        double varianceSum = 0;
        int covered = 0;
        for (int r = 0; r < replicates; r++) {
            double[] data = new double[n];
            for (int i = 0; i < n; i++) {
                data[i] = 0.3 + Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
                        * Math.cos(2 * Math.PI * random.nextDouble());
            }
            double[] values = new double[s];
            int[] pool = new int[n];
            for (int k = 0; k < s; k++) {
                for (int i = 0; i < n; i++) {
                    pool[i] = i;
                }
                double sum = 0;
                for (int i = 0; i < m; i++) {
                    int j = i + random.nextInt(n - i);
                    int t = pool[i];
                    pool[i] = pool[j];
                    pool[j] = t;
                    sum += data[pool[i]];
                }
                values[k] = sum / m;
            }
            SubsampleInterval interval = SubsampleInterval.of(values, m, n);
            estimates[r] = interval.estimate();
            varianceSum += interval.standardError() * interval.standardError();
            covered += interval.lower() <= 0.3 && 0.3 <= interval.upper() ? 1 : 0;
        }
        double mean = 0;
        for (double e : estimates) {
            mean += e / replicates;
        }
        double empirical = 0;
        for (double e : estimates) {
            empirical += (e - mean) * (e - mean) / (replicates - 1);
        }
        // Var(h̄) = σ²/m · (1/S + (1 − 1/S)·m/n) = (1/12)(1/8 + 7/8 · 0.3) = 0.03229…
        double exact = 1.0 / m * (1.0 / s + (1 - 1.0 / s) * m / n);
        assertEquals(exact, empirical, 0.05 * exact, "the simulated variance of the estimate");
        assertEquals(exact, varianceSum / replicates, 0.05 * exact, "the mean of the estimated variance");
        // the spread over subsets alone would give σ²/m · (1 − m/n)/S = 0.0073: far too small
        double coverage = (double) covered / replicates;
        assertEquals(0.95, coverage, 0.012, "coverage " + coverage);
    }

    @Test
    void theVarianceIsTheSpreadOverSubsetsPlusTheBoundOnTheirCovariance() {
        // (1/S + (1 − 1/S)·f)/(1 − f) = 1/S + f/(1 − f): the naive s²/S plus s²·f/(1 − f), the bound
        // on the covariance of two subsets of one data set
        double[] values = { 0.42, 0.47, 0.39, 0.51, 0.44, 0.40 };
        double mean = (0.42 + 0.47 + 0.39 + 0.51 + 0.44 + 0.40) / 6;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double s2 = squares / 5;
        for (int[] mn : new int[][] { { 100, 1000 }, { 100, 250 }, { 1000, 1240 }, { 1000, 50_000 } }) {
            double f = (double) mn[0] / mn[1];
            SubsampleInterval interval = SubsampleInterval.of(values, mn[0], mn[1]);
            assertEquals(s2 / 6 + s2 * f / (1 - f), interval.standardError() * interval.standardError(), 1e-15,
                    "m = " + mn[0] + ", n = " + mn[1]);
            assertEquals(f, interval.overlap(), 1e-15);
        }
        // f = 0.1, S = 6: V = s²·(1/6 + 1/9)
        assertEquals(Math.sqrt(s2 * (1.0 / 6 + 1.0 / 9)), SubsampleInterval.of(values, 100, 1000).standardError(),
                1e-15);
    }

    @Test
    void theIntervalExcludesZeroExactlyWhenThePValueIsBelowFivePercent() {
        SplitMix64 random = new SplitMix64(7L);
        for (int r = 0; r < 2000; r++) {
            double[] values = new double[10];
            double shift = 0.02 * random.nextDouble();
            for (int i = 0; i < values.length; i++) {
                values[i] = shift + 0.02 * (random.nextDouble() - 0.5);
            }
            SubsampleInterval interval = SubsampleInterval.of(values, 100, 1000);
            boolean excludes = interval.lower() > 0 || interval.upper() < 0;
            if (Math.abs(interval.p() - 0.05) > 1e-9) {
                assertEquals(excludes, interval.p() < 0.05, interval.toString());
            }
            assertTrue(interval.lower() <= interval.estimate() && interval.estimate() <= interval.upper());
        }
    }

    @Test
    void forADegenerateSecondOrderStatisticTheVarianceIsConservativeAsDerived() {
        // population N(0, 1); h = the U-statistic of the kernel x·y on the subset (θ = 0, no first-order
        // part), data sets of n = 40 rows, S = 8 subsets of m = 12:
        //   ζ_m = Var(h) = 2/(m(m − 1)) = 2/132, τ = Cov of two subsets = Var(U_n) = 2/(n(n − 1)) = 2/1560,
        //   Var(h̄) = ζ_m/S + (1 − 1/S)·τ = 0.0030157…, E[s²] = ζ_m − τ,
        //   E[V̂] = E[s²]·(1/S + f/(1 − f)) = 0.0076777… (the bound assumes τ = f·ζ_m; here τ ≈ f²·ζ_m)
        int n = 40;
        int m = 12;
        int s = 8;
        int replicates = 8000;
        double zeta = 2.0 / (m * (m - 1));
        double tau = 2.0 / (n * (n - 1));
        double exact = zeta / s + (1 - 1.0 / s) * tau;
        double expectedEstimate = (zeta - tau) * (1.0 / s + 0.3 / 0.7);
        assertEquals(0.0030157, exact, 1e-7);
        assertEquals(0.0076777, expectedEstimate, 1e-7);
        SplitMix64 random = new SplitMix64(20261208L);
        double squaredError = 0;
        double varianceSum = 0;
        int covered = 0;
        int[] pool = new int[n];
        for (int r = 0; r < replicates; r++) {
            double[] data = new double[n];
            for (int i = 0; i < n; i++) {
                data[i] = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
            }
            double[] values = new double[s];
            for (int k = 0; k < s; k++) {
                for (int i = 0; i < n; i++) {
                    pool[i] = i;
                }
                double sum = 0;
                double squares = 0;
                for (int i = 0; i < m; i++) {
                    int j = i + random.nextInt(n - i);
                    int t = pool[i];
                    pool[i] = pool[j];
                    pool[j] = t;
                    sum += data[pool[i]];
                    squares += data[pool[i]] * data[pool[i]];
                }
                values[k] = (sum * sum - squares) / (m * (m - 1));
            }
            SubsampleInterval interval = SubsampleInterval.of(values, m, n);
            squaredError += interval.estimate() * interval.estimate() / replicates;
            varianceSum += interval.standardError() * interval.standardError() / replicates;
            covered += interval.lower() <= 0 && 0 <= interval.upper() ? 1 : 0;
        }
        assertEquals(exact, squaredError, 0.08 * exact, "the simulated variance of the estimate");
        assertEquals(expectedEstimate, varianceSum, 0.08 * expectedEstimate, "the mean of the estimated variance");
        // the variance is 2.5 times too large, yet h̄ is far from normal here (a weighted sum of
        // chi-squares), so the coverage is only a little above 95% (binomial se 0.0024 at 8000)
        double coverage = (double) covered / replicates;
        assertTrue(coverage > 0.955, "coverage " + coverage);
    }

    @Test
    void benjaminiHochbergByHand() {
        // sorted 0.005, 0.01, 0.03, 0.04 (m = 4): m·p/rank 0.02, 0.02, 0.04, 0.04, then the running minimum from the top
        double[] q = BenjaminiHochberg.adjust(new double[] { 0.01, 0.04, Double.NaN, 0.03, 0.005 });
        assertArrayEquals(new double[] { 0.02, 0.04, Double.NaN, 0.04, 0.02 }, q, 1e-15);
        // a step-up: the q of a p is never above the q of a larger p (0.7 · 2/1 = 1.4 becomes 0.9)
        assertArrayEquals(new double[] { 0.9, 0.9 }, BenjaminiHochberg.adjust(new double[] { 0.9, 0.45 }), 1e-15);
        assertArrayEquals(new double[] { 0.9, 0.9 }, BenjaminiHochberg.adjust(new double[] { 0.7, 0.9 }), 1e-15);
    }
}
