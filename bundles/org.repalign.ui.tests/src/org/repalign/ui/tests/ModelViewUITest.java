package org.repalign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repalign.testing.ui.DisplayWaits.drain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.ProtocolSettings;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.results.ResultsCsv;
import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.results.rows.ModelPredictionRow;
import org.repalign.analysis.results.rows.ModelSourceRow;
import org.repalign.analysis.run.ExperimentRunner;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.synth.SyntheticGenerator;
import org.repalign.compute.synth.SyntheticModelSpec;
import org.repalign.ui.views.ModelView;

/**
 * The Model view on a real run of the model analysis: every point is a pair's observed and
 * predicted value from the report, the title the report's correlation, the table the sources'
 * fits, and the CSV export the points shown.
 */
class ModelViewUITest {

    @TempDir
    static Path out;

    private static RunResults run;

    @BeforeAll
    static void runExperiment() throws Exception {
        SyntheticGenerator generator = new SyntheticGenerator(9L, 1200, 48, 4, 1.0, 0.25, 1.0, 1000.0, List.of(
                SyntheticModelSpec.of("m1", 48, 1.0, 1.0), SyntheticModelSpec.of("m2", 64, 2.0, 1.5),
                SyntheticModelSpec.of("m3", 40, 0.5, 0.8), SyntheticModelSpec.of("m4", 56, 1.5, 2.0)));
        ExperimentPlan plan = new ExperimentPlan("model-view", "", 5L, List.of(), Optional.of(generator), null, null,
                null, Preprocessing.CENTERED, List.of("cka", "mutual_knn_10"),
                new ProtocolSettings(2, 400, 0, TieRule.RANDOM), null,
                List.of(new AnalysisSettings.Contributed("model", Map.of())), null);
        run = RunResults.read(new ExperimentRunner().run(plan, out, RunListener.NONE, new NullProgressMonitor())
                .runFolder());
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterAll
    static void hide() {
        if (page().findView(ModelView.ID) != null) {
            page().hideView(page().findView(ModelView.ID));
        }
    }

    @Test
    void everyPointIsAPairOfTheReportAndTheTitleItsCorrelation() throws Exception {
        ModelView view = (ModelView) page().showView(ModelView.ID);
        view.showRun(run);
        drain();
        assertEquals(List.of("cka", "mutual_knn_10"), List.of(view.getMetricCombo().getItems()));
        for (String metric : List.of("cka", "mutual_knn_10")) {
            for (String representation : List.of("centered", "raw", "centered-raw")) {
                view.select(metric, representation);
                List<ModelPredictionRow> rows = run.modelPredictions().stream()
                        .filter(r -> r.metric().equals(metric) && r.representation().equals(representation)).toList();
                assertEquals(6, rows.size(), "4 sources, 6 pairs");
                ISeries<?> pairs = view.getChart().getSeriesSet().getSeries(ModelView.PAIRS_SERIES);
                assertArrayEquals(rows.stream().mapToDouble(ModelPredictionRow::observed).toArray(),
                        pairs.getXSeries(), 0);
                assertArrayEquals(rows.stream().mapToDouble(ModelPredictionRow::predicted).toArray(),
                        pairs.getYSeries(), 0);
                Map<?, ?> correlation = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) run.values("model")
                        .get("prediction_correlation")).get(metric)).get(representation);
                String title = view.getChart().getTitle().getText();
                assertTrue(title.startsWith(metric + " (" + representation + "): twins against the sources, 6 pairs,"
                        + String.format(java.util.Locale.ROOT, " Pearson r %.2f",
                                ((Number) correlation.get("pearson")).doubleValue())), title);
                ISeries<?> identity = view.getChart().getSeriesSet().getSeries(ModelView.IDENTITY_SERIES);
                assertArrayEquals(identity.getXSeries(), identity.getYSeries(), 0, "the line predicted = observed");
            }
        }
        // one row per source, its γ as the report's
        assertEquals(4, view.getFits().getTable().getItemCount());
        ModelSourceRow first = run.modelSources().get(0);
        assertEquals("m1", view.getFits().getTable().getItem(0).getText(0));
        assertEquals(first.gamma(), (Double) view.getFits().shownRows().get(0)[1], 0);

        view.select("cka", "centered-raw");
        Path csv = out.resolve("predictions.csv");
        view.export(csv);
        List<ModelPredictionRow> exported = ResultsCsv.read(ModelPredictionRow.TABLE, Files.readString(csv));
        assertEquals(run.modelPredictions().stream()
                .filter(r -> r.metric().equals("cka") && r.representation().equals("centered-raw")).toList(), exported);
        page().hideView(view);
    }
}
