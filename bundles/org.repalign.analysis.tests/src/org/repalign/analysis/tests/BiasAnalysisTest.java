package org.repalign.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.data.ExperimentDataLoader;
import org.repalign.analysis.modules.BiasAnalysis;
import org.repalign.analysis.modules.RunContext;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.results.ResultTable;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.synth.SyntheticModelSpec;

/** Bias on data with and without planted model offsets. */
class BiasAnalysisTest {

    private static AnalysisResult run(double biasNorm) throws Exception {
        List<SyntheticModelSpec> models = List.of(SyntheticModelSpec.of("a", 24, biasNorm, 0.3),
                SyntheticModelSpec.of("b", 32, biasNorm, 0.3), SyntheticModelSpec.of("c", 20, biasNorm, 0.3));
        ExperimentPlan plan = TestPlans.plan(TestPlans.generator(400, models), List.of(new AnalysisSettings.Bias()));
        RunContext context = new RunContext(plan, ExperimentDataLoader.load(plan, new NullProgressMonitor()),
                MetricRegistry.installed(), RunListener.NONE);
        return new BiasAnalysis().run(context, new NullProgressMonitor());
    }

    private static double meanDelta(ResultTable rows, String metric) {
        double sum = 0;
        int count = 0;
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r, "metric").equals(metric)) {
                sum += rows.number(r, "delta");
                count++;
            }
        }
        return sum / count;
    }

    @Test
    void plantedOffsetsAreRemovedByCentering() throws Exception {
        AnalysisResult planted = run(3.0);
        AnalysisResult none = run(0.0);
        ResultTable rows = planted.table("rows");
        assertEquals(3 * 2, rows.size(), "3 pairs × 2 metrics");
        for (int r = 0; r < rows.size(); r++) {
            // delta is centered − raw for similarities
            assertEquals(rows.number(r, "centered") - rows.number(r, "raw"), rows.number(r, "delta"), 1e-15);
            assertTrue(rows.number(r, "raw") >= -1e-12 && rows.number(r, "raw") <= 1 + 1e-12);
        }
        @SuppressWarnings("unchecked")
        Map<String, Double> share = (Map<String, Double>) planted.values().get("improved_share");
        assertEquals(1.0, share.get("cka"), "every pair improves when large offsets are planted");
        assertEquals(1.0, share.get("mutual_knn_10"));
        // every pair improved: every model resample improves too, the interval is [1, 1]
        @SuppressWarnings("unchecked")
        Map<String, List<Double>> interval = (Map<String, List<Double>>) planted.values().get("improved_share_ci");
        assertEquals(List.of(1.0, 1.0), interval.get("cka"));
        @SuppressWarnings("unchecked")
        Map<String, Double> noShare = (Map<String, Double>) none.values().get("improved_share");
        @SuppressWarnings("unchecked")
        Map<String, List<Double>> noInterval = (Map<String, List<Double>>) none.values().get("improved_share_ci");
        for (String metric : TestPlans.METRICS) {
            List<Double> bounds = noInterval.get(metric);
            assertTrue(bounds.get(0) <= noShare.get(metric) + 1e-12 && noShare.get(metric) <= bounds.get(1) + 1e-12
                    && bounds.get(0) >= 0 && bounds.get(1) <= 1, metric + ": " + bounds + " around " + noShare.get(metric));
        }
        assertTrue(String.join(" ", planted.summary()).contains("by sign 100%"), planted.summary().toString());
        // every row's intervals and test: the paired difference's interval holds delta (every subset defined),
        // q is p adjusted upwards, and the significant rows are counted in the summary's share
        int significantlyBetter = 0;
        for (int r = 0; r < rows.size(); r++) {
            double delta = rows.number(r, "delta");
            assertTrue(rows.number(r, "delta_lower") < delta && delta < rows.number(r, "delta_upper"), "row " + r);
            assertTrue(rows.number(r, "raw_lower") < rows.number(r, "raw")
                    && rows.number(r, "raw") < rows.number(r, "raw_upper"), "row " + r);
            double p = rows.number(r, "p");
            double q = rows.number(r, "q");
            assertTrue(p > 0 && p <= q && q <= 1, "row " + r + ": p " + p + ", q " + q);
            assertEquals(q <= 0.05, rows.get(r, "significant"), "row " + r);
            // the interval excludes 0 exactly when the unadjusted test rejects at 5%
            assertEquals(p < 0.05, rows.number(r, "delta_lower") > 0 || rows.number(r, "delta_upper") < 0, "row " + r);
            significantlyBetter += rows.get(r, "metric").equals("cka") && q <= 0.05 && delta > 0 ? 1 : 0;
        }
        @SuppressWarnings("unchecked")
        Map<String, Double> significant = (Map<String, Double>) planted.values().get("significant_improved_share");
        assertEquals(significantlyBetter / 3.0, significant.get("cka"), 1e-15);
        assertTrue(String.join(" ", planted.summary()).contains("cka " + significantlyBetter + " of 3 "),
                planted.summary().toString());
        for (String metric : TestPlans.METRICS) {
            double plantedGain = meanDelta(rows, metric);
            double noGain = meanDelta(none.table("rows"), metric);
            assertTrue(plantedGain > 0.01, metric + ": centering removes the offsets, mean gain " + plantedGain);
            assertTrue(plantedGain > 3 * Math.abs(noGain),
                    metric + ": the gain comes from the offsets: " + plantedGain + " with, " + noGain + " without");
        }
    }

    @Test
    void distancesFlipTheSign() throws Exception {
        List<SyntheticModelSpec> models = List.of(SyntheticModelSpec.of("a", 24, 3.0, 0.3),
                SyntheticModelSpec.of("b", 32, 3.0, 0.3));
        ExperimentPlan base = TestPlans.plan(TestPlans.generator(300, models), List.of(new AnalysisSettings.Bias()));
        ExperimentPlan plan = new ExperimentPlan(base.name(), "", base.seed(), base.sources(), base.synthetic(), null,
                null, null, base.densePreprocessing(), List.of("knn_edit_10"), base.protocol(), base.sae(),
                base.analyses(), null);
        RunContext context = new RunContext(plan, ExperimentDataLoader.load(plan, new NullProgressMonitor()),
                MetricRegistry.installed(), RunListener.NONE);
        ResultTable rows = new BiasAnalysis().run(context, new NullProgressMonitor()).table("rows");
        assertEquals(1, rows.size());
        assertEquals(rows.number(0, "raw") - rows.number(0, "centered"), rows.number(0, "delta"), 1e-15,
                "for a distance, delta = raw − centered");
    }
}
