package org.repalign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repalign.testing.ui.DisplayWaits.drain;
import static org.repalign.testing.ui.DisplayWaits.settle;
import static org.repalign.testing.ui.DisplayWaits.waitFor;
import static org.repalign.testing.ui.DisplayWaits.waitUntil;
import static org.repalign.testing.ui.RealInput.key;
import static org.repalign.testing.ui.RealInput.keyCode;
import static org.repalign.testing.ui.TreeRows.findByFirstColumn;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.ProtocolSettings;
import org.repalign.analysis.SaeSettings;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.results.RunResults.Comparison;
import org.repalign.analysis.results.rows.ProbeRow;
import org.repalign.analysis.run.ExperimentRunner;
import org.repalign.analysis.run.RunOutcome;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.synth.SyntheticGenerator;
import org.repalign.compute.synth.SyntheticModelSpec;
import org.repalign.testing.ui.ContextMenus;
import org.repalign.testing.ui.ContextMenus.RowSelection;
import org.repalign.testing.ui.LoggedErrors;
import org.repalign.testing.ui.Screenshots;
import org.repalign.ui.providers.AnalysisTables;
import org.repalign.ui.providers.FeatureMatchingDataProvider;
import org.repalign.ui.providers.FrequencyDataProvider;
import org.repalign.ui.providers.MatrixDataProvider;
import org.repalign.ui.providers.MatrixModel;
import org.repalign.ui.providers.ProbesDataProvider;
import org.repalign.ui.providers.SeriesModel;
import org.repalign.ui.providers.TableModel;
import org.repalign.ui.results.ResultViewers;
import org.repalign.ui.results.ViewerEntry;
import org.repalign.ui.views.ContributedResultsView;
import org.repalign.ui.views.ContributedResultsView.ChartKind;
import org.repalign.ui.views.ProbesView;
import org.repalign.ui.views.RunsView;

/**
 * Viewers keyed by analysis id: the registry ({@code org.repalign.ui.resultViewers}) names the
 * built-in views and providers; in the Runs view, Show In (opened with a posted right click and
 * keys) lists the viewers of the selected run's analyses and opens the one chosen; the generic
 * viewer, Result Tables, shows an analysis without a view of its own as a table and a chart
 * whose numbers are the run's CSV. Screenshots go to {@code target/screenshots/result-viewers/};
 * the workspace log must stay free of errors.
 */
class ResultViewersUITest {

    private static final long WAIT_MS = 5000;

    @TempDir
    static Path out;

    private static RunOutcome outcome;
    private static RunResults results;

    private Path pictures;
    private String testName;
    private int step;
    private final LoggedErrors logged = new LoggedErrors();

    @BeforeAll
    static void runExperiment() throws Exception {
        List<SyntheticModelSpec> models = List.of(SyntheticModelSpec.of("m1", 24, 1.0, 0.3),
                SyntheticModelSpec.of("m2", 32, 2.0, 0.6), SyntheticModelSpec.of("m3", 20, 0.5, 1.2),
                SyntheticModelSpec.of("m4", 28, 1.5, 2.0));
        SyntheticGenerator generator = new SyntheticGenerator(7L, 300, 40, 4, 1.0, 0.25, 1.0, 1000.0, models);
        ExperimentPlan plan = new ExperimentPlan("viewers", "", 5L, List.of(), Optional.of(generator), null, null,
                null, Preprocessing.CENTERED, List.of("cka"), new ProtocolSettings(1, 150, 0, TieRule.RANDOM),
                new SaeSettings("topk", "l2prh", 32, 4, 120, 64, 4e-3, 1e-5, 0.2),
                List.of(new AnalysisSettings.Bias(), new AnalysisSettings.Probes(3, 1.0, 10),
                        new AnalysisSettings.Meta(null, Preprocessing.CENTERED)),
                null);
        outcome = new ExperimentRunner().run(plan, out, RunListener.NONE, new NullProgressMonitor());
        results = RunResults.read(outcome.runFolder());
        assertEquals(java.util.Set.of("bias", "probes", "meta"), java.util.Set.copyOf(results.analyses()),
                "the run's analyses");
    }

    @BeforeEach
    void open(TestInfo info) throws Exception {
        testName = info.getTestMethod().orElseThrow().getName();
        logged.start();
        pictures = Files.createDirectories(Path.of("target", "screenshots", "result-viewers"));
    }

    @AfterEach
    void close() {
        drain();
        logged.stop();
        assertEquals(List.of(), logged.errors(), "no error in the workspace log");
    }

    @Test
    void theRegistryNamesTheBuiltInViewsAndProvidersByAnalysisId() {
        ResultViewers viewers = new ResultViewers();
        assertEquals(List.of("org.repalign.ui.views.alignmentMatrix", "org.repalign.ui.views.difference"),
                views(viewers, "bias"));
        assertEquals(List.of("org.repalign.ui.views.alignmentMatrix", "org.repalign.ui.views.difference",
                "org.repalign.ui.views.saeCurve"), views(viewers, "signal"));
        assertEquals(List.of("org.repalign.ui.views.frequency"), views(viewers, "noise"));
        assertEquals(List.of("org.repalign.ui.views.featureMatching", "org.repalign.ui.views.saeCurve"),
                views(viewers, "features"));
        assertEquals(List.of("org.repalign.ui.views.probes", "org.repalign.ui.views.saeCurve"),
                views(viewers, "probes"));
        assertFalse(viewers.hasOwnView("meta"), "meta has no view of its own");
        for (ViewerEntry entry : viewers.entries()) {
            if (entry.view() != null) {
                assertNotNull(PlatformUI.getWorkbench().getViewRegistry().find(entry.view()),
                        "the registered view exists: " + entry);
            }
        }

        List<ViewerEntry> meta = viewers.viewsFor(results).get("meta");
        assertEquals(1, meta.size());
        assertTrue(meta.get(0).isGeneric(), "the generic viewer shows meta");
        java.util.Map<String, String> firstView = java.util.Map.of("bias", "org.repalign.ui.views.alignmentMatrix",
                "probes", "org.repalign.ui.views.probes", "meta", ResultViewers.GENERIC_VIEW);
        assertEquals(firstView.get(results.analyses().get(0)), viewers.primaryView(results).orElseThrow().view(),
                "the first view of the run's first analysis comes to the front");

        assertTrue(viewers.provider("bias", MatrixDataProvider.class).isPresent());
        assertTrue(viewers.provider("signal", MatrixDataProvider.class).isPresent());
        assertTrue(viewers.provider("probes", ProbesDataProvider.class).isPresent());
        assertTrue(viewers.provider("noise", FrequencyDataProvider.class).isPresent());
        assertTrue(viewers.provider("features", FeatureMatchingDataProvider.class).isPresent());
        assertTrue(viewers.provider("probes", MatrixDataProvider.class).isEmpty(), "probes has another provider");
        assertTrue(viewers.provider("meta", MatrixDataProvider.class).isEmpty(), "meta has none");
        assertTrue(viewers.provider("probes", ProbesDataProvider.class).orElseThrow()
                == viewers.provider("probes", ProbesDataProvider.class).orElseThrow(), "created once per registry");
    }

    private static List<String> views(ResultViewers viewers, String analysis) {
        return viewers.views(analysis).stream().map(ViewerEntry::view).toList();
    }

    @Test
    void providersGiveTheReportsNumbersAsModels() throws Exception {
        MatrixDataProvider matrices = new MatrixDataProvider();
        assertEquals(List.of("raw", "centered"), matrices.representations(results));
        MatrixModel raw = matrices.values(results, "cka", "raw", MatrixDataProvider.Order.EXPERIMENT);
        assertEquals(results.sources(), raw.labels());
        for (Comparison row : results.bias()) {
            int a = results.sources().indexOf(row.a());
            int b = results.sources().indexOf(row.b());
            assertEquals(row.first(), raw.values()[a][b], 0.0, row.a() + "-" + row.b());
            assertEquals(row.first(), raw.values()[b][a], 0.0, "symmetric");
        }
        assertTrue(Double.isNaN(raw.values()[0][0]), "the diagonal is never measured");
        MatrixModel byMean = matrices.values(results, "cka", "raw", MatrixDataProvider.Order.MEAN);
        int i = results.sources().indexOf(byMean.labels().get(0));
        int j = results.sources().indexOf(byMean.labels().get(1));
        assertEquals(raw.values()[i][j], byMean.values()[0][1], 0.0, "rows and columns move with their labels");

        ProbesDataProvider probes = new ProbesDataProvider();
        String source = probes.sources(results).get(0);
        List<ProbeRow> rows = results.probes().stream().filter(p -> p.source().equals(source)).toList();
        SeriesModel dense = probes.series(results, source, "dense", "dense", ProbeRow::auroc);
        assertEquals(rows.stream().map(ProbeRow::attribute).distinct().toList(), dense.categories());
        for (ProbeRow row : rows) {
            if (row.representation().equals("dense")) {
                assertEquals(row.auroc(), dense.values()[dense.categories().indexOf(row.attribute())], 0.0);
            }
        }
        assertEquals(rows.size(), probes.rows(results, source).rows().size());

        AnalysisTables tables = AnalysisTables.standard();
        assertEquals(List.of("rows"), tables.tableNames(results, "bias"));
        assertEquals(List.of("rows"), tables.tableNames(results, "meta"));
        assertEquals(List.of(), tables.tableNames(results, "noise"), "the run has no noise analysis");
        TableModel meta = tables.table(results, "meta", "rows");
        List<String[]> csv = csv(outcome.runFolder().resolve("meta-rows.csv"));
        assertEquals(Arrays.asList(csv.get(0)), meta.columns());
        assertEquals(csv.size() - 1, meta.rows().size());
        for (int c = 0; c < meta.columns().size(); c++) {
            boolean numeric = numericColumn(csv, c);
            assertEquals(numeric, meta.isNumeric(c), "column " + meta.columns().get(c) + " typed by its cells");
            for (int r = 1; r < csv.size(); r++) {
                Object cell = meta.rows().get(r - 1).get(c);
                if (numeric) {
                    double expected = csv.get(r)[c].isEmpty() ? Double.NaN : Double.parseDouble(csv.get(r)[c]);
                    assertEquals(expected, ((Number) cell).doubleValue(), 0.0, "an empty cell is NaN, never 0");
                } else {
                    assertEquals(csv.get(r)[c], cell);
                }
            }
        }
    }

    @Test
    void tableModelTypesColumnsByTheirCells() {
        TableModel table = TableModel.fromText("a", "t", List.of("name", "x", "y", "mixed", "count"),
                List.of(List.of("p", "1", "", "3", "12"), List.of("q", "2.5", "NaN", "four", "")));
        assertEquals(12L, table.rows().get(0).get(4), "whole numbers stay whole");
        assertTrue(Double.isNaN((Double) table.rows().get(1).get(4)), "an empty cell of a whole-number column is NaN");
        assertArrayEquals(new double[] { 12, Double.NaN }, table.numbers("count"));
        assertEquals(List.of("x", "y", "count"), table.numericColumns());
        assertEquals(List.of("name", "mixed"), table.textColumns());
        assertArrayEquals(new double[] { 1, 2.5 }, table.numbers("x"));
        assertTrue(Double.isNaN(table.numbers("y")[0]) && Double.isNaN(table.numbers("y")[1]));
        assertEquals(List.of("1", "2.5"), table.labels("x"));
        assertThrows(IllegalArgumentException.class, () -> table.numbers("mixed"));
        assertThrows(IllegalArgumentException.class, () -> TableModel.fromText("a", "t", List.of("x"),
                List.of(List.of("1", "2"))));
    }

    @Test
    void showInOpensTheViewerOfTheChosenAnalysis() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        RunsView runs = (RunsView) page.showView(RunsView.ID);
        runs.addFolder(out);
        drain();
        TreeItem row = waitFor(() -> findByFirstColumn(runs.getViewer().getTree().getItems(), outcome.runId()),
                WAIT_MS, "the run is listed");
        Menu menu = openContextMenu(row);
        screenshot("context-menu");
        MenuItem showIn = item(menu, "Show In");
        assertTrue(showIn.isEnabled());
        Menu submenu = openSubmenu(showIn, 'i');
        List<String> offered = Arrays.stream(submenu.getItems()).map(i -> i.getText().replace("&&", "&")).toList();
        screenshot("show-in");
        java.util.Map<String, List<String>> items = java.util.Map.of(
                "bias", List.of("Alignment Matrix (bias)", "Differences (bias)"),
                "probes", List.of("Probes (probes)", "SAE Training (probes)"),
                "meta", List.of("Result Tables (meta)"));
        assertEquals(results.analyses().stream().flatMap(a -> items.get(a).stream()).toList(), offered,
                "per analysis of the run, in run order, its registered viewers");

        choose(submenu, "Probes (probes)", () -> page.getActivePart() instanceof ProbesView);
        ProbesView probes = (ProbesView) page.getActivePart();
        waitUntil(() -> probes.getRun() != null && probes.getRun().folder().equals(results.folder()), WAIT_MS,
                "the Probes view shows the run");
        Table table = probes.getTable().getTable();
        String source = results.probes().get(0).source();
        long expectedRows = results.probes().stream().filter(p -> p.source().equals(source)).count();
        assertEquals(expectedRows, table.getItemCount(), "the probe rows of the first source");
        assertEquals(source, table.getItem(0).getText(0));
        screenshot("probes-view");

        row = waitFor(() -> findByFirstColumn(runs.getViewer().getTree().getItems(), outcome.runId()), WAIT_MS,
                "still listed");
        runs.getViewer().getTree().forceFocus();
        menu = openContextMenu(row);
        submenu = openSubmenu(item(menu, "Show In"), 'i');
        choose(submenu, "Result Tables (meta)", () -> page.getActivePart() instanceof ContributedResultsView);
        ContributedResultsView generic = (ContributedResultsView) page.getActivePart();
        waitUntil(() -> "meta".equals(generic.shownAnalysis()) && generic.shownTable() != null, WAIT_MS,
                "the generic viewer shows the meta analysis");
        List<String[]> csv = csv(outcome.runFolder().resolve("meta-rows.csv"));
        Table shown = generic.getTable().getTable();
        assertEquals(Arrays.asList(csv.get(0)), Arrays.stream(shown.getColumns()).map(c -> c.getText()).toList(),
                "the table's columns are the CSV's header");
        assertEquals(csv.size() - 1, shown.getItemCount());
        assertEquals(csv.get(1)[0], shown.getItem(0).getText(0));
        screenshot("generic-viewer-meta");
    }

    @Test
    void theGenericViewerChartsANumericColumnAndExportsIt(@TempDir Path exports) throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ContributedResultsView view = (ContributedResultsView) page.showView(ContributedResultsView.ID);
        view.showRun(results);
        drain();
        assertEquals(results.analyses(), view.analysisChoices(), "every analysis of the run has a table");
        assertEquals("meta", view.shownAnalysis(), "opened by itself it shows the first analysis without a view");
        view.showAnalysis("bias");
        assertEquals(List.of("rows"), view.tableChoices());

        List<String[]> csv = csv(outcome.runFolder().resolve("bias-rows.csv"));
        String[] header = csv.get(0);
        int label = -1;
        int value = -1;
        for (int c = 0; c < header.length; c++) {
            boolean numeric = numericColumn(csv, c);
            if (numeric && value < 0) {
                value = c;
            } else if (!numeric && label < 0) {
                label = c;
            }
        }
        assertTrue(label >= 0 && value >= 0, "bias rows have a text and a numeric column");
        List<String> joined = new ArrayList<>();
        for (String[] line : csv.subList(1, csv.size())) {
            List<String> text = new ArrayList<>();
            for (int c = 0; c < header.length; c++) {
                if (!numericColumn(csv, c) && !line[c].isEmpty()) {
                    text.add(line[c]);
                }
            }
            joined.add(String.join(" \u00b7 ", text));
        }
        assertTrue(view.showsChart(), "a table with numbers is charted at once");
        assertEquals(joined, Arrays.asList(view.getChart().getAxisSet().getXAxis(0).getCategorySeries()),
                "by default each bar is labelled by its row's non-empty text cells");
        view.chart(ChartKind.BAR, header[value], header[label]);
        drain();
        assertTrue(view.showsChart());
        ISeries<?> series = view.getChart().getSeriesSet().getSeries(ContributedResultsView.SERIES_ID);
        assertEquals(SeriesType.BAR, series.getType());
        double[] expected = new double[csv.size() - 1];
        String[] categories = new String[csv.size() - 1];
        for (int r = 1; r < csv.size(); r++) {
            expected[r - 1] = csv.get(r)[value].isEmpty() ? Double.NaN : Double.parseDouble(csv.get(r)[value]);
            categories[r - 1] = csv.get(r)[label];
        }
        assertArrayEquals(expected, series.getYSeries(), 0.0, "one bar per row, the CSV's values");
        assertArrayEquals(categories, view.getChart().getAxisSet().getXAxis(0).getCategorySeries());
        Range y = view.getChart().getAxisSet().getYAxis(0).getRange();
        double highest = Arrays.stream(expected).filter(Double::isFinite).max().orElse(0);
        double lowest = Arrays.stream(expected).filter(Double::isFinite).min().orElse(0);
        assertTrue(y.lower <= Math.min(0, lowest) && y.upper >= Math.max(0, highest),
                "the value axis holds zero, where every bar starts, and every bar's height: " + y);
        screenshot("generic-viewer-bars");

        Path png = exports.resolve("chart.png");
        view.export(png);
        byte[] magic = Arrays.copyOf(Files.readAllBytes(png), 4);
        assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, magic);
        Path svg = exports.resolve("chart.svg");
        view.export(svg);
        long finite = Arrays.stream(expected).filter(Double::isFinite).count();
        assertEquals(finite, count(Files.readString(svg), "<rect class=\"bar\""), "one bar per defined value");
        Path csvExport = exports.resolve("table.csv");
        view.export(csvExport);
        assertEquals(Files.readString(outcome.runFolder().resolve("bias-rows.csv")), Files.readString(csvExport));

        view.chart(ChartKind.LINE, header[value], header[label]);
        assertEquals(SeriesType.LINE,
                view.getChart().getSeriesSet().getSeries(ContributedResultsView.SERIES_ID).getType());
        screenshot("generic-viewer-line");
        page.hideView(view);
    }

    // ---- helpers

    private static List<String[]> csv(Path file) throws Exception {
        List<String[]> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isEmpty()) {
                assertFalse(line.contains("\""), "the test's simple reader needs unquoted cells: " + line);
                lines.add(line.split(",", -1));
            }
        }
        return lines;
    }

    /** @return whether a column's non-empty cells are all numbers and at least one is (empty columns are text) */
    private static boolean numericColumn(List<String[]> csv, int column) {
        boolean any = false;
        for (String[] line : csv.subList(1, csv.size())) {
            if (!line[column].isEmpty()) {
                any = true;
                if (!isNumber(line[column])) {
                    return false;
                }
            }
        }
        return any;
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    private static MenuItem item(Menu menu, String text) {
        return Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + text));
    }

    /** Opens the tree's context menu on a row, telling the tree's listeners of the selection first. */
    private static Menu openContextMenu(TreeItem row) throws Exception {
        return ContextMenus.open(row.getParent(), row, RowSelection.FIRST_COLUMN_NOTIFIED, "ResultViewersUITest");
    }

    /** Opens a cascade item's submenu with its mnemonic; where the menu takes no posted keys, as a hover would. */
    private Menu openSubmenu(MenuItem cascade, char mnemonic) throws Exception {
        Menu submenu = cascade.getMenu();
        key(mnemonic);
        try {
            waitUntil(() -> submenu.isVisible() && submenu.getItemCount() > 0, 2000, "the submenu opens with its key");
        } catch (AssertionError noKey) {
            System.out.println("ResultViewersUITest: the menu took no key, filling the submenu as showing it does");
            submenu.notifyListeners(SWT.Show, new Event());
            waitUntil(() -> submenu.getItemCount() > 0, 2000, "the submenu has items");
        }
        return submenu;
    }

    /**
     * Chooses a submenu item with the arrow keys (until the item is armed, as the menu reports)
     * and Return; where the menu takes no keys, as a click would.
     */
    private void choose(Menu submenu, String text, java.util.function.BooleanSupplier chosen) throws Exception {
        MenuItem wanted = item(submenu, text);
        MenuItem[] armed = new MenuItem[1];
        for (MenuItem item : submenu.getItems()) {
            item.addListener(SWT.Arm, event -> armed[0] = item);
        }
        if (submenu.isVisible()) {
            for (int i = 0; i <= submenu.getItemCount() && armed[0] != wanted; i++) {
                keyCode(SWT.ARROW_DOWN);
                settle(100);
            }
            if (armed[0] == wanted) {
                keyCode(SWT.CR);
                try {
                    waitUntil(chosen, 2000, text + " chosen with the keys");
                    return;
                } catch (AssertionError noKey) {
                    System.out.println("ResultViewersUITest: Return chose nothing, selecting " + text);
                }
            } else {
                System.out.println("ResultViewersUITest: the arrow keys armed " + armed[0] + ", selecting " + text);
            }
        }
        Menu top = submenu.getParentMenu();
        submenu.setVisible(false);
        if (top != null) {
            top.setVisible(false);
        }
        wanted.notifyListeners(SWT.Selection, new Event());
        waitUntil(chosen, 3000, text + " chosen");
    }

    private void screenshot(String name) throws Exception {
        drain();
        Screenshots.ofShell(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                pictures.resolve(testName + "-" + (++step) + "-" + name + ".png"));
    }
}
