package org.repalign.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.repalign.analysis.results.RunResults;
import org.repalign.ui.charts.HeatmapCanvas;
import org.repalign.ui.charts.HeatmapData;
import org.repalign.ui.charts.HeatmapExport;
import org.repalign.ui.charts.SequentialColorScale;
import org.repalign.ui.internal.AlignmentExport;
import org.repalign.ui.internal.AlignmentMatrices;
import org.repalign.ui.internal.AtomicExportFile;
import org.repalign.ui.internal.AlignmentMatrices.Representation;
import org.repalign.ui.internal.RunResultsView;
import org.repalign.ui.providers.MatrixDataProvider;
import org.repalign.ui.providers.MatrixModel;

/**
 * Sources × sources alignment of the selected run as a heatmap, for a chosen metric and
 * representation (raw and centered from the bias analysis, dense and sparse from the signal
 * analysis), in experiment order, sorted by mean alignment (best aligned first) or clustered
 * (average linkage, so that sources aligned alike sit together). Yellow means "more aligned" for
 * every metric (the colours are reversed for metrics where lower is better), as the title says.
 * The diagonal is empty: a source is never measured against itself. Exports PNG, SVG and CSV.
 */
public class AlignmentMatrixView extends RunResultsView {

    /** The view id. */
    public static final String ID = "org.repalign.ui.views.alignmentMatrix";

    /** The orders the sources can be shown in. */
    public enum Order {
        /** as listed in the experiment */
        EXPERIMENT("experiment order"),
        /** best mean alignment first */
        MEAN("by mean alignment"),
        /** the leaf order of average-linkage clustering */
        CLUSTERED("clustered (average linkage)");

        private final String label;

        Order(String label) {
            this.label = label;
        }

        /** @return the text shown in the order list */
        public String label() {
            return label;
        }
    }

    /** What the cells show. */
    public enum Score {
        /** the metric's value */
        VALUE("value"),
        /** the value calibrated against its permutation null */
        CALIBRATED("calibrated");

        private final String label;

        Score(String label) {
            this.label = label;
        }

        /** @return the text shown in the score list */
        public String label() {
            return label;
        }
    }

    /** Export size of the heatmap when the widget is not laid out. */
    private static final Point EXPORT_SIZE = new Point(640, 520);

    private Combo metricCombo;
    private Combo representationCombo;
    private Combo orderCombo;
    private Combo scoreCombo;
    private HeatmapCanvas heatmap;
    private final MatrixDataProvider matrices = provider("bias", MatrixDataProvider.class, MatrixDataProvider::new);
    private List<String> representations = List.of();

    @Override
    protected void createContents(Composite parent) {
        parent.setLayout(new GridLayout(8, false));
        new Label(parent, SWT.NONE).setText("Metric:");
        metricCombo = new Combo(parent, SWT.READ_ONLY);
        new Label(parent, SWT.NONE).setText("Representation:");
        representationCombo = new Combo(parent, SWT.READ_ONLY);
        new Label(parent, SWT.NONE).setText("Order:");
        orderCombo = new Combo(parent, SWT.READ_ONLY);
        orderCombo.setItems(java.util.Arrays.stream(Order.values()).map(Order::label).toArray(String[]::new));
        orderCombo.select(0);
        new Label(parent, SWT.NONE).setText("Score:");
        scoreCombo = new Combo(parent, SWT.READ_ONLY);
        scoreCombo.setItems(java.util.Arrays.stream(Score.values()).map(Score::label).toArray(String[]::new));
        scoreCombo.select(0);
        heatmap = new HeatmapCanvas(parent, SWT.NONE);
        heatmap.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 8, 1));
        scoreCombo.addListener(SWT.Selection, e -> redrawMatrix());
        metricCombo.addListener(SWT.Selection, e -> redrawMatrix());
        representationCombo.addListener(SWT.Selection, e -> redrawMatrix());
        orderCombo.addListener(SWT.Selection, e -> redrawMatrix());
    }

    @Override
    protected void update(RunResults run) {
        String metric = metricCombo.getText();
        String representation = representationCombo.getText();
        if (run == null) {
            metricCombo.setItems();
            representationCombo.setItems();
            representations = List.of();
        } else {
            metricCombo.setItems(run.metrics().toArray(String[]::new));
            representations = matrices.representations(run);
            representationCombo.setItems(representations.toArray(String[]::new));
            selectOrFirst(metricCombo, metric);
            selectOrFirst(representationCombo, representation.isEmpty() && representations.contains("centered")
                    ? "centered" : representation);
        }
        boolean nulls = run != null && !run.nulls().isEmpty();
        scoreCombo.setEnabled(nulls);
        scoreCombo.setToolTipText(nulls ? "The calibrated score (value − null mean)/(ideal − null mean) of the"
                + " run's permutation nulls"
                : "This run has no permutation nulls: add the Permutation nulls analysis to the experiment");
        if (!nulls) {
            scoreCombo.select(0);
        }
        metricCombo.getParent().layout(true, true);
        redrawMatrix();
    }

    private static void selectOrFirst(Combo combo, String text) {
        int index = combo.indexOf(text);
        combo.select(index >= 0 ? index : 0);
    }

    private void redrawMatrix() {
        RunResults run = getRun();
        if (run == null) {
            heatmap.setEmptyMessage("Select a run in the Runs view.");
            heatmap.setData(null);
            return;
        }
        if (representations.isEmpty() || metricCombo.getSelectionIndex() < 0) {
            heatmap.setEmptyMessage("This run has no bias or signal analysis.");
            heatmap.setData(null);
            return;
        }
        String metric = metricCombo.getText();
        String representation = representations.get(Math.max(0, representationCombo.getSelectionIndex()));
        Order chosen = Order.values()[Math.max(0, orderCombo.getSelectionIndex())];
        MatrixDataProvider.Order order = MatrixDataProvider.Order.valueOf(chosen.name());
        if (Score.values()[Math.max(0, scoreCombo.getSelectionIndex())] == Score.CALIBRATED) {
            if (!matrices.hasCalibrated(run, metric, representation)) {
                heatmap.setEmptyMessage("This run has no permutation nulls of " + metric + " on " + representation
                        + ".");
                heatmap.setData(null);
                return;
            }
            MatrixModel matrix = matrices.calibrated(run, metric, representation, order);
            heatmap.setData(calibratedData(metric, representation, matrix.labels(), matrix.values(),
                    matrix.notes()));
            return;
        }
        MatrixModel matrix = matrices.values(run, metric, representation, order);
        heatmap.setData(matrixData(metric, representation, run.direction(metric), matrix.labels(), matrix.values(),
                matrix.notes()));
    }

    /**
     * The map of one metric's calibrated scores: 0 is what shuffled rows give, 1 the metric's
     * perfect value, for similarities and distances alike, so yellow (the highest) is always the
     * most aligned.
     *
     * @param metric         the metric key
     * @param representation the representation's id
     * @param labels         the sources, in the order of the values
     * @param values         the symmetric matrix of calibrated scores
     * @param notes          per cell a hover note (the value against its null), or {@code null}
     * @return what the heatmap shows
     */
    public static HeatmapData calibratedData(String metric, String representation, List<String> labels,
            double[][] values, String[][] notes) {
        String quantity = metric + " (" + representation + "), calibrated";
        String title = quantity + ": (value − null mean)/(ideal − null mean)\nyellow = more aligned;"
                + " 0 = shuffled rows, 1 = perfect";
        return new HeatmapData(title, labels, labels, values, SequentialColorScale.spanning(values), quantity, notes,
                "0 = chance, 1 = perfect");
    }

    /**
     * The map of one metric's values. The colours run the same way for every metric: yellow is
     * the most aligned end, the highest value of a similarity and the lowest of a distance (the
     * scale is reversed for metrics where lower is better); the title, the legend (best end on
     * top), the hover text and the CSV say which way the metric goes.
     *
     * @param metric         the metric key
     * @param representation the representation's id
     * @param direction      which way the metric's values are better
     * @param labels         the sources, in the order of the values
     * @param values         the symmetric matrix
     * @return what the heatmap shows
     */
    public static HeatmapData matrixData(String metric, String representation, org.repalign.compute.metrics.Direction direction,
            List<String> labels, double[][] values) {
        return matrixData(metric, representation, direction, labels, values, null);
    }

    /**
     * The map of one metric's values with a hover note per cell (the value's 95% interval).
     *
     * @param metric         the metric key
     * @param representation the representation's id
     * @param direction      which way the metric's values are better
     * @param labels         the sources, in the order of the values
     * @param values         the symmetric matrix
     * @param notes          per cell a hover note, or {@code null}
     * @return what the heatmap shows
     */
    public static HeatmapData matrixData(String metric, String representation,
            org.repalign.compute.metrics.Direction direction, List<String> labels, double[][] values,
            String[][] notes) {
        boolean lower = direction == org.repalign.compute.metrics.Direction.LOWER_IS_BETTER;
        String quantity = metric + " (" + representation + ")";
        String better = lower ? "lower is better" : "higher is better";
        String title = quantity + ", " + better + "\nyellow = more aligned (the " + (lower ? "lowest" : "highest")
                + " values)";
        return new HeatmapData(title, labels, labels, values,
                SequentialColorScale.spanning(values).betterIsYellow(lower), quantity, notes, better);
    }

    /**
     * Chooses what the map shows.
     *
     * @param metric         a metric key of the run
     * @param representation one of {@code raw}, {@code centered}, {@code dense}, {@code sparse}
     * @param byMean         sorted by mean alignment instead of experiment order
     * @throws IllegalArgumentException when the run lacks the metric or representation
     */
    public void select(String metric, String representation, boolean byMean) {
        select(metric, representation, byMean ? Order.MEAN : Order.EXPERIMENT);
    }

    /**
     * Chooses what the map shows.
     *
     * @param metric         a metric key of the run
     * @param representation one of {@code raw}, {@code centered}, {@code dense}, {@code sparse}
     * @param order          the order of the sources
     * @throws IllegalArgumentException when the run lacks the metric or representation
     */
    public void select(String metric, String representation, Order order) {
        select(metric, representation, order, Score.VALUE);
    }

    /**
     * Chooses what the map shows.
     *
     * @param metric         a metric key of the run
     * @param representation one of {@code raw}, {@code centered}, {@code dense}, {@code sparse}
     * @param order          the order of the sources
     * @param score          the value or its calibrated score
     * @throws IllegalArgumentException when the run lacks the metric or representation, or the
     *                                  calibrated score is asked of a run without nulls
     */
    public void select(String metric, String representation, Order order, Score score) {
        if (score == Score.CALIBRATED && !scoreCombo.isEnabled()) {
            throw new IllegalArgumentException("the run has no permutation nulls");
        }
        scoreCombo.select(score.ordinal());
        int m = metricCombo.indexOf(metric);
        int r = representationCombo.indexOf(representation);
        if (m < 0 || r < 0) {
            throw new IllegalArgumentException("the run has no " + metric + " on " + representation);
        }
        metricCombo.select(m);
        representationCombo.select(r);
        orderCombo.select(order.ordinal());
        redrawMatrix();
    }

    /** @return the list choosing the value or its calibrated score */
    public Combo getScoreCombo() {
        return scoreCombo;
    }

    /** @return the heatmap widget */
    public HeatmapCanvas getHeatmap() {
        return heatmap;
    }


    @Override
    public void export(Path file) throws IOException {
        HeatmapData data = heatmap.getHeatmapData();
        if (data == null) {
            throw new IOException(file.getFileName() + ": nothing to export, no run is shown");
        }
        Point panel = HeatmapExport.panelSize(heatmap.getSize(), EXPORT_SIZE);
        switch (extension(file)) {
            case "png" -> HeatmapExport.writePng(file, List.of(data), panel.x, panel.y);
            case "svg" -> HeatmapExport.writeSvg(file, List.of(data), panel.x, panel.y);
            case "csv" -> AtomicExportFile.writeText(file, AlignmentExport.csv(AlignmentExport.matrix(getRun(),
                    metricCombo.getText(), representations.get(Math.max(0, representationCombo.getSelectionIndex())))));
            default -> throw unsupported(file);
        }
    }

    @Override
    public void setFocus() {
        heatmap.setFocus();
    }
}
