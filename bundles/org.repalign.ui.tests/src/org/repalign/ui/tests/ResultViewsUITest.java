package org.repalign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repalign.testing.ui.DisplayWaits.drain;
import static org.repalign.testing.ui.DisplayWaits.settle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.ProtocolSettings;
import org.repalign.analysis.SaeSettings;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.results.RunResults.Comparison;
import org.repalign.analysis.results.rows.FeatureRow;
import org.repalign.analysis.results.rows.ProbeRow;
import org.repalign.analysis.results.rows.NoiseFit;
import org.repalign.analysis.results.rows.NoiseRow;
import org.repalign.analysis.run.ExperimentRunner;
import org.repalign.analysis.run.RunOutcome;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.synth.SyntheticGenerator;
import org.repalign.compute.synth.SyntheticModelSpec;
import org.repalign.testing.ui.Screenshots;
import org.repalign.ui.charts.DivergingColorScale;
import org.repalign.ui.charts.HeatmapCanvas;
import org.repalign.ui.charts.HeatmapData;
import org.repalign.ui.charts.SequentialColorScale;
import org.repalign.ui.charts.SmallMultiples;
import org.repalign.ui.views.AlignmentMatrixView;
import org.repalign.ui.views.DifferenceView;
import org.repalign.ui.views.FeatureMatchingView;
import org.repalign.ui.views.FrequencyView;
import org.repalign.ui.views.ProbesView;
import org.repalign.ui.views.RunsView;
import org.repalign.ui.views.SaeCurveView;

/**
 * The result views on a real (small, synthetic) run: every number shown and exported is the
 * report's.
 */
class ResultViewsUITest {

    private static final List<String> SOURCES = List.of("m1", "m2", "m3", "m4");

    @TempDir
    static Path out;

    private static RunOutcome outcome;
    private static RunResults results;

    @BeforeAll
    static void runExperiment() throws Exception {
        List<SyntheticModelSpec> models = List.of(SyntheticModelSpec.of("m1", 24, 1.0, 0.3),
                SyntheticModelSpec.of("m2", 32, 2.0, 0.6), SyntheticModelSpec.of("m3", 20, 0.5, 1.2),
                SyntheticModelSpec.of("m4", 28, 1.5, 2.0));
        SyntheticGenerator generator = new SyntheticGenerator(7L, 400, 40, 4, 1.0, 0.25, 1.0, 1000.0, models);
        ExperimentPlan plan = new ExperimentPlan("views", "", 11L, List.of(), Optional.of(generator), null, null, null,
                Preprocessing.CENTERED, List.of("cka", "mutual_knn_10"),
                new ProtocolSettings(3, 150, 3, TieRule.RANDOM),
                new SaeSettings("topk", "l2prh", 48, 4, 200, 128, 4e-3, 1e-5, 0.2),
                List.of(new AnalysisSettings.Bias(),
                        new AnalysisSettings.Noise(100, 50, 6, false, Preprocessing.CENTERED),
                        new AnalysisSettings.Signal(), new AnalysisSettings.Features(3, true),
                        new AnalysisSettings.Probes(3, 1.0, 10)),
                null);
        outcome = new ExperimentRunner().run(plan, out, RunListener.NONE, new NullProgressMonitor());
        results = RunResults.read(outcome.runFolder());
        assertEquals(SOURCES, results.sources());
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @SuppressWarnings("unchecked")
    private static <T> T show(String id) throws Exception {
        T view = (T) page().showView(id);
        drain();
        return view;
    }

    private static int index(String source) {
        return SOURCES.indexOf(source);
    }

    @Test
    void runsViewListsTheRunAndPublishesItsResults() throws Exception {
        AlignmentMatrixView matrix = show(AlignmentMatrixView.ID);
        RunsView runs = show(RunsView.ID);
        runs.addFolder(out);
        Path root = out.toAbsolutePath().normalize();
        assertTrue(runs.getFolders().contains(root));
        ITreeContentProvider content = (ITreeContentProvider) runs.getViewer().getContentProvider();
        Path runFolder = outcome.runFolder().toAbsolutePath().normalize();
        assertEquals(List.of(new RunsView.RunFolder(runFolder)), Arrays.asList(content.getChildren(root)));
        assertEquals(0, content.getChildren(new RunsView.RunFolder(runFolder)).length);

        runs.selectRun(runFolder);
        drain();
        IStructuredSelection published = (IStructuredSelection) page().getSelection(RunsView.ID);
        RunResults selected = assertInstanceOf(RunResults.class, published.getFirstElement());
        assertEquals(outcome.runId(), selected.runId());
        assertNotNull(matrix.getRun(), "the matrix view follows the Runs view");
        assertEquals(outcome.runId(), matrix.getRun().runId());
        assertNotNull(matrix.getHeatmap().getHeatmapData());
    }

    @Test
    void brokenRunIsListedButPublishesNothing(@TempDir Path folder) throws Exception {
        Path broken = folder.resolve("broken-run");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("report.json"), "{\"format\": ");
        Files.createDirectories(folder.resolve("empty"));
        RunsView runs = show(RunsView.ID);
        runs.addFolder(folder);
        Path root = folder.toAbsolutePath().normalize();
        ITreeContentProvider content = (ITreeContentProvider) runs.getViewer().getContentProvider();
        assertEquals(List.of(new RunsView.RunFolder(broken.toAbsolutePath().normalize())),
                Arrays.asList(content.getChildren(root)), "folders without runs are not listed");
        runs.selectRun(broken);
        drain();
        assertTrue(page().getSelection(RunsView.ID).isEmpty(), "an unreadable report publishes no run");
    }

    @Test
    void alignmentMatrixHoldsTheReportValuesSymmetricWithEmptyDiagonal() throws Exception {
        AlignmentMatrixView view = show(AlignmentMatrixView.ID);
        view.showRun(results);
        for (String representation : List.of("raw", "centered", "dense", "sparse")) {
            view.select("cka", representation, false);
            HeatmapCanvas heatmap = view.getHeatmap();
            HeatmapData data = heatmap.getHeatmapData();
            assertEquals(SOURCES, data.rowLabels());
            assertEquals(SOURCES, data.columnLabels());
            boolean bias = representation.equals("raw") || representation.equals("centered");
            boolean first = representation.equals("raw") || representation.equals("dense");
            List<Comparison> rows = (bias ? results.bias() : results.signal()).stream()
                    .filter(c -> c.metric().equals("cka")).toList();
            assertEquals(6, rows.size());
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (Comparison c : rows) {
                double expected = first ? c.first() : c.second();
                assertEquals(expected, data.value(index(c.a()), index(c.b())), 0.0, representation + " " + c);
                assertEquals(expected, data.value(index(c.b()), index(c.a())), 0.0, "symmetric");
                lo = Math.min(lo, expected);
                hi = Math.max(hi, expected);
            }
            for (int i = 0; i < SOURCES.size(); i++) {
                assertTrue(Double.isNaN(data.value(i, i)), "a source is not measured against itself");
                assertEquals(new RGB(200, 200, 200), heatmap.cellColor(i, i));
            }
            SequentialColorScale scale = assertInstanceOf(SequentialColorScale.class, data.scale());
            assertEquals(lo, scale.min(), 0.0);
            assertEquals(hi, scale.max(), 0.0);
            for (Comparison c : rows) {
                double v = first ? c.first() : c.second();
                RGB color = heatmap.cellColor(index(c.a()), index(c.b()));
                assertEquals(scale.color(v), color);
                if (v == lo) {
                    assertEquals(new RGB(68, 1, 84), color, "the minimum is dark purple");
                }
                if (v == hi) {
                    assertEquals(new RGB(253, 231, 37), color, "the maximum is yellow");
                }
            }
        }
    }

    @Test
    void hoverShowsTheCellValue() throws Exception {
        AlignmentMatrixView view = show(AlignmentMatrixView.ID);
        view.showRun(results);
        view.select("mutual_knn_10", "centered", false);
        Comparison c = results.bias().stream().filter(r -> r.metric().equals("mutual_knn_10")).findFirst().get();
        HeatmapCanvas heatmap = view.getHeatmap();
        int row = index(c.a());
        int column = index(c.b());
        assertTrue(c.secondLower() < c.second() && c.second() < c.secondUpper(), c.toString());
        String expected = c.a() + " \u00d7 " + c.b() + "\nmutual_knn_10 (centered): "
                + String.format(Locale.ROOT, "%.4f", c.second()) + "\nhigher is better"
                + String.format(Locale.ROOT, "\n95%% interval [%.4f, %.4f]", c.secondLower(), c.secondUpper());
        assertEquals(expected, heatmap.hoverText(row, column));
        Rectangle cell = heatmap.cellBounds(row, column);
        assertTrue(cell.width > 0 && cell.height > 0, cell.toString());
        assertEquals(row, heatmap.cellAt(cell.x + cell.width / 2, cell.y + cell.height / 2)[0]);
        assertEquals(column, heatmap.cellAt(cell.x + cell.width / 2, cell.y + cell.height / 2)[1]);
        Event move = new Event();
        move.x = cell.x + cell.width / 2;
        move.y = cell.y + cell.height / 2;
        heatmap.notifyListeners(SWT.MouseMove, move);
        assertEquals(expected, heatmap.getToolTipText());
        move.x = 0;
        move.y = 0;
        heatmap.notifyListeners(SWT.MouseMove, move);
        assertEquals(null, heatmap.getToolTipText(), "no tooltip outside the cells");
    }

    @Test
    void sortingByMeanPutsTheBestAlignedFirstAndKeepsEveryValue() throws Exception {
        AlignmentMatrixView view = show(AlignmentMatrixView.ID);
        view.showRun(results);
        view.select("cka", "centered", true);
        HeatmapData data = view.getHeatmap().getHeatmapData();
        assertEquals(data.rowLabels(), data.columnLabels());
        assertEquals(SOURCES.stream().sorted().toList(), data.rowLabels().stream().sorted().toList());
        Map<String, Double> mean = new HashMap<>();
        for (String source : SOURCES) {
            mean.put(source, results.bias().stream().filter(c -> c.metric().equals("cka"))
                    .filter(c -> c.a().equals(source) || c.b().equals(source)).mapToDouble(Comparison::second)
                    .average().getAsDouble());
        }
        for (int i = 1; i < data.rows(); i++) {
            assertTrue(mean.get(data.rowLabels().get(i - 1)) >= mean.get(data.rowLabels().get(i)),
                    "cka is a similarity: higher mean first " + data.rowLabels() + " " + mean);
        }
        for (Comparison c : results.bias()) {
            if (c.metric().equals("cka")) {
                int a = data.rowLabels().indexOf(c.a());
                int b = data.rowLabels().indexOf(c.b());
                assertEquals(c.second(), data.value(a, b), 0.0);
                assertEquals(c.second(), data.value(b, a), 0.0);
            }
        }
    }

    @Test
    void differenceViewShowsTheReportDeltasOnAScaleCentredOnZero() throws Exception {
        DifferenceView view = show(DifferenceView.ID);
        view.showRun(results);
        for (String metric : List.of("cka", "mutual_knn_10")) {
            view.selectMetric(metric);
            check(view.getSparseMinusDense(), results.signal(), metric);
            check(view.getCenteredMinusRaw(), results.bias(), metric);
        }
    }

    @Test
    void differencesWhoseIntervalHoldsZeroAreHatchedAndTheHoverSaysSo() throws Exception {
        DifferenceView view = show(DifferenceView.ID);
        view.showRun(results);
        int hatched = 0;
        int plain = 0;
        for (String metric : List.of("cka", "mutual_knn_10")) {
            view.selectMetric(metric);
            settle(100);
            for (boolean signal : new boolean[] { false, true }) {
                HeatmapCanvas heatmap = signal ? view.getSparseMinusDense() : view.getCenteredMinusRaw();
                assertTrue(heatmap.getHeatmapData().title().contains("\nhatched = the difference's 95% interval contains 0"),
                        heatmap.getHeatmapData().title());
                ImageData picture = Screenshots.ofControl(heatmap);
                for (Comparison c : signal ? results.signal() : results.bias()) {
                    if (!c.metric().equals(metric)) {
                        continue;
                    }
                    int row = index(c.a());
                    int column = index(c.b());
                    boolean holdsZero = c.deltaLower() <= 0 && 0 <= c.deltaUpper();
                    assertEquals(holdsZero, heatmap.getHeatmapData().isHatched(row, column), c.toString());
                    // what is on the screen: the hatch lines' grey inside the cell, and nowhere in an unhatched one
                    int grey = greyPixels(picture, heatmap.cellBounds(row, column));
                    assertEquals(holdsZero, grey > 0, c + ": " + grey + " grey pixels");
                    hatched += holdsZero ? 1 : 0;
                    plain += holdsZero ? 0 : 1;
                    String hover = heatmap.hoverText(row, column);
                    assertTrue(hover.contains(String.format(Locale.ROOT, "95%% interval of the difference [%.4f, %.4f]",
                            c.deltaLower(), c.deltaUpper())), hover);
                    assertTrue(hover.endsWith(c.significantlyDifferent() ? ": significant" : ": not significant"),
                            hover);
                }
            }
        }
        assertTrue(hatched > 0 && plain > 0, hatched + " hatched and " + plain + " plain cells: both kinds are shown");
    }

    @Test
    void resultTablesDrawEachValuesIntervalAsAWhisker(@TempDir Path exports) throws Exception {
        org.repalign.ui.views.ContributedResultsView view = show(org.repalign.ui.views.ContributedResultsView.ID);
        view.showRun(results);
        view.showAnalysis("bias");
        view.chart(org.repalign.ui.views.ContributedResultsView.ChartKind.BAR, "delta",
                org.repalign.ui.providers.TableDataProvider.TEXT_COLUMNS);
        settle(100);
        ISeries<?> series = view.getChart().getSeriesSet()
                .getSeries(org.repalign.ui.views.ContributedResultsView.SERIES_ID);
        org.eclipse.swtchart.IErrorBar whiskers = series.getYErrorBar();
        assertTrue(whiskers.isVisible(), "delta has an interval: whiskers are shown");
        List<Comparison> rows = results.bias();
        for (int r = 0; r < rows.size(); r++) {
            Comparison c = rows.get(r);
            assertEquals(c.deltaUpper() - c.delta(), whiskers.getPlusErrors()[r], 1e-12, c.toString());
            assertEquals(c.delta() - c.deltaLower(), whiskers.getMinusErrors()[r], 1e-12, c.toString());
        }
        Range y = view.getChart().getAxisSet().getYAxis(0).getRange();
        for (Comparison c : rows) {
            assertTrue(y.lower <= c.deltaLower() && c.deltaUpper() <= y.upper, "the axis holds every whisker: " + y);
        }
        assertTrue(view.getChart().getTitle().getText().endsWith("(whiskers: 95% interval)")
                || view.getChart().getToolTipText().endsWith("(whiskers: 95% interval)"),
                view.getChart().getTitle().getText());
        // the SVG draws them too: three lines per bar (stem and two caps)
        Path withWhiskers = exports.resolve("delta.svg");
        view.export(withWhiskers);
        assertEquals(3 * rows.size(), Files.readString(withWhiskers).split("<line class=\"whisker\"", -1).length - 1);
        view.chart(org.repalign.ui.views.ContributedResultsView.ChartKind.BAR, "raw_sd",
                org.repalign.ui.providers.TableDataProvider.TEXT_COLUMNS);
        assertFalse(view.getChart().getSeriesSet().getSeries(org.repalign.ui.views.ContributedResultsView.SERIES_ID)
                .getYErrorBar().isVisible(), "raw_sd has no interval");
        Path without = exports.resolve("sd.svg");
        view.export(without);
        assertFalse(Files.readString(without).contains("whisker"), "no whiskers without an interval");
        page().hideView(view);
    }

    /**
     * The hatch lines' grey (a neutral mid grey, whatever the window system blends at the line's
     * edges) in the top quarter of a cell, away from the value printed in its middle; the
     * diverging scale's fills are never neutral and mid-dark.
     */
    private static int greyPixels(ImageData picture, Rectangle cell) {
        int count = 0;
        for (int x = cell.x + 1; x < cell.x + cell.width - 1; x++) {
            for (int y = cell.y + 1; y < cell.y + cell.height / 4; y++) {
                RGB rgb = picture.palette.getRGB(picture.getPixel(x, y));
                int high = Math.max(rgb.red, Math.max(rgb.green, rgb.blue));
                int low = Math.min(rgb.red, Math.min(rgb.green, rgb.blue));
                count += high - low <= 24 && high <= 160 && low >= 40 ? 1 : 0;
            }
        }
        return count;
    }

    private static void check(HeatmapCanvas heatmap, List<Comparison> rows, String metric) {
        HeatmapData data = heatmap.getHeatmapData();
        DivergingColorScale scale = assertInstanceOf(DivergingColorScale.class, data.scale());
        assertEquals(DivergingColorScale.MIDPOINT, scale.color(0.0), "zero is the midpoint colour");
        assertEquals(-scale.max(), scale.min(), 0.0, "symmetric around zero");
        double largest = 0;
        for (Comparison c : rows) {
            if (!c.metric().equals(metric)) {
                continue;
            }
            assertEquals(c.delta(), data.value(index(c.a()), index(c.b())), 0.0);
            assertEquals(c.delta(), data.value(index(c.b()), index(c.a())), 0.0);
            largest = Math.max(largest, Math.abs(c.delta()));
            RGB color = heatmap.cellColor(index(c.a()), index(c.b()));
            if (c.delta() > 0) {
                assertTrue(color.red > color.blue, "positive (second better) is red: " + color);
            } else if (c.delta() < 0) {
                assertTrue(color.blue > color.red, "negative is blue: " + color);
            }
        }
        assertEquals(largest, scale.max(), 0.0);
    }

    @Test
    void frequencyChartShowsTheWindowsAndTheReportFit() throws Exception {
        FrequencyView view = show(FrequencyView.ID);
        view.showRun(results);
        view.select("m2", "m4", "mutual_knn_10");
        List<NoiseRow> rows = results.noiseRows().stream()
                .filter(r -> r.a().equals("m2") && r.b().equals("m4") && r.metric().equals("mutual_knn_10")).toList();
        assertEquals(6, rows.size());
        ISeries<?> windows = view.getChart().getSeriesSet().getSeries(FrequencyView.WINDOWS_SERIES);
        assertArrayEquals(rows.stream().mapToDouble(r -> 1 / Math.sqrt(r.meanFrequency())).toArray(),
                windows.getXSeries(), 0.0);
        assertArrayEquals(rows.stream().mapToDouble(NoiseRow::value).toArray(), windows.getYSeries(), 0.0);
        NoiseFit fit = results.noiseFits().stream()
                .filter(f -> f.a().equals("m2") && f.b().equals("m4") && f.metric().equals("mutual_knn_10"))
                .findFirst().get();
        ISeries<?> line = view.getChart().getSeriesSet().getSeries(FrequencyView.FIT_SERIES);
        double[] x = line.getXSeries();
        double[] y = line.getYSeries();
        assertEquals(Arrays.stream(windows.getXSeries()).min().getAsDouble(), x[0], 0.0);
        assertEquals(Arrays.stream(windows.getXSeries()).max().getAsDouble(), x[1], 0.0);
        for (int i = 0; i < 2; i++) {
            assertEquals(fit.intercept() + fit.slope() * x[i], y[i], 1e-12);
        }
        String title = view.getChart().getTitle().getText();
        assertTrue(title.contains(String.format(Locale.ROOT, "slope %.4g [%.4g, %.4g]", fit.slope(), fit.slopeLower(),
                fit.slopeUpper())) && title.contains(String.format(Locale.ROOT, "R\u00b2 %.3f", fit.r2())), title);
        assertTrue(fit.slopeLower() < fit.slope() && fit.slope() < fit.slopeUpper(), fit.toString());
        assertTrue(title.endsWith(String.format(Locale.ROOT, " (%s, q %.3g)",
                fit.significant() ? "significant" : "not significant", fit.q())), title);
        assertThrows(IllegalArgumentException.class, () -> view.select("m4", "m2", "cka"), "pairs in experiment order");
    }

    @Test
    void matrixExportWritesPngSvgAndCsvOfTheNumbersShown(@TempDir Path exports) throws Exception {
        AlignmentMatrixView view = show(AlignmentMatrixView.ID);
        view.showRun(results);
        view.select("cka", "raw", false);
        HeatmapCanvas heatmap = view.getHeatmap();
        Path csv = exports.resolve("matrix.csv");
        view.export(csv);
        Map<String, String[]> cells = new HashMap<>();
        List<String> lines = Files.readAllLines(csv);
        assertEquals("metric,representation,a,b,value,sd,direction,lower,upper,null_mean,null_sd,z,null_p,calibrated",
                lines.get(0), "the run's tidy alignment schema");
        assertEquals(1 + 6, lines.size(), "one line per pair of the four sources");
        for (String line : lines.subList(1, lines.size())) {
            String[] parts = line.split(",", -1);
            assertEquals(List.of("cka", "raw", "higher_is_better"), List.of(parts[0], parts[1], parts[6]), line);
            cells.put(parts[2] + "|" + parts[3], parts);
        }
        for (Comparison c : results.bias()) {
            if (c.metric().equals("cka")) {
                assertEquals(c.first(), Double.parseDouble(cells.get(c.a() + "|" + c.b())[4]), 0.0);
                assertEquals(c.firstSd(), Double.parseDouble(cells.get(c.a() + "|" + c.b())[5]), 0.0);
            }
        }

        Path png = exports.resolve("matrix.png");
        view.export(png);
        Point size = heatmap.getSize();
        assertTrue(size.x > 100 && size.y > 100, "the view is laid out: " + size);
        ImageData image = new ImageLoader().load(png.toString())[0];
        assertEquals(size.x, image.width);
        assertEquals(size.y, image.height);
        for (int[] rc : new int[][] { { 0, 1 }, { 2, 3 }, { 3, 0 }, { 1, 1 } }) {
            Rectangle cell = heatmap.cellBounds(rc[0], rc[1]);
            RGB pixel = image.palette.getRGB(image.getPixel(cell.x + 1, cell.y + 1));
            assertEquals(heatmap.cellColor(rc[0], rc[1]), pixel, "cell " + Arrays.toString(rc));
        }

        Path svg = exports.resolve("matrix.svg");
        view.export(svg);
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") && text.contains("<svg") && text.trim().endsWith("</svg>"));
        RGB color = heatmap.cellColor(0, 1);
        String fill = String.format(Locale.ROOT, "fill=\"#%02x%02x%02x\"><title>m1 \u00d7 m2", color.red, color.green,
                color.blue);
        assertTrue(text.contains(fill), "cell m1 × m2 is drawn with its colour");
        assertEquals(16, text.split("<title>", -1).length - 1, "one titled rectangle per cell");
        assertFalse(Files.list(exports).anyMatch(p -> p.getFileName().toString().endsWith(".tmp")),
                "no temporary file is left");
        assertThrows(IOException.class, () -> view.export(exports.resolve("matrix.pdf")));
    }

    @Test
    void differenceAndFrequencyExportsHoldTheReportNumbers(@TempDir Path exports) throws Exception {
        DifferenceView differences = show(DifferenceView.ID);
        differences.showRun(results);
        differences.selectMetric("cka");
        Path csv = exports.resolve("differences.csv");
        differences.export(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(1 + 2 * 6, lines.size(), "both differences of every pair");
        List<Double> signal = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (line.startsWith("cka,sparse-dense,m1,m3,")) {
                assertEquals("higher_is_better", cells[6], line);
                signal.add(Double.parseDouble(cells[4]));
            }
        }
        double expected = results.signal().stream()
                .filter(c -> c.metric().equals("cka") && c.a().equals("m1") && c.b().equals("m3")).findFirst().get()
                .delta();
        assertEquals(List.of(expected), signal);
        Path svg = exports.resolve("differences.svg");
        differences.export(svg);
        assertEquals(32, Files.readString(svg).split("<title>", -1).length - 1, "two panels of 16 cells");
        Path png = exports.resolve("differences.png");
        differences.export(png);
        assertTrue(Files.size(png) > 0);

        FrequencyView frequency = show(FrequencyView.ID);
        frequency.showRun(results);
        frequency.select("m1", "m3", "cka");
        Path chartPng = exports.resolve("frequency.png");
        frequency.export(chartPng);
        ImageData image = new ImageLoader().load(chartPng.toString())[0];
        assertTrue(image.width > 100 && image.height > 100);
        Path chartCsv = exports.resolve("frequency.csv");
        frequency.export(chartCsv);
        List<String> rows = Files.readAllLines(chartCsv);
        assertEquals("a,b,metric,window_start,window_end,mean_frequency,x,value,fitted", rows.get(0));
        List<NoiseRow> noise = results.noiseRows().stream()
                .filter(r -> r.a().equals("m1") && r.b().equals("m3") && r.metric().equals("cka")).toList();
        assertEquals(1 + noise.size(), rows.size());
        for (int i = 0; i < noise.size(); i++) {
            String[] cells = rows.get(i + 1).split(",");
            assertEquals(noise.get(i).windowStart(), Integer.parseInt(cells[3]));
            assertEquals(noise.get(i).meanFrequency(), Double.parseDouble(cells[5]), 0.0);
            assertEquals(noise.get(i).value(), Double.parseDouble(cells[7]), 0.0);
        }
        Path chartSvg = exports.resolve("frequency.svg");
        frequency.export(chartSvg);
        String svgText = Files.readString(chartSvg);
        assertEquals(2, count(svgText, "<g class=\"series\""), "windows and fit");
        String windows = svgText.substring(svgText.indexOf("id=\"series-" + FrequencyView.WINDOWS_SERIES + "\""));
        windows = windows.substring(0, windows.indexOf("</g>"));
        assertEquals(noise.size(), count(windows, "<circle"), "one symbol per window");
        assertThrows(IOException.class, () -> frequency.export(exports.resolve("frequency.pdf")));
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void probesViewShowsTheReportAurocsAndExportsTheRows(@TempDir Path exports) throws Exception {
        ProbesView view = show(ProbesView.ID);
        view.showRun(results);
        view.selectSource("m3");
        List<ProbeRow> rows = results.probes().stream().filter(p -> p.source().equals("m3")).toList();
        assertFalse(rows.isEmpty(), "the run probed attributes");
        List<String> attributes = rows.stream().map(ProbeRow::attribute).distinct().toList();
        assertArrayEquals(attributes.toArray(String[]::new),
                view.getChart().getAxisSet().getXAxis(0).getCategorySeries());
        for (String representation : List.of("dense", "sparse")) {
            double[] expected = attributes.stream().mapToDouble(a -> rows.stream()
                    .filter(p -> p.attribute().equals(a) && p.representation().equals(representation)).findFirst()
                    .get().auroc()).toArray();
            String id = representation.equals("dense") ? ProbesView.DENSE_SERIES : ProbesView.SPARSE_SERIES;
            assertArrayEquals(expected, view.getChart().getSeriesSet().getSeries(id).getYSeries(), 0.0);
        }
        assertEquals(rows.size(), view.getTable().getTable().getItemCount());
        Path csv = exports.resolve("probes.csv");
        view.export(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(1 + rows.size(), lines.size());
        assertTrue(lines.get(0).startsWith("source,representation,attribute,accuracy,balanced_accuracy,auroc"));
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = lines.get(i + 1).split(",", -1);
            assertEquals(rows.get(i).attribute(), cells[2]);
            assertEquals(rows.get(i).auroc(), Double.parseDouble(cells[5]), 0.0);
            assertEquals(rows.get(i).positives(), Integer.parseInt(cells[9]));
        }
        Path png = exports.resolve("probes.png");
        view.export(png);
        assertTrue(new ImageLoader().load(png.toString())[0].width > 100);
        Path svg = exports.resolve("probes.svg");
        view.export(svg);
        String svgText = Files.readString(svg);
        assertEquals(2, count(svgText, "<g class=\"series\""), "dense and sparse bars");
        assertEquals(rows.stream().filter(p -> Double.isFinite(p.auroc())).count(), count(svgText, "<rect class=\"bar\""));
    }

    @Test
    void frequencySmallMultiplesShowEveryPairsWindowsAndFit(@TempDir Path exports) throws Exception {
        FrequencyView view = show(FrequencyView.ID);
        view.showRun(results);
        view.select("m1", "m2", "cka");
        try {
            view.showAllPairs(true);
            SmallMultiples grid = view.getOverview().getData();
            List<String[]> pairs = results.noiseFits().stream().filter(f -> f.metric().equals("cka"))
                    .map(f -> new String[] { f.a(), f.b() }).toList();
            assertEquals(pairs.size(), grid.panels().size(), "one panel per pair");
            int points = 0;
            for (int p = 0; p < pairs.size(); p++) {
                String[] pair = pairs.get(p);
                SmallMultiples.Panel panel = grid.panels().get(p);
                assertEquals(pair[0] + " \u2013 " + pair[1], panel.title());
                List<NoiseRow> rows = results.noiseRows().stream()
                        .filter(r -> r.a().equals(pair[0]) && r.b().equals(pair[1]) && r.metric().equals("cka")).toList();
                assertArrayEquals(rows.stream().mapToDouble(NoiseRow::value).toArray(), panel.y(), 0.0);
                assertArrayEquals(rows.stream().mapToDouble(r -> 1 / Math.sqrt(r.meanFrequency())).toArray(), panel.x(),
                        0.0);
                NoiseFit fit = results.noiseFits().stream().filter(f -> f.a().equals(pair[0]) && f.b().equals(pair[1])
                        && f.metric().equals("cka")).findFirst().get();
                assertEquals(fit.slope(), panel.slope(), 0.0);
                assertEquals(fit.intercept(), panel.intercept(), 0.0);
                points += rows.size();
            }
            Path svg = exports.resolve("frequency-all.svg");
            view.export(svg);
            String svgText = Files.readString(svg);
            javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(svgText.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertEquals(points, count(svgText, "<circle"), "every window of every pair is a dot");
            Path csv = exports.resolve("frequency-all.csv");
            view.export(csv);
            assertEquals(1 + points, Files.readAllLines(csv).size(), "the CSV holds the windows of all pairs");
            Path png = exports.resolve("frequency-all.png");
            view.export(png);
            assertTrue(new ImageLoader().load(png.toString())[0].width > 100);
        } finally {
            view.showAllPairs(false);
        }
        assertEquals(6, view.getChart().getSeriesSet().getSeries(FrequencyView.WINDOWS_SERIES).getXSeries().length,
                "back to the single pair");
    }

    @Test
    void probesViewShowsAccuracyAgainstBaselineAndTheLatentMap(@TempDir Path exports) throws Exception {
        ProbesView view = show(ProbesView.ID);
        view.showRun(results);
        view.selectSource("m2");
        List<ProbeRow> rows = results.probes().stream().filter(p -> p.source().equals("m2")).toList();
        List<String> attributes = rows.stream().map(ProbeRow::attribute).distinct().toList();
        try {
            view.show(ProbesView.Plot.ACCURACY);
            double[] baseline = attributes.stream().mapToDouble(a -> rows.stream()
                    .filter(p -> p.attribute().equals(a) && p.representation().equals("dense")).findFirst().get()
                    .baseline()).toArray();
            assertArrayEquals(baseline,
                    view.getChart().getSeriesSet().getSeries(ProbesView.BASELINE_SERIES).getYSeries(), 0.0);
            double[] sparse = attributes.stream().mapToDouble(a -> rows.stream()
                    .filter(p -> p.attribute().equals(a) && p.representation().equals("sparse")).findFirst().get()
                    .accuracy()).toArray();
            assertArrayEquals(sparse,
                    view.getChart().getSeriesSet().getSeries(ProbesView.SPARSE_ACCURACY_SERIES).getYSeries(), 0.0);
            assertNull(view.getChart().getSeriesSet().getSeries(ProbesView.DENSE_SERIES), "AUROC bars are gone");

            view.show(ProbesView.Plot.LATENT_MAP);
            HeatmapData map = view.getLatentMap().getHeatmapData();
            assertEquals(SOURCES, map.rowLabels());
            ProbeRow some = rows.get(0);
            int r = SOURCES.indexOf("m2");
            int c = map.columnLabels().indexOf(some.attribute());
            assertEquals(some.bestLatentAuroc(), map.value(r, c), 0.0);
            assertTrue(view.getLatentMap().hoverText(r, c).contains("latent " + some.bestLatent()),
                    view.getLatentMap().hoverText(r, c));
            for (ProbeRow p : results.probes()) {
                assertEquals(p.bestLatentAuroc(), map.value(SOURCES.indexOf(p.source()),
                        map.columnLabels().indexOf(p.attribute())), 0.0, p.source() + " " + p.attribute());
            }
            Path svg = exports.resolve("latent-map.svg");
            view.export(svg);
            assertEquals(map.columns() * SOURCES.size(), Files.readString(svg).split("<title>", -1).length - 1,
                    "one cell per attribute and source");
        } finally {
            view.show(ProbesView.Plot.AUROC);
        }
    }

    @Test
    void chartsMapsAndTablesOfferExportInTheirContextMenu() throws Exception {
        AlignmentMatrixView matrix = show(AlignmentMatrixView.ID);
        FrequencyView frequency = show(FrequencyView.ID);
        ProbesView probes = show(ProbesView.ID);
        for (org.eclipse.swt.widgets.Control control : List.of(matrix.getHeatmap(), frequency.getChart(),
                probes.getTable().getTable())) {
            control.notifyListeners(org.eclipse.swt.SWT.MenuDetect, new org.eclipse.swt.widgets.Event());
            org.eclipse.swt.widgets.Menu menu = control.getMenu();
            assertNotNull(menu, control + " has a context menu");
            assertFalse(menu.isDisposed());
            menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
            List<String> items = Arrays.stream(menu.getItems()).map(org.eclipse.swt.widgets.MenuItem::getText).toList();
            assertTrue(items.stream().anyMatch(t -> t.startsWith("Export")), items.toString());
        }
    }

    @Test
    void featureMatchingViewShowsScoresAgainstTheNull(@TempDir Path exports) throws Exception {
        FeatureMatchingView view = show(FeatureMatchingView.ID);
        view.showRun(results);
        for (String kind : List.of("weighted", "binary")) {
            view.selectKind(kind);
            List<FeatureRow> rows = results.features().stream().filter(f -> f.kind().equals(kind)).toList();
            assertEquals(6, rows.size(), "one row per pair");
            assertArrayEquals(rows.stream().mapToDouble(FeatureRow::score).toArray(),
                    view.getChart().getSeriesSet().getSeries(FeatureMatchingView.SCORE_SERIES).getYSeries(), 0.0);
            assertArrayEquals(rows.stream().mapToDouble(FeatureRow::nullMean).toArray(),
                    view.getChart().getSeriesSet().getSeries(FeatureMatchingView.NULL_SERIES).getYSeries(), 0.0);
            assertEquals("m1 \u2013 m2", view.getChart().getAxisSet().getXAxis(0).getCategorySeries()[0]);
        }
        Path csv = exports.resolve("features.csv");
        view.export(csv);
        List<String> lines = Files.readAllLines(csv);
        List<FeatureRow> binary = results.features().stream().filter(f -> f.kind().equals("binary")).toList();
        assertEquals(1 + binary.size(), lines.size());
        for (int i = 0; i < binary.size(); i++) {
            String[] cells = lines.get(i + 1).split(",", -1);
            assertEquals("binary", cells[2]);
            assertEquals(binary.get(i).z(), Double.parseDouble(cells[6]), 0.0);
        }
        Path svg = exports.resolve("features.svg");
        view.export(svg);
        assertEquals(4, count(Files.readString(svg), "<g class=\"series\""),
                "score and null-mean bars, the null histogram and the score marker");
        Path png = exports.resolve("features.png");
        view.export(png);
        ImageData image = new ImageLoader().load(png.toString())[0];
        assertEquals(2 * view.getChart().getSize().x, image.width, "both charts side by side");
    }

    @Test
    void featureMatchingViewDrawsThePairsNullHistogramAndItsScore() throws Exception {
        FeatureMatchingView view = show(FeatureMatchingView.ID);
        view.showRun(results);
        view.selectKind("weighted");
        view.selectPair("m2", "m4");
        FeatureRow row = results.features().stream()
                .filter(f -> f.kind().equals("weighted") && f.a().equals("m2") && f.b().equals("m4")).findFirst()
                .get();
        double[] stored = results.featureNulls().stream()
                .filter(n -> n.kind().equals("weighted") && n.a().equals("m2") && n.b().equals("m4"))
                .mapToDouble(org.repalign.analysis.results.rows.FeatureNullScore::score).toArray();
        assertEquals(3, stored.length, "3 permutations");
        ISeries<?> histogram = view.getNullChart().getSeriesSet().getSeries(FeatureMatchingView.HISTOGRAM_SERIES);
        double[] edges = histogram.getXSeries();
        double[] counts = histogram.getYSeries();
        assertEquals(edges.length, counts.length);
        assertEquals(Arrays.stream(stored).min().getAsDouble(), edges[0], 1e-15);
        assertEquals(Arrays.stream(stored).max().getAsDouble(), edges[edges.length - 1], 1e-15);
        double total = 0;
        for (int b = 0; b + 1 < counts.length; b++) {
            total += counts[b];
            final int bin = b;
            long inBin = Arrays.stream(stored).filter(v -> v >= edges[bin]
                    && (v < edges[bin + 1] || bin + 2 == counts.length && v <= edges[bin + 1])).count();
            assertEquals(inBin, (long) counts[b], "bin " + b);
        }
        assertEquals(3, total, "every draw in one bin");
        ISeries<?> marker = view.getNullChart().getSeriesSet().getSeries(FeatureMatchingView.MARKER_SERIES);
        assertArrayEquals(new double[] { row.score(), row.score() }, marker.getXSeries(), 0.0);
        assertTrue(org.repalign.ui.internal.ChartFitting.fullTitle(view.getNullChart()).contains("m2 \u2013 m4"));
    }

    @Test
    void featureMatchingOfAnOlderRunSaysItHasNoNullScores(@TempDir Path older) throws Exception {
        Files.copy(outcome.reportFile(), older.resolve("report.json"));
        FeatureMatchingView view = show(FeatureMatchingView.ID);
        view.showRun(RunResults.read(older));
        view.selectKind("weighted");
        assertTrue(org.repalign.ui.internal.ChartFitting.fullTitle(view.getNullChart()).contains("keeps only the null's mean and s.d."),
                org.repalign.ui.internal.ChartFitting.fullTitle(view.getNullChart()));
        assertEquals(0, view.getNullChart().getSeriesSet().getSeries().length);
        assertEquals(6, view.getChart().getSeriesSet().getSeries(FeatureMatchingView.SCORE_SERIES).getYSeries().length,
                "the scores are still shown");
        assertEquals(6, view.getTable().getTable().getItemCount());
    }

    @Test
    void saeCurveViewDrawsTheTrainingCurveFile(@TempDir Path exports) throws Exception {
        SaeCurveView view = show(SaeCurveView.ID);
        view.showRun(results);
        view.select("m2", "fvu");
        List<String> lines = Files.readAllLines(outcome.runFolder().resolve("sae/m2/curves.csv"));
        assertTrue(lines.size() > 2, "the SAE was trained with a curve");
        double[] steps = lines.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[0])).toArray();
        double[] fvu = lines.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[2])).toArray();
        ISeries<?> curve = view.getChart().getSeriesSet().getSeries(SaeCurveView.CURVE_SERIES);
        assertArrayEquals(steps, curve.getXSeries(), 0.0);
        assertArrayEquals(fvu, curve.getYSeries(), 0.0);
        view.select("m2", "l0");
        double[] l0 = lines.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[3])).toArray();
        assertArrayEquals(l0, view.getChart().getSeriesSet().getSeries(SaeCurveView.CURVE_SERIES).getYSeries(), 0.0);
        Path csv = exports.resolve("curve.csv");
        view.export(csv);
        List<String> exported = Files.readAllLines(csv);
        assertEquals(lines.get(0), exported.get(0));
        assertEquals(lines.size(), exported.size());
        for (int i = 1; i < lines.size(); i++) {
            String[] a = lines.get(i).split(",");
            String[] b = exported.get(i).split(",");
            for (int c = 0; c < a.length; c++) {
                assertEquals(Double.parseDouble(a[c]), Double.parseDouble(b[c]), 0.0, "line " + i);
            }
        }
        Path png = exports.resolve("curve.png");
        view.export(png);
        assertTrue(Files.size(png) > 0);
        Path svg = exports.resolve("curve.svg");
        view.export(svg);
        String svgText = Files.readString(svg);
        assertEquals(1, count(svgText, "<g class=\"series\""));
        assertEquals(1, count(svgText, "<polyline"), "the curve as one line");
    }

    @Test
    void resultViewsAreInThePerspective() {
        for (String id : List.of(RunsView.ID, AlignmentMatrixView.ID, DifferenceView.ID, FrequencyView.ID,
                FeatureMatchingView.ID, ProbesView.ID, SaeCurveView.ID)) {
            assertTrue(Arrays.stream(page().getViewReferences()).anyMatch(r -> r.getId().equals(id)),
                    "perspective holds " + id);
        }
    }

    /** Where the pictures of the small-window test go. */
    private static final Path SMALL_WINDOW_SHOTS = Path.of("target", "screenshots", "at-1024x700");

    private static void screenshot(String name) throws IOException {
        Display display = Display.getCurrent();
        org.eclipse.swt.widgets.Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Rectangle bounds = shell.getBounds();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, bounds.width, bounds.height);
        try {
            org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(display);
            try {
                gc.copyArea(image, bounds.x, bounds.y);
            } finally {
                gc.dispose();
            }
            Files.createDirectories(SMALL_WINDOW_SHOTS);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(SMALL_WINDOW_SHOTS.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
    }

    private static void assertPlotted(org.eclipse.swtchart.Chart chart, String what) {
        Point plot = chart.getPlotArea().getSize();
        assertTrue(plot.x >= 100 && plot.y >= 40, what + ": the plot keeps a readable size, not " + plot
                + " in a chart of " + chart.getSize());
        String title = chart.getTitle().getText();
        assertFalse(title.isEmpty(), what + " has a title");
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(chart);
        try {
            gc.setFont(chart.getTitle().getFont());
            assertTrue(gc.textExtent(title).x <= chart.getSize().x, what + ": the title fits its chart: " + title);
        } finally {
            gc.dispose();
        }
        String full = org.repalign.ui.internal.ChartFitting.fullTitle(chart);
        assertTrue(title.equals(full) || full.equals(chart.getToolTipText()),
                what + ": a shortened title is whole in the tooltip");
    }

    private static void assertHeatmapReadable(HeatmapCanvas heatmap, String what) throws InterruptedException {
        Point size = heatmap.getSize();
        assertTrue(size.x >= 200 && size.y >= 150, what + " is laid out: " + size);
        HeatmapData data = heatmap.getHeatmapData();
        assertNotNull(data, what + " shows a map");
        String note = heatmap.shownNote();
        assertTrue(note.isEmpty() || note.endsWith("hover shows each cell"), note);
        assertTrue(heatmap.valueFontSize() > 0 || note.contains("cells too small"),
                what + ": values are printed or the note says why not");
        // a real pointer over the cell of the first pair shows its value
        Rectangle cell = heatmap.cellBounds(0, 1);
        Point at = heatmap.toDisplay(cell.x + cell.width / 2, cell.y + cell.height / 2);
        for (int step = 3; step >= 0; step--) {
            Event move = new Event();
            move.type = SWT.MouseMove;
            move.x = at.x + step;
            move.y = at.y + step;
            heatmap.getDisplay().post(move);
            settle(60);
        }
        settle(200);
        assertEquals(heatmap.hoverText(0, 1), heatmap.getToolTipText(), what + ": the hovered cell's text (pointer at "
                + heatmap.getDisplay().getCursorLocation() + " over " + heatmap.getDisplay().getCursorControl() + ")");
    }

    @Test
    void viewsStayReadableIn1024x700() throws Exception {
        org.eclipse.swt.widgets.Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Rectangle before = shell.getBounds();
        boolean maximized = shell.getMaximized();
        shell.setMaximized(false);
        shell.setBounds(0, 0, 1024, 700);
        Path log = org.eclipse.core.runtime.Platform.getLogFileLocation().toFile().toPath();
        long logLength = Files.exists(log) ? Files.size(log) : 0;
        try {
            settle(300);
            AlignmentMatrixView matrix = show(AlignmentMatrixView.ID);
            matrix.showRun(results);
            matrix.select("cka", "centered", false);
            settle(200);
            screenshot("1-alignment-matrix");
            assertHeatmapReadable(matrix.getHeatmap(), "alignment matrix");

            DifferenceView differences = show(DifferenceView.ID);
            differences.showRun(results);
            differences.selectMetric("mutual_knn_10");
            settle(200);
            screenshot("2-differences");
            assertHeatmapReadable(differences.getSparseMinusDense(), "Sparse against dense");
            assertHeatmapReadable(differences.getCenteredMinusRaw(), "Centered against raw");

            FeatureMatchingView features = show(FeatureMatchingView.ID);
            features.showRun(results);
            features.selectKind("weighted");
            settle(300);
            screenshot("3-feature-matching");
            assertPlotted(features.getChart(), "feature matching bars");
            assertPlotted(features.getNullChart(), "null histogram");
            org.eclipse.swt.widgets.Table table = features.getTable().getTable();
            assertTrue(table.getSize().y >= table.getHeaderHeight() + table.getItemHeight(),
                    "the table keeps its header and a row: " + table.getSize());
            int z = Arrays.asList(table.getColumns()).stream().map(org.eclipse.swt.widgets.TableColumn::getText).toList()
                    .indexOf("z");
            assertEquals(SWT.RIGHT, table.getColumn(z).getAlignment(), "numbers are right-aligned");
            assertEquals(SWT.LEFT, table.getColumn(0).getAlignment(), "names are left-aligned");
            table.getColumn(z).notifyListeners(SWT.Selection, new Event());
            List<Object[]> sorted = features.getTable().shownRows();
            for (int i = 1; i < sorted.size(); i++) {
                assertTrue((Double) sorted.get(i - 1)[z] <= (Double) sorted.get(i)[z], "ascending z");
            }
            assertEquals(table.getColumn(z), table.getSortColumn());
            table.getColumn(z).notifyListeners(SWT.Selection, new Event());
            sorted = features.getTable().shownRows();
            assertTrue((Double) sorted.get(0)[z] >= (Double) sorted.get(sorted.size() - 1)[z], "a second click reverses");
            assertEquals(SWT.DOWN, table.getSortDirection());
            screenshot("4-feature-matching-sorted");

            ProbesView probes = show(ProbesView.ID);
            probes.showRun(results);
            probes.selectSource("m1");
            settle(300);
            screenshot("5-probes");
            assertPlotted(probes.getChart(), "probe bars");
        } finally {
            shell.setBounds(before);
            shell.setMaximized(maximized);
            settle(100);
        }
        String added = Files.exists(log) ? Files.readString(log).substring((int) Math.min(logLength, Files.size(log)))
                : "";
        assertFalse(added.lines().anyMatch(l -> l.matches("!ENTRY \\S+ 4 .*")), "no error in the log:\n" + added);
    }
}
