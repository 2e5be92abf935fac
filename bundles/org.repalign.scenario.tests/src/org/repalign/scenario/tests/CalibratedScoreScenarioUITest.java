package org.repalign.scenario.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.ProtocolSettings;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.results.rows.NullRow;
import org.repalign.analysis.run.ExperimentRunner;
import org.repalign.analysis.run.RunOutcome;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.synth.SyntheticGenerator;
import org.repalign.compute.synth.SyntheticModelSpec;
import org.repalign.testing.ui.Screenshots;
import org.repalign.ui.charts.HeatmapCanvas;
import org.repalign.ui.views.AlignmentMatrixView;
import org.repalign.ui.views.RunsView;

/**
 * A person reads alignment against chance, with real clicks and keys: a run with permutation
 * nulls (bias and the nulls analysis on four synthetic models) is chosen in the Runs view with a
 * click; in the Alignment Matrix the Score list, opened with a click and moved with the arrow
 * keys, switches from the values to their calibrated scores; every cell then holds the report's
 * calibrated score, the best is drawn yellow on the screen, and the pointer over a cell shows
 * the value against its null with p and q. Each step is pictured in
 * {@code target/scenario/calibrated/}; the workspace log gets no error entry.
 */
class CalibratedScoreScenarioUITest {

    private static final List<String> SOURCES = List.of("m1", "m2", "m3", "m4");
    private static final RGB YELLOW = new RGB(253, 231, 37);

    private final Display display = Display.getCurrent();
    private final UserInput user = new UserInput(display);

    @Test
    void aPersonSwitchesTheMatrixToCalibratedScoresAndReadsAValueAgainstItsNull() throws Throwable {
        Path results = Files.createTempDirectory("calibrated-scenario");
        RunOutcome outcome = new ExperimentRunner().run(plan(), results, RunListener.NONE, new NullProgressMonitor());
        RunResults run = RunResults.read(outcome.runFolder());
        assertEquals(SOURCES, run.sources());
        assertEquals(2 * 2 * 6, run.nulls().size(), "raw and centered × 2 metrics × 6 pairs");
        RunScenario.walk(user, "calibrated", results, List.of(AlignmentMatrixView.ID),
                pictures -> walk(results, outcome.runFolder(), run, pictures));
    }

    private static ExperimentPlan plan() {
        List<SyntheticModelSpec> models = List.of(SyntheticModelSpec.of("m1", 24, 1.0, 0.3),
                SyntheticModelSpec.of("m2", 32, 2.0, 0.6), SyntheticModelSpec.of("m3", 20, 0.5, 1.2),
                SyntheticModelSpec.of("m4", 28, 1.5, 2.0));
        SyntheticGenerator generator = new SyntheticGenerator(7L, 400, 40, 4, 1.0, 0.25, 1.0, 1000.0, models);
        return new ExperimentPlan("calibrated", "", 11L, List.of(), Optional.of(generator), null, null, null,
                Preprocessing.CENTERED, List.of("cka", "mutual_knn_10"), new ProtocolSettings(3, 150, 0, TieRule.RANDOM),
                null, List.of(new AnalysisSettings.Bias(),
                        new AnalysisSettings.Contributed("nulls", Map.of("permutations", "19"))),
                null);
    }

    private void walk(Path results, Path runFolder, RunResults run, StepPictures pictures) throws Exception {
        Shell shell = user.ui(RunScenario::shell);
        AlignmentMatrixView view = user.ui(() -> {
            try {
                return (AlignmentMatrixView) RunScenario.page().showView(AlignmentMatrixView.ID);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        RunsView runs = RunScenario.openResults(user, results);

        // a click on the run in the Runs view: the matrix follows it, showing values
        user.click(RunScenario.runRow(user, runs, runFolder));
        user.waitUntil("the matrix shows the run's cka values", 20, () -> view.getRun() != null
                && view.getHeatmap().getHeatmapData() != null
                && view.getHeatmap().getHeatmapData().title().startsWith("cka (centered), higher is better"));
        user.run(() -> RunScenario.page().bringToTop(view));
        UserInput.pause(300);
        assertTrue(user.ui(() -> view.getScoreCombo().isEnabled()), "the run has nulls: the score can be chosen");
        assertEquals("value", user.ui(() -> view.getScoreCombo().getText()));
        user.ui(() -> pictures.take(shell, "values"));

        // the Score list: a click opens it, Down and Enter choose the calibrated score
        user.click(user.ui(view::getScoreCombo));
        UserInput.pause(400);
        user.press(SWT.ARROW_DOWN, 1);
        user.press(SWT.CR, 1);
        HeatmapCanvas heatmap = user.ui(view::getHeatmap);
        user.waitUntil("the calibrated scores are shown", 10, () -> heatmap.getHeatmapData() != null
                && heatmap.getHeatmapData().title().startsWith("cka (centered), calibrated"));
        UserInput.pause(300);
        user.ui(() -> pictures.take(shell, "calibrated"));
        List<NullRow> cka = run.nulls().stream()
                .filter(r -> r.metric().equals("cka") && r.representation().equals("centered")).toList();
        assertEquals(6, cka.size());
        for (NullRow r : cka) {
            int a = SOURCES.indexOf(r.a());
            int b = SOURCES.indexOf(r.b());
            assertEquals(r.calibrated(), user.ui(() -> heatmap.getHeatmapData().value(a, b)), 0.0, r.toString());
            assertEquals(r.calibrated(), user.ui(() -> heatmap.getHeatmapData().value(b, a)), 0.0, "symmetric");
            assertTrue(r.calibrated() < 1 && r.p() >= 1.0 / 20, r.toString());
        }
        // on the screen: the best calibrated pair is drawn yellow
        NullRow best = cka.stream().max(Comparator.comparingDouble(NullRow::calibrated)).orElseThrow();
        ImageData picture = user.ui(() -> Screenshots.ofControl(heatmap));
        Rectangle cell = user.ui(() -> heatmap.cellBounds(SOURCES.indexOf(best.a()), SOURCES.indexOf(best.b())));
        RGB drawn = picture.palette.getRGB(picture.getPixel(cell.x + 3, cell.y + 3));
        assertEquals(YELLOW, drawn, "the best calibrated pair " + best);

        // the pointer over that cell: the value against its null
        Point centre = user.ui(() -> heatmap.toDisplay(cell.x + cell.width / 2, cell.y + cell.height / 2));
        for (int step : new int[] { 3, 0 }) {
            user.run(() -> {
                org.eclipse.swt.widgets.Event move = new org.eclipse.swt.widgets.Event();
                move.type = SWT.MouseMove;
                move.x = centre.x + step;
                move.y = centre.y + step;
                display.post(move);
            });
            UserInput.pause(100);
        }
        String expected = String.format(Locale.ROOT, "%s \u00d7 %s\ncka (centered), calibrated: %.4f\n0 = chance,"
                + " 1 = perfect\nvalue %.4f, null %.4f \u00b1 %.4f (19 permutations), z %.2f, p %.3g, q %.3g",
                best.a(), best.b(), best.calibrated(), best.value(), best.nullMean(), best.nullSd(), best.z(), best.p(),
                best.q());
        user.waitUntil("the hover text of the best pair", 10, () -> expected.equals(heatmap.getToolTipText()));
        user.ui(() -> pictures.take(shell, "hover"));

        // back to the values with Up and Enter
        user.click(user.ui(view::getScoreCombo));
        UserInput.pause(400);
        user.press(SWT.ARROW_UP, 1);
        user.press(SWT.CR, 1);
        user.waitUntil("the values are shown again", 10,
                () -> heatmap.getHeatmapData().title().startsWith("cka (centered), higher is better"));
        assertFalse(user.ui(() -> heatmap.getHeatmapData().title()).contains("calibrated"));
    }

}
