package org.repalign.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.data.ExperimentDataLoader;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.modules.FrequencyWindows;
import org.repalign.analysis.modules.NoiseAnalysis;
import org.repalign.analysis.modules.RunContext;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.results.ResultTable;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.stats.SpearmanCorrelation;
import org.repalign.compute.synth.SyntheticModelSpec;

/** Noise on data with and without frequency-dependent noise, and the windows by hand. */
class NoiseAnalysisTest {

    private static AnalysisResult run(double noise) throws Exception {
        List<SyntheticModelSpec> models = List.of(SyntheticModelSpec.of("a", 24, 0, noise),
                SyntheticModelSpec.of("b", 32, 0, noise), SyntheticModelSpec.of("c", 28, 0, noise));
        ExperimentPlan plan = TestPlans.plan(TestPlans.generator(400, models), List.of(TestPlans.noise()));
        RunContext context = new RunContext(plan, ExperimentDataLoader.load(plan, new NullProgressMonitor()),
                MetricRegistry.installed(), RunListener.NONE);
        return new NoiseAnalysis().run(context, new NullProgressMonitor());
    }

    @Test
    void frequencyDependentNoiseMakesAlignmentRiseWithFrequency() throws Exception {
        AnalysisResult result = run(2.0);
        @SuppressWarnings("unchecked")
        Map<String, Double> rising = (Map<String, Double>) result.values().get("rising_share");
        assertEquals(1.0, rising.get("cka"), "every pair's CKA rises with frequency");
        // every pair rising: so does every resample of the three models
        @SuppressWarnings("unchecked")
        Map<String, java.util.List<Double>> interval = (Map<String, java.util.List<Double>>) result.values()
                .get("rising_share_ci");
        assertEquals(java.util.List.of(1.0, 1.0), interval.get("cka"));
        ResultTable fits = result.table("fits");
        ResultTable rows = result.table("rows");
        assertEquals(3 * 2, fits.size());
        assertEquals(3 * 2 * 6, rows.size(), "3 pairs × 2 metrics × 6 windows");
        for (int f = 0; f < fits.size(); f++) {
            if (fits.get(f, "metric").equals("cka")) {
                assertTrue(fits.number(f, "slope") < 0, "CKA falls with f^-1/2");
                assertTrue(fits.number(f, "r2") > 0.5 && fits.number(f, "r2") <= 1, "R² " + fits.number(f, "r2"));
                assertTrue(fits.number(f, "spearman") > 0.5, "ρ(frequency, CKA) " + fits.number(f, "spearman"));
            }
        }
        // the Spearman column is ρ between each window's mean frequency and its value
        double[] frequency = new double[6];
        double[] value = new double[6];
        int w = 0;
        for (int r = 0; r < rows.size() && w < 6; r++) {
            if (rows.get(r, "a").equals("a") && rows.get(r, "b").equals("b") && rows.get(r, "metric").equals("cka")) {
                frequency[w] = rows.number(r, "mean_frequency");
                value[w++] = rows.number(r, "value");
            }
        }
        assertEquals(SpearmanCorrelation.rho(frequency, value), fits.number(0, "spearman"), 1e-12);
        for (int i = 1; i < 6; i++) {
            assertTrue(frequency[i] < frequency[i - 1], "windows go from frequent to rare");
        }
    }

    @Test
    void withoutNoiseAlignmentDoesNotDependOnFrequency() throws Exception {
        AnalysisResult result = run(0.0);
        AnalysisResult noisyResult = run(2.0);
        double quiet = meanAbsoluteSlope(result.table("fits"));
        double noisy = meanAbsoluteSlope(noisyResult.table("fits"));
        assertTrue(quiet < noisy / 2, "slopes without noise are fluctuations: " + quiet + " vs " + noisy);
        @SuppressWarnings("unchecked")
        Map<String, Double> meanR2 = (Map<String, Double>) result.values().get("mean_r2");
        @SuppressWarnings("unchecked")
        Map<String, Double> noisyR2 = (Map<String, Double>) noisyResult.values().get("mean_r2");
        assertTrue(noisyR2.get("cka") > meanR2.get("cka"), "noise explains the trend: R² " + noisyR2 + " vs "
                + meanR2);
    }

    private static double meanAbsoluteSlope(ResultTable fits) {
        double sum = 0;
        for (int f = 0; f < fits.size(); f++) {
            sum += Math.abs(fits.number(f, "slope"));
        }
        return sum / fits.size();
    }

    @Test
    void windowsAreConsecutiveRanksEndExclusive() throws Exception {
        double[] frequencies = {5, 9, Double.NaN, 9, 1, 0, 7, 3};
        int[] order = FrequencyWindows.frequencyOrder(frequencies);
        // by decreasing frequency, ties in item order; NaN and 0 left out
        assertArrayEquals(new int[] {1, 3, 6, 0, 7, 4}, order);
        List<int[]> windows = FrequencyWindows.windows(order,
                new AnalysisSettings.Noise(3, 1, 5, false, Preprocessing.CENTERED));
        assertEquals(4, windows.size(), "positions [0,3), [1,4), [2,5), [3,6); [4,7) does not fit in 6");
        assertArrayEquals(new int[] {1, 3, 6}, windows.get(0));
        assertArrayEquals(new int[] {3, 6, 0}, windows.get(1));
        assertArrayEquals(new int[] {0, 7, 4}, windows.get(3));
        ExperimentInputException twoWindows = assertThrows(ExperimentInputException.class, () -> FrequencyWindows
                .windows(order, new AnalysisSettings.Noise(3, 2, 5, false, Preprocessing.CENTERED)));
        assertTrue(twoWindows.getMessage().contains("fits 2 window(s)"), twoWindows.getMessage());
        ExperimentInputException tooLarge = assertThrows(ExperimentInputException.class, () -> FrequencyWindows
                .windows(order, new AnalysisSettings.Noise(5, 2, 5, false, Preprocessing.CENTERED)));
        assertTrue(tooLarge.getMessage().contains("window size 5"), tooLarge.getMessage());
    }
}
