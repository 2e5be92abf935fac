package org.repalign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repalign.testing.ui.DisplayWaits.settle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.analysis.experiment.DemoExperiment;
import org.repalign.analysis.experiment.ExperimentPlans;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.run.ExperimentRunner;
import org.repalign.analysis.run.RunOutcome;
import org.repalign.model.Experiment;
import org.repalign.model.FeatureMatchingAnalysis;
import org.repalign.testing.ui.LayersRunFolder;
import org.repalign.ui.views.AlignmentMatrixView;
import org.repalign.ui.views.CkaCalibrationView;
import org.repalign.ui.views.DifferenceView;
import org.repalign.ui.views.FeatureMatchingView;
import org.repalign.ui.views.FrequencyView;
import org.repalign.ui.views.LayersView;
import org.repalign.ui.views.ProbesView;
import org.repalign.ui.views.RunsView;
import org.repalign.ui.views.SaeCurveView;

/**
 * Pictures of the workbench and of every result view on a run of a smaller demo experiment (the
 * built-in demo's five synthetic models and every analysis, fewer items and SAE steps), each view
 * but the narrow Runs list maximised in a 1280 × 960 window. Every picture must show a drawing:
 * many distinct colours. The Layers view is pictured on a hand-made run of the layers analysis
 * ({@link LayersRunFolder}), since the demo has no layered sources. The PNGs, and each chart view's SVG export beside its picture, go to the
 * folder named by the environment variable {@value #FOLDER_VARIABLE}, else to
 * {@code target/screenshots}; {@code releng/screenshot.sh} copies the PNGs into the docs.
 */
class ScreenshotsUITest {

    /** Environment variable naming the folder for the pictures. */
    static final String FOLDER_VARIABLE = "REPALIGN_SCREENSHOTS";

    /** Fewest distinct colours of a picture that shows a drawing, not an empty widget. */
    private static final int MIN_COLOURS = 8;

    @TempDir
    static Path temporary;

    private static Path out;

    private static RunOutcome outcome;
    private static Path pictures;

    @BeforeAll
    static void runSmallDemo() throws Exception {
        Experiment experiment = DemoExperiment.create();
        experiment.getSynthetic().setItems(1500);
        experiment.getSae().setSteps(600);
        experiment.getProtocol().setSubsamples(3);
        experiment.getProtocol().setSubsampleSize(600);
        experiment.getAnalyses().stream().filter(FeatureMatchingAnalysis.class::isInstance)
                .map(FeatureMatchingAnalysis.class::cast).forEach(f -> f.setPermutations(60));
        out = Files.createDirectories(temporary.resolve(DemoExperiment.NAME + ".results"));
        outcome = new ExperimentRunner().run(ExperimentPlans.fromModel(experiment, null), out, RunListener.NONE,
                new NullProgressMonitor());
        String folder = System.getenv(FOLDER_VARIABLE);
        pictures = Files.createDirectories(folder == null || folder.isBlank() ? Path.of("target", "screenshots")
                : Path.of(folder));
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @Test
    void everyResultViewAndTheWorkbenchArePictured() throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setMaximized(false);
        shell.setBounds(0, 0, 1280, 960);
        page().resetPerspective();
        settle(200);
        RunsView runs = (RunsView) page().showView(RunsView.ID);
        runs.addFolder(out);
        runs.selectRun(outcome.runFolder());
        settle(200);
        Map<String, IViewPart> views = new LinkedHashMap<>();
        for (String id : List.of(AlignmentMatrixView.ID, DifferenceView.ID, FrequencyView.ID, FeatureMatchingView.ID,
                ProbesView.ID, SaeCurveView.ID, CkaCalibrationView.ID)) {
            views.put(id, page().showView(id));
        }
        waitForCalibrationCurve((CkaCalibrationView) views.get(CkaCalibrationView.ID));
        choose(views);
        page().showView(AlignmentMatrixView.ID);
        page().showView(SaeCurveView.ID);
        settle(500);
        picture(shell, "workbench.png", Integer.MAX_VALUE);

        Map<String, String> names = new LinkedHashMap<>();
        names.put(RunsView.ID, "runs.png");
        names.put(AlignmentMatrixView.ID, "alignment-matrix.png");
        names.put(DifferenceView.ID, "differences.png");
        names.put(FrequencyView.ID, "frequency.png");
        names.put(FeatureMatchingView.ID, "feature-matching.png");
        names.put(ProbesView.ID, "probes.png");
        names.put(SaeCurveView.ID, "sae-training.png");
        names.put(CkaCalibrationView.ID, "cka-calibration.png");
        for (Map.Entry<String, String> entry : names.entrySet()) {
            pictureView(entry.getKey(), entry.getValue());
        }
        FrequencyView frequency = (FrequencyView) views.get(FrequencyView.ID);
        frequency.showAllPairs(true);
        pictureView(FrequencyView.ID, "frequency-all-pairs.png");
        frequency.showAllPairs(false);
        ProbesView probes = (ProbesView) views.get(ProbesView.ID);
        probes.show(ProbesView.Plot.LATENT_MAP);
        pictureView(ProbesView.ID, "probes-latent-map.png");
        probes.show(ProbesView.Plot.AUROC);
    }

    @Test
    void theLayersViewIsPicturedOnALayerSweep() throws Exception {
        // the demo has no layered sources: a hand-made run of the layers analysis
        Path run = LayersRunFolder.write(temporary.resolve("layers.results").resolve(LayersRunFolder.RUN_ID));
        LayersView view = (LayersView) page().showView(LayersView.ID);
        view.showRun(RunResults.read(run));
        view.selectMetric("cka");
        view.selectPair("m1", "m2");
        pictureView(LayersView.ID, "layers.png");
    }

    /** Shows a view (maximised, except the narrow Runs list), pictures it and exports its SVG. */
    private static void pictureView(String id, String name) throws Exception {
        IViewPart view = page().showView(id);
        IViewReference reference = page().findViewReference(id);
        assertNotNull(reference);
        boolean maximise = !id.equals(RunsView.ID);
        if (maximise) {
            page().setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
        }
        settle(400);
        // the Runs list holds one run: its top is enough
        picture(partControl(view), name, maximise ? Integer.MAX_VALUE : 240);
        exportSvg(view, name.replace(".png", ".svg"));
        if (maximise) {
            page().setPartState(reference, IWorkbenchPage.STATE_RESTORED);
            settle(100);
        }
    }

    /** The calibration view computes its curve once it is painted; waits for it to be drawn. */
    private static void waitForCalibrationCurve(CkaCalibrationView view) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (view.getChart().getSeriesSet().getSeries(CkaCalibrationView.SERIES_ID) == null) {
            assertTrue(System.currentTimeMillis() < deadline, "the calibration curve is drawn within 120 s");
            settle(50);
        }
    }

    /** Picks the pairs, metrics and sources that make informative pictures. */
    private static void choose(Map<String, IViewPart> views) {
        ((AlignmentMatrixView) views.get(AlignmentMatrixView.ID)).select("mutual_knn_10", "raw", false);
        ((DifferenceView) views.get(DifferenceView.ID)).selectMetric("cka");
        ((FrequencyView) views.get(FrequencyView.ID)).select("text-a", "text-b", "mutual_knn_10");
        FeatureMatchingView features = (FeatureMatchingView) views.get(FeatureMatchingView.ID);
        features.selectKind("weighted");
        features.selectPair("text-a", "image-d");
        ((ProbesView) views.get(ProbesView.ID)).selectSource("text-a");
        ((SaeCurveView) views.get(SaeCurveView.ID)).select("text-a", "fvu");
    }

    /** The view's stack: the tab folder with the view's tab, toolbar and contents. */
    private static Control partControl(IViewPart view) {
        Control inside = switch (view) {
            case RunsView r -> r.getViewer().getControl();
            case AlignmentMatrixView m -> m.getHeatmap();
            case DifferenceView d -> d.getSparseMinusDense();
            case FrequencyView f -> f.getOverview().isVisible() ? f.getOverview() : f.getChart();
            case FeatureMatchingView f -> f.getChart();
            case ProbesView p -> p.getLatentMap().isVisible() ? p.getLatentMap() : p.getChart();
            case SaeCurveView s -> s.getChart();
            case CkaCalibrationView c -> c.getChart();
            case LayersView l -> l.getLayerHeatmap();
            default -> throw new AssertionError("no picture for " + view.getSite().getId());
        };
        Control control = inside;
        while (control.getParent() != null && !(control.getParent() instanceof CTabFolder)) {
            control = control.getParent();
        }
        return control.getParent() instanceof CTabFolder folder ? folder : inside.getShell();
    }

    private static void picture(Control control, String name, int maxHeight) throws Exception {
        Point laidOut = control.getSize();
        assertTrue(laidOut.x >= 250 && laidOut.y >= 250, name + ": the view is laid out at a sensible size, not "
                + laidOut);
        Point size = new Point(laidOut.x, Math.min(laidOut.y, maxHeight));
        ImageData data = capture(control, size);
        if (colours(data) < MIN_COLOURS) {
            data = copyFromScreen(control, size);
        }
        int colours = colours(data);
        assertTrue(colours >= MIN_COLOURS, name + " shows a drawing: " + colours + " distinct colours");
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        Path file = pictures.resolve(name);
        loader.save(file.toString(), SWT.IMAGE_PNG);
        assertEquals(size.x, new ImageLoader().load(file.toString())[0].width, name);
    }

    private static void exportSvg(IViewPart view, String name) throws Exception {
        Path file = pictures.resolve(name);
        switch (view) {
            case FrequencyView f -> f.export(file);
            case FeatureMatchingView f -> f.export(file);
            case ProbesView p -> p.export(file);
            case SaeCurveView s -> s.export(file);
            case CkaCalibrationView c -> c.export(file);
            default -> {
                return;
            }
        }
        // charts are series of SWTChart; the small multiples are dots, the latent map heatmap cells
        String drawn = name.startsWith("frequency-all") ? "<circle" : name.startsWith("probes-latent") ? "<title>"
                : "<g class=\"series\"";
        assertTrue(Files.readString(file).contains(drawn), name + " holds " + drawn);
    }

    private static ImageData capture(Control control, Point size) {
        Image image = new Image(control.getDisplay(), size.x, size.y);
        try {
            GC gc = new GC(image);
            try {
                // print draws the whole control; the image keeps its top size.y rows
                control.print(gc);
            } finally {
                gc.dispose();
            }
            return image.getImageData();
        } finally {
            image.dispose();
        }
    }

    private static ImageData copyFromScreen(Control control, Point size) {
        Display display = control.getDisplay();
        Point origin = control.toDisplay(0, 0);
        Image image = new Image(display, size.x, size.y);
        try {
            GC gc = new GC(display);
            try {
                gc.copyArea(image, origin.x, origin.y);
            } finally {
                gc.dispose();
            }
            return image.getImageData();
        } finally {
            image.dispose();
        }
    }

    private static int colours(ImageData data) {
        Set<Integer> seen = new HashSet<>();
        int stepX = Math.max(1, data.width / 400);
        int stepY = Math.max(1, data.height / 300);
        for (int y = 0; y < data.height; y += stepY) {
            for (int x = 0; x < data.width; x += stepX) {
                seen.add(data.getPixel(x, y));
                if (seen.size() >= 64) {
                    return seen.size();
                }
            }
        }
        return seen.size();
    }
}
