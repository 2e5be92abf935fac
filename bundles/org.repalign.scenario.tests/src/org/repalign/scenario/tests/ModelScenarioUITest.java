package org.repalign.scenario.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.ProtocolSettings;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.results.rows.ModelPredictionRow;
import org.repalign.analysis.run.ExperimentRunner;
import org.repalign.analysis.run.RunOutcome;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.synth.SyntheticGenerator;
import org.repalign.compute.synth.SyntheticModelSpec;
import org.repalign.ui.views.ModelView;
import org.repalign.ui.views.RunsView;

/**
 * A person reads the model analysis, with real clicks and keys: a run of it on four synthetic
 * models is chosen in the Runs view with a click and opened with Enter, which brings the Model
 * view forward (the only view of the run); the chart shows the twins against the sources for
 * cka on centered rows, one point per pair, and the table each source's fit; the Representation
 * list, opened with a click and moved with the arrow keys, switches to the centering gain. Each
 * step is pictured in {@code target/scenario/model/}; the workspace log gets no error entry.
 */
class ModelScenarioUITest {

    private final UserInput user = new UserInput(Display.getCurrent());

    @Test
    void aPersonOpensAModelRunAndSwitchesToTheCenteringGain() throws Throwable {
        Path results = Files.createTempDirectory("model-scenario");
        SyntheticGenerator generator = new SyntheticGenerator(9L, 1200, 48, 4, 1.0, 0.25, 1.0, 1000.0, List.of(
                SyntheticModelSpec.of("m1", 48, 1.0, 1.0), SyntheticModelSpec.of("m2", 64, 2.0, 1.5),
                SyntheticModelSpec.of("m3", 40, 0.5, 0.8), SyntheticModelSpec.of("m4", 56, 1.5, 2.0)));
        ExperimentPlan plan = new ExperimentPlan("model-scenario", "", 5L, List.of(), Optional.of(generator), null,
                null, null, Preprocessing.CENTERED, List.of("cka"), new ProtocolSettings(2, 400, 0, TieRule.RANDOM),
                null, List.of(new AnalysisSettings.Contributed("model", Map.of())), null);
        RunOutcome outcome = new ExperimentRunner().run(plan, results, RunListener.NONE, new NullProgressMonitor());
        RunResults run = RunResults.read(outcome.runFolder());
        RunScenario.walk(user, "model", results, List.of(ModelView.ID),
                pictures -> walk(results, outcome.runFolder(), run, pictures));
    }

    private void walk(Path results, Path runFolder, RunResults run, StepPictures pictures) throws Exception {
        Shell shell = user.ui(RunScenario::shell);
        RunsView runs = RunScenario.openResults(user, results);
        // a click on the run and Enter: the Model view, the run's only view, comes forward
        user.click(RunScenario.runRow(user, runs, runFolder));
        user.press(SWT.CR, 1);
        user.waitUntil("the Model view shows the run", 20, () -> {
            ModelView view = (ModelView) RunScenario.page().findView(ModelView.ID);
            return view != null && RunScenario.page().isPartVisible(view) && view.getRun() != null
                    && view.getChart().getTitle().getText().startsWith("cka (centered): twins against the sources");
        });
        ModelView view = user.ui(() -> (ModelView) RunScenario.page().findView(ModelView.ID));
        UserInput.pause(300);
        user.ui(() -> pictures.take(shell, "opened"));
        assertEquals(4, (int) user.ui(() -> view.getFits().getTable().getItemCount()), "one row per source");
        assertPoints(view, run, "centered");

        // the Representation list: a click opens it, Down twice and Enter choose the centering gain
        user.click(user.ui(view::getRepresentationCombo));
        UserInput.pause(400);
        user.press(SWT.ARROW_DOWN, 2);
        user.press(SWT.CR, 1);
        user.waitUntil("the centering gain is shown", 10,
                () -> view.getChart().getTitle().getText().startsWith("cka (centered-raw): twins against the sources"));
        assertPoints(view, run, "centered-raw");
        UserInput.pause(200);
        Path last = user.ui(() -> pictures.take(shell, "centering-gain"));
        assertTrue(Files.size(last) > 0);
    }

    private void assertPoints(ModelView view, RunResults run, String representation) {
        List<ModelPredictionRow> rows = run.modelPredictions().stream()
                .filter(r -> r.metric().equals("cka") && r.representation().equals(representation)).toList();
        assertEquals(6, rows.size());
        assertArrayEquals(rows.stream().mapToDouble(ModelPredictionRow::observed).toArray(),
                user.ui(() -> view.getChart().getSeriesSet().getSeries(ModelView.PAIRS_SERIES).getXSeries()), 0);
        assertArrayEquals(rows.stream().mapToDouble(ModelPredictionRow::predicted).toArray(),
                user.ui(() -> view.getChart().getSeriesSet().getSeries(ModelView.PAIRS_SERIES).getYSeries()), 0);
    }

}
