package org.repalign.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.repalign.analysis.results.ResultsCsv;
import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.results.rows.LayerBest;
import org.repalign.analysis.results.rows.LayerGridCell;
import org.repalign.compute.metrics.Direction;
import org.repalign.ui.charts.HeatmapCanvas;
import org.repalign.ui.charts.HeatmapData;
import org.repalign.ui.charts.HeatmapExport;
import org.repalign.ui.charts.SequentialColorScale;
import org.repalign.ui.internal.AtomicExportFile;
import org.repalign.ui.internal.Combos;
import org.repalign.ui.internal.RunResultsView;
import org.repalign.ui.providers.LayerGridModel;
import org.repalign.ui.providers.LayersDataProvider;
import org.repalign.ui.providers.LayersDataProvider.LayerTables;
import org.repalign.ui.providers.MatrixModel;

/**
 * The layers analysis of the selected run: for a chosen metric and source pair, the layer ×
 * layer heatmap (the layers of the first source as rows, of the second as columns) with the best
 * layer pair outlined, each cell's value ± sd on hover, and under it the best value and, when
 * the analysis ran permutations, the null distribution of the maximum over the whole grid (its
 * mean ± sd and the p-value); beside it the sources × sources matrix of best-layer alignment,
 * whose cells name their best layer pair on hover and choose the pair when clicked. Exports both
 * maps as PNG or SVG and the pair's grid as CSV (the columns of {@code layers-grid.csv}).
 */
public class LayersView extends RunResultsView {

    /** The view id. */
    public static final String ID = "org.repalign.ui.views.layers";

    /** Shown when the run has no layers analysis. */
    public static final String NO_LAYERS = "This run has no layers analysis.\nAdd the layers analysis to the experiment"
            + " (Analyses page) and run it again.";

    /** Export size of one map when the widgets are not laid out. */
    private static final Point EXPORT_SIZE = new Point(560, 480);

    private final LayersDataProvider layers = provider(LayersDataProvider.ANALYSIS, LayersDataProvider.class,
            LayersDataProvider::new);
    private Combo metricCombo;
    private Combo pairCombo;
    private HeatmapCanvas layerMap;
    private HeatmapCanvas sourcesMap;
    private Label summary;
    private LayerTables tables = LayerTables.NONE;
    private String problem;
    private List<LayerBest> pairs = List.of();

    @Override
    protected void createContents(Composite parent) {
        parent.setLayout(new GridLayout(4, false));
        new Label(parent, SWT.NONE).setText("Metric:");
        metricCombo = new Combo(parent, SWT.READ_ONLY);
        new Label(parent, SWT.NONE).setText("Pair:");
        pairCombo = new Combo(parent, SWT.READ_ONLY);
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        Composite left = new Composite(sash, SWT.NONE);
        GridLayout leftLayout = new GridLayout(1, false);
        leftLayout.marginWidth = 0;
        leftLayout.marginHeight = 0;
        left.setLayout(leftLayout);
        layerMap = new HeatmapCanvas(left, SWT.NONE);
        layerMap.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        summary = new Label(left, SWT.WRAP);
        GridData summaryData = new GridData(SWT.FILL, SWT.TOP, true, false);
        summaryData.widthHint = 200;
        summary.setLayoutData(summaryData);
        sourcesMap = new HeatmapCanvas(sash, SWT.NONE);
        sash.setWeights(3, 2);
        metricCombo.addListener(SWT.Selection, e -> redrawMetric());
        pairCombo.addListener(SWT.Selection, e -> redrawPair());
        sourcesMap.addListener(SWT.MouseDown, e -> {
            if (e.button == 1) {
                int[] cell = sourcesMap.cellAt(e.x, e.y);
                if (cell == null) {
                    // presses synthesized on GTK (input automation, accessibility tools) carry no
                    // root coordinates: the cell is the one under the pointer
                    Point pointer = sourcesMap.toControl(sourcesMap.getDisplay().getCursorLocation());
                    cell = sourcesMap.cellAt(pointer.x, pointer.y);
                }
                if (cell != null) {
                    choosePairOf(cell[0], cell[1]);
                }
            }
        });
    }

    @Override
    protected void update(RunResults run) {
        tables = LayerTables.NONE;
        problem = null;
        try {
            tables = layers.read(run);
        } catch (IOException e) {
            problem = e.getMessage();
        }
        Combos.refill(metricCombo, layers.metrics(tables));
        redrawMetric();
    }

    private void redrawMetric() {
        String metric = metricCombo.getText();
        pairs = metric.isEmpty() ? List.of() : layers.pairs(tables, metric);
        Combos.refill(pairCombo, pairs.stream().map(p -> LayersDataProvider.pairLabel(p.a(), p.b())).toList());
        if (pairs.isEmpty()) {
            // the layer map says why
            sourcesMap.setEmptyMessage("");
            sourcesMap.setData(null);
        } else {
            MatrixModel matrix = layers.bestMatrix(getRun(), tables, metric);
            Direction direction = direction(pairs.get(0));
            String title = "Best-layer " + metric + " per pair, " + better(direction)
                    + "\nclick a pair to show its layer grid (outlined)";
            sourcesMap.setData(new HeatmapData(title, matrix.labels(), matrix.labels(), matrix.values(),
                    scale(matrix.values(), direction), metric + " (best layers)", matrix.notes(), better(direction)));
        }
        redrawPair();
    }

    private void redrawPair() {
        int index = pairCombo.getSelectionIndex();
        if (index < 0 || index >= pairs.size()) {
            layerMap.setEmptyMessage(emptyMessage());
            layerMap.setData(null);
            setSummary("");
            return;
        }
        LayerBest pair = pairs.get(index);
        LayerGridModel grid = layers.grid(tables, pair);
        Direction direction = direction(pair);
        String title = pair.metric() + ": layers of " + pair.a() + " (rows) \u00d7 " + pair.b() + " (columns), "
                + better(direction) + "\nyellow = more aligned; outlined: the best layer pair";
        layerMap.setData(new HeatmapData(title, grid.rowLabels(), grid.columnLabels(), grid.values(),
                scale(grid.values(), direction), pair.metric(), null, better(direction))
                .withSpreads(grid.sds()).withMarked(grid.bestRow(), grid.bestColumn()));
        setSummary(summaryOf(pair));
        HeatmapData sources = sourcesMap.getHeatmapData();
        if (sources != null) {
            int row = sources.rowLabels().indexOf(pair.a());
            int column = sources.columnLabels().indexOf(pair.b());
            if (row >= 0 && column >= 0) {
                sourcesMap.setData(sources.withMarked(row, column));
            }
        }
    }

    private String emptyMessage() {
        return getRun() == null ? "Select a run in the Runs view." : problem != null ? problem : NO_LAYERS;
    }

    private static Direction direction(LayerBest pair) {
        return "lower_is_better".equals(pair.direction()) ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
    }

    private void setSummary(String text) {
        summary.setText(text);
        summary.getParent().layout(true, true);
    }

    private static String better(Direction direction) {
        return direction == Direction.LOWER_IS_BETTER ? "lower is better" : "higher is better";
    }

    private static SequentialColorScale scale(double[][] values, Direction direction) {
        return SequentialColorScale.spanning(values).betterIsYellow(direction == Direction.LOWER_IS_BETTER);
    }

    /**
     * @param pair a pair's best layer pair
     * @return the text under the layer map: the best cell with its value, and the null of the
     *         maximum over the grid with its p-value, or that no permutations were run
     */
    public static String summaryOf(LayerBest pair) {
        String extreme = direction(pair) == Direction.LOWER_IS_BETTER ? "minimum" : "maximum";
        String best = String.format(Locale.ROOT, "Best layer pair: %s %s \u00d7 %s %s = %.4f \u00b1 %.4f (the %s over %d \u00d7 %d layer pairs).",
                pair.a(), pair.bestLayerAName(), pair.b(), pair.bestLayerBName(), pair.value(), pair.sd(), extreme,
                pair.layersA(), pair.layersB());
        if (pair.permutations() <= 0 || Double.isNaN(pair.nullMaxMean())) {
            return best + "\nNo permutation null of the " + extreme
                    + ": run the layers analysis with permutations to see how much the " + extreme
                    + " over layers inflates the score.";
        }
        return best + String.format(Locale.ROOT,
                "\nNull of the %s over the grid (%d permutations): %.4f \u00b1 %.4f, p = %.4g.", extreme,
                pair.permutations(), pair.nullMaxMean(), pair.nullMaxSd(), pair.p());
    }

    private void choosePairOf(int row, int column) {
        HeatmapData data = sourcesMap.getHeatmapData();
        if (data == null || Double.isNaN(data.value(row, column))) {
            return;
        }
        String first = data.rowLabels().get(row);
        String second = data.columnLabels().get(column);
        for (int i = 0; i < pairs.size(); i++) {
            LayerBest pair = pairs.get(i);
            if (pair.a().equals(first) && pair.b().equals(second) || pair.a().equals(second) && pair.b().equals(first)) {
                pairCombo.select(i);
                redrawPair();
                return;
            }
        }
    }

    /**
     * @param metric a metric of the run's layers analysis
     * @throws IllegalArgumentException when the run has no layer sweep of the metric
     */
    public void selectMetric(String metric) {
        int index = metricCombo.indexOf(metric);
        if (index < 0) {
            throw new IllegalArgumentException("the run has no layer sweep of " + metric);
        }
        metricCombo.select(index);
        redrawMetric();
    }

    /**
     * Shows the layer grid of a pair.
     *
     * @param a first source
     * @param b second source
     * @throws IllegalArgumentException when the metric shown has no layer sweep of the pair
     */
    public void selectPair(String a, String b) {
        int index = pairCombo.indexOf(LayersDataProvider.pairLabel(a, b));
        if (index < 0) {
            throw new IllegalArgumentException("the run has no layer sweep of " + a + " and " + b);
        }
        pairCombo.select(index);
        redrawPair();
    }

    /** @return the pair whose layer grid is shown, or null */
    public LayerBest shownPair() {
        int index = pairCombo.getSelectionIndex();
        return index < 0 || index >= pairs.size() ? null : pairs.get(index);
    }

    /** @return the layer × layer heatmap of the chosen pair */
    public HeatmapCanvas getLayerHeatmap() {
        return layerMap;
    }

    /** @return the sources × sources heatmap of best-layer alignment */
    public HeatmapCanvas getSourcesHeatmap() {
        return sourcesMap;
    }

    /** @return the label under the layer heatmap: the best value and the null of the maximum */
    public Label getSummary() {
        return summary;
    }

    /** @return the metric list */
    public Combo getMetricCombo() {
        return metricCombo;
    }

    /** @return the pair list */
    public Combo getPairCombo() {
        return pairCombo;
    }

    @Override
    public void export(Path file) throws IOException {
        HeatmapData grid = layerMap.getHeatmapData();
        HeatmapData best = sourcesMap.getHeatmapData();
        LayerBest pair = shownPair();
        if (grid == null || best == null || pair == null) {
            throw new IOException(file.getFileName() + ": nothing to export, no layer sweep is shown");
        }
        Point panel = HeatmapExport.panelSize(layerMap.getSize(), EXPORT_SIZE);
        switch (extension(file)) {
            case "png" -> HeatmapExport.writePng(file, List.of(grid, best), panel.x, panel.y);
            case "svg" -> HeatmapExport.writeSvg(file, List.of(grid, best), panel.x, panel.y);
            case "csv" -> AtomicExportFile.writeText(file, ResultsCsv.write(LayerGridCell.TABLE,
                    layers.cells(tables, pair)));
            default -> throw unsupported(file);
        }
    }

    @Override
    public void setFocus() {
        layerMap.setFocus();
    }
}
