package org.repalign.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.ProtocolSettings;
import org.repalign.analysis.data.ExperimentDataLoader;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.modules.AnalysisRegistry;
import org.repalign.analysis.modules.RunContext;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.results.RecordTable;
import org.repalign.analysis.results.rows.ModelPredictionRow;
import org.repalign.analysis.results.rows.ModelSourceRow;
import org.repalign.analysis.work.LocalExecutor;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.synth.SyntheticGenerator;
import org.repalign.compute.synth.SyntheticModelSpec;
import org.repalign.compute.synth.SyntheticRepresentation;

/**
 * The model analysis on generator output with known parameters: the fitted noise exponent and
 * signal share against the generator's own, computed here from its ground truth (codes,
 * dictionary, bias and noise scales).
 */
class ModelAnalysisTest {

    private static SyntheticGenerator generator;
    private static List<ModelSourceRow> rows;
    private static AnalysisResult result;
    private static RunContext context;

    @BeforeAll
    static void run() throws Exception {
        generator = new SyntheticGenerator(31L, 3000, 48, 4, 1.0, 0.25, 1.0, 1000.0, List.of(
                SyntheticModelSpec.of("quarter", 96, 1.0, 1.5).withNoiseExponent(0.25),
                SyntheticModelSpec.of("half", 80, 2.0, 1.5),
                SyntheticModelSpec.of("three-quarters", 72, 0.5, 1.0).withNoiseExponent(0.75)));
        ExperimentPlan plan = new ExperimentPlan("model", "", 3L, List.of(), Optional.of(generator), null, null, null,
                Preprocessing.CENTERED, List.of("cka"), new ProtocolSettings(1, 100, 0, TieRule.RANDOM), null,
                List.of(new AnalysisSettings.Contributed("model", Map.of())), null);
        context = new RunContext(plan, ExperimentDataLoader.load(plan, new NullProgressMonitor()),
                MetricRegistry.installed(), RunListener.NONE, LocalExecutor.sequential());
        result = AnalysisRegistry.installed().create(plan.analyses().get(0)).run(context, new NullProgressMonitor());
        @SuppressWarnings("unchecked")
        RecordTable<ModelSourceRow> table = (RecordTable<ModelSourceRow>) result.table("sources");
        rows = table.rows();
    }

    @Test
    void theNoiseExponentIsRecoveredWithinItsInterval() {
        double[] truth = { 0.25, 0.5, 0.75 };
        assertEquals(3, rows.size());
        for (int s = 0; s < 3; s++) {
            ModelSourceRow row = rows.get(s);
            assertEquals(generator.models().get(s).name(), row.source());
            assertEquals(truth[s], row.gamma(), 0.1, row.toString());
            assertTrue(row.gammaLower() <= row.gamma() && row.gamma() <= row.gammaUpper(), row.toString());
            assertTrue(row.gammaLower() < truth[s] + 0.05 && truth[s] - 0.05 < row.gammaUpper(),
                    "the interval reaches the truth: " + row);
            assertTrue(row.r2() > 0.9, row.toString());
            assertEquals(3000, row.items());
        }
    }

    /** The generator's own signal share ({@link SyntheticRepresentation#signalShare()}), from its ground truth. */
    @Test
    void theSignalShareIsTheGeneratorsShareOfVarianceThatIsNotNoise() {
        List<SyntheticRepresentation> representations = generator.representations();
        for (int s = 0; s < 3; s++) {
            SyntheticRepresentation rep = representations.get(s);
            ModelSourceRow row = rows.get(s);
            assertEquals(rep.signalShare(), row.signalShare(), 0.05, row.source() + ": " + row);
            assertEquals(1, row.noiseShare() + row.signalShare(), 1e-12);
            assertTrue(row.signalShareLower() <= row.signalShare() && row.signalShare() <= row.signalShareUpper());
            // the offset: the norm of the mean unit row
            DenseMatrix unit = rep.matrix();
            double[] mean = new double[unit.columns()];
            for (int o = 0; o < unit.rows(); o++) {
                double[] values = unit.row(o);
                for (int j = 0; j < mean.length; j++) {
                    mean[j] += values[j] / unit.rows();
                }
            }
            double squares = 0;
            for (double v : mean) {
                squares += v * v;
            }
            assertEquals(Math.sqrt(squares), row.meanNorm(), 1e-12);
        }
    }

    @Test
    void theTwinsAreMeasuredLikeTheSourcesAndComparedPairByPair() throws Exception {
        @SuppressWarnings("unchecked")
        List<ModelPredictionRow> predictions = ((RecordTable<ModelPredictionRow>) result.table("predictions")).rows();
        // 3 pairs × cka × raw, centered and the gain
        assertEquals(9, predictions.size());
        var raw = context.evaluateAll(context.pairs(), "raw", new NullProgressMonitor());
        var centered = context.evaluateAll(context.pairs(), "centered", new NullProgressMonitor());
        for (int k = 0; k < 3; k++) {
            ModelPredictionRow r = predictions.get(3 * k);
            ModelPredictionRow c = predictions.get(3 * k + 1);
            ModelPredictionRow gain = predictions.get(3 * k + 2);
            assertEquals(List.of("raw", "centered", "centered-raw"), List.of(r.representation(), c.representation(),
                    gain.representation()));
            // the observed values are the run's own evaluations of the sources
            assertEquals(raw.get(k).metrics().get(0).mean(), r.observed(), 0);
            assertEquals(centered.get(k).metrics().get(0).mean(), c.observed(), 0);
            assertEquals(c.observed() - r.observed(), gain.observed(), 1e-15);
            assertEquals(c.predicted() - r.predicted(), gain.predicted(), 1e-15);
            for (ModelPredictionRow row : List.of(r, c)) {
                assertTrue(row.predicted() > 0 && row.predicted() <= 1, "a CKA of twins: " + row);
            }
        }
        Map<?, ?> correlations = (Map<?, ?>) ((Map<?, ?>) result.values().get("prediction_correlation")).get("cka");
        Map<?, ?> rawCorrelation = (Map<?, ?>) correlations.get("raw");
        assertEquals(3, rawCorrelation.get("pairs"));
        double pearson = (Double) rawCorrelation.get("pearson");
        assertTrue(pearson >= -1 && pearson <= 1, rawCorrelation.toString());
        // a generated experiment carries its world's attributes: the twins share their supports
        assertTrue(((String) result.values().get("twins")).contains("codes: the experiment's attributes"),
                (String) result.values().get("twins"));
    }

    @Test
    void withoutTwinsThereAreNoPredictions() throws Exception {
        AnalysisResult fitsOnly = AnalysisRegistry.installed().require("model").create(Map.of("twins", "false"))
                .run(context, new NullProgressMonitor());
        assertEquals(List.of("sources"), List.copyOf(fitsOnly.tables().keySet()));
        assertEquals(3, fitsOnly.table("sources").toMaps().size());
    }

    @Test
    void theReportSaysWhatTheModelIsAndHowItWasSeeded() {
        assertTrue(((String) result.values().get("label")).startsWith("RepAlign's own reading"));
        assertEquals(3, ((List<?>) result.values().get("seeds")).size());
        assertTrue(result.summary().get(0).startsWith("model: quarter γ "), result.summary().toString());
        assertTrue(result.summary().get(1).startsWith("model predicts the observed alignment across pairs: cka centered r "),
                result.summary().toString());
    }

    @Test
    void withoutFrequenciesTheAnalysisSaysWhatIsMissing() throws Exception {
        ExperimentPlan plan = new ExperimentPlan("model", "", 3L, List.of(), Optional.of(generator), null, null, null,
                Preprocessing.CENTERED, List.of("cka"), new ProtocolSettings(1, 100, 0, TieRule.RANDOM), null,
                List.of(new AnalysisSettings.Contributed("model", Map.of())), null);
        RunContext context = new RunContext(plan, ExperimentDataLoader.load(plan, new NullProgressMonitor()),
                MetricRegistry.installed(), RunListener.NONE, LocalExecutor.sequential());
        // a generated world always has frequencies; a data set without them is refused with the reason
        var data = context.data();
        var noFrequencies = new org.repalign.analysis.data.ExperimentData(data.sourceIds(), data.matrices(),
                data.properties(), data.saeFolders(), data.items(), Optional.empty(), data.attributes(), data.notes(),
                data.truth());
        RunContext without = new RunContext(plan, noFrequencies, MetricRegistry.installed(), RunListener.NONE,
                LocalExecutor.sequential());
        ExperimentInputException e = assertThrows(ExperimentInputException.class, () -> AnalysisRegistry.installed()
                .create(plan.analyses().get(0)).run(without, new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("needs item frequencies"), e.getMessage());
    }
}
