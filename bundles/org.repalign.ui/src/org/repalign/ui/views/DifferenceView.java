package org.repalign.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.repalign.analysis.results.RunResults;
import org.repalign.ui.charts.DivergingColorScale;
import org.repalign.ui.charts.HeatmapCanvas;
import org.repalign.ui.charts.HeatmapData;
import org.repalign.ui.charts.HeatmapExport;
import org.repalign.analysis.results.rows.AlignmentValue;
import org.repalign.ui.internal.AlignmentExport;
import org.repalign.ui.internal.AlignmentMatrices;
import org.repalign.ui.internal.AtomicExportFile;
import org.repalign.ui.internal.Combos;
import org.repalign.ui.internal.RunResultsView;
import org.repalign.ui.providers.MatrixDataProvider;
import org.repalign.ui.providers.MatrixModel;

/**
 * What the second representation changes, per pair: sparse against dense (signal analysis) and
 * centered against raw (bias analysis), side by side, for a chosen metric. One rule for both
 * panels: each shows the <em>gain</em> of the second representation, the report's
 * {@code delta}, so red (positive) always means the second representation aligns better. The
 * title names the subtraction that gain is: Sparse − Dense for a metric where higher is better,
 * Dense − Sparse where lower is better (likewise Centered − Raw or Raw − Centered), with the
 * metric's direction; the hover text gives both values and the CSV a direction column. The
 * diverging scale is centred on zero. Exports PNG, SVG and CSV.
 */
public class DifferenceView extends RunResultsView {

    /** The view id. */
    public static final String ID = "org.repalign.ui.views.difference";

    private static final MatrixDataProvider MATRICES = provider("signal", MatrixDataProvider.class,
            MatrixDataProvider::new);

    private static final Point EXPORT_SIZE = new Point(560, 480);

    private Combo metricCombo;
    private HeatmapCanvas sparseMinusDense;
    private HeatmapCanvas centeredMinusRaw;

    @Override
    protected void createContents(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        new Label(parent, SWT.NONE).setText("Metric:");
        metricCombo = new Combo(parent, SWT.READ_ONLY);
        SashForm panels = new SashForm(parent, SWT.HORIZONTAL);
        panels.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        sparseMinusDense = new HeatmapCanvas(panels, SWT.NONE);
        centeredMinusRaw = new HeatmapCanvas(panels, SWT.NONE);
        metricCombo.addListener(SWT.Selection, e -> redrawMaps());
    }

    @Override
    protected void update(RunResults run) {
        Combos.refill(metricCombo, run == null ? List.of() : run.metrics());
        redrawMaps();
    }

    private void redrawMaps() {
        RunResults run = getRun();
        String metric = metricCombo.getText();
        show(sparseMinusDense, run, metric, true);
        show(centeredMinusRaw, run, metric, false);
    }

    private static void show(HeatmapCanvas canvas, RunResults run, String metric, boolean signal) {
        boolean ran = MATRICES.ran(run, signal);
        if (!ran || metric.isEmpty()) {
            canvas.setEmptyMessage(run == null ? "Select a run in the Runs view."
                    : (signal ? "Sparse against dense" : "Centered against raw") + ": no "
                            + (signal ? "signal" : "bias") + " analysis in this run.");
            canvas.setData(null);
            return;
        }
        canvas.setData(gainData(run, metric, signal));
    }

    /**
     * The gain of the second representation for one metric, titled by the subtraction it is.
     *
     * @param run    a run
     * @param metric a metric key of the run
     * @param signal {@code true} for sparse against dense, {@code false} for centered against raw
     * @return what the panel shows
     */
    public static HeatmapData gainData(RunResults run, String metric, boolean signal) {
        String first = signal ? "dense" : "raw";
        String second = signal ? "sparse" : "centered";
        boolean lower = run.direction(metric) == org.repalign.compute.metrics.Direction.LOWER_IS_BETTER;
        String difference = lower ? capital(first) + " \u2212 " + capital(second)
                : capital(second) + " \u2212 " + capital(first);
        String better = lower ? "lower is better" : "higher is better";
        MatrixModel deltas = MATRICES.deltas(run, metric, signal);
        boolean[][] holdsZero = AlignmentMatrices.intervalHoldsZero(run, metric, signal);
        boolean anyInterval = (signal ? run.signal() : run.bias()).stream()
                .anyMatch(c -> c.metric().equals(metric) && !Double.isNaN(c.deltaLower()));
        String title = "Gain of " + second + " over " + first + ": " + difference + "\n" + metric + ", " + better
                + "; red = " + second + " aligns better"
                + (anyInterval ? "\nhatched = the difference's 95% interval contains 0" : "");
        HeatmapData data = new HeatmapData(title, deltas.labels(), deltas.labels(), deltas.values(),
                DivergingColorScale.spanning(deltas.values()), difference + ", " + metric, deltas.notes(),
                "positive: " + second + " aligns better (" + metric + " " + better + ")");
        return anyInterval ? data.withHatched(holdsZero) : data;
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /**
     * @param metric a metric key of the run
     * @throws IllegalArgumentException when the run lacks the metric
     */
    public void selectMetric(String metric) {
        int index = metricCombo.indexOf(metric);
        if (index < 0) {
            throw new IllegalArgumentException("the run has no metric " + metric);
        }
        metricCombo.select(index);
        redrawMaps();
    }

    /** @return the Sparse − Dense heatmap */
    public HeatmapCanvas getSparseMinusDense() {
        return sparseMinusDense;
    }

    /** @return the Centered − Raw heatmap */
    public HeatmapCanvas getCenteredMinusRaw() {
        return centeredMinusRaw;
    }


    @Override
    public void export(Path file) throws IOException {
        List<HeatmapData> panels = new ArrayList<>();
        for (HeatmapCanvas canvas : List.of(sparseMinusDense, centeredMinusRaw)) {
            if (canvas.getHeatmapData() != null) {
                panels.add(canvas.getHeatmapData());
            }
        }
        if (panels.isEmpty()) {
            throw new IOException(file.getFileName() + ": nothing to export, no differences are shown");
        }
        Point panel = HeatmapExport.panelSize(sparseMinusDense.getSize(), EXPORT_SIZE);
        switch (extension(file)) {
            case "png" -> HeatmapExport.writePng(file, panels, panel.x, panel.y);
            case "svg" -> HeatmapExport.writeSvg(file, panels, panel.x, panel.y);
            case "csv" -> {
                List<AlignmentValue> values = new ArrayList<>();
                values.addAll(AlignmentExport.differences(getRun(), metricCombo.getText(), true));
                values.addAll(AlignmentExport.differences(getRun(), metricCombo.getText(), false));
                AtomicExportFile.writeText(file, AlignmentExport.csv(values));
            }
            default -> throw unsupported(file);
        }
    }

    @Override
    public void setFocus() {
        metricCombo.setFocus();
    }
}
