package org.repalign.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.Range;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.results.rows.SaeCurvePoint;
import org.repalign.compute.sae.SaeTrainingProgress;
import org.repalign.ui.RunMonitor;
import org.repalign.ui.RunMonitor.LiveRun;
import org.repalign.ui.charts.ChartSvg;
import org.repalign.ui.internal.AtomicExportFile;
import org.repalign.ui.internal.ChartImages;
import org.repalign.ui.internal.Combos;
import org.repalign.ui.internal.RunResultsView;

/**
 * The training curve of a source's sparse autoencoder (FVU, L0, loss or dead fraction against
 * the step), read from the run folder's {@code sae/<source>/curves.csv}; SAEs loaded from a
 * folder have no curve. From the start of an experiment run in the workbench until its end, the
 * view shows the points the {@link RunMonitor} publishes and follows the source being trained
 * (until the user picks a source); selecting a run in the Runs view, or the end of the live run,
 * shows stored curves again. The axes are drawn with their titles also when there is no curve.
 * Exports PNG, SVG and CSV.
 */
public class SaeCurveView extends RunResultsView {

    /** The view id. */
    public static final String ID = "org.repalign.ui.views.saeCurve";

    /** Id of the curve series. */
    public static final String CURVE_SERIES = "curve";

    /** The quantities that can be drawn, in combo order. */
    public static final List<String> QUANTITIES = List.of("fvu", "l0", "loss", "dead_fraction");

    private static final List<ToDoubleFunction<SaeCurvePoint>> VALUES = List.of(SaeCurvePoint::fvu,
            SaeCurvePoint::l0, SaeCurvePoint::loss, SaeCurvePoint::deadFraction);

    private Combo sourceCombo;
    private Combo quantityCombo;
    private Chart chart;
    private List<SaeCurvePoint> curve = List.of();
    private final RunMonitor.Viewer liveViewer = this::liveRunChanged;
    private LiveRun live;
    private boolean followTraining = true;

    private static GridData shrinking() {
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 40;
        return data;
    }

    @Override
    protected void createContents(Composite parent) {
        parent.setLayout(new GridLayout(4, false));
        new Label(parent, SWT.NONE).setText("Source:");
        sourceCombo = new Combo(parent, SWT.READ_ONLY);
        new Label(parent, SWT.NONE).setText("Quantity:");
        quantityCombo = new Combo(parent, SWT.READ_ONLY);
        quantityCombo.setItems(QUANTITIES.toArray(String[]::new));
        quantityCombo.select(0);
        // combos and chart take the width the view has, not their preferred one: in a narrow view
        // the combos shrink instead of pushing the chart past the view's edge
        sourceCombo.setLayoutData(shrinking());
        quantityCombo.setLayoutData(shrinking());
        chart = new Chart(parent, SWT.NONE);
        GridData chartData = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1);
        chartData.widthHint = 0;
        chart.setLayoutData(chartData);
        chart.getAxisSet().getXAxis(0).getTitle().setText("training step");
        chart.getAxisSet().getYAxis(0).getTitle().setText(QUANTITIES.get(0));
        chart.getLegend().setVisible(false);
        sourceCombo.addListener(SWT.Selection, e -> {
            // a source picked by hand stays shown while the run trains others
            followTraining = live == null;
            redraw();
        });
        quantityCombo.addListener(SWT.Selection, e -> redraw());
        RunMonitor.getDefault().addViewer(liveViewer);
        // opened during a run: follow it once the selected run has been shown
        chart.getDisplay().asyncExec(() -> {
            LiveRun current = RunMonitor.getDefault().current();
            if (!chart.isDisposed() && live == null && current != null) {
                liveRunChanged(current);
            }
        });
    }

    private void liveRunChanged(LiveRun run) {
        if (chart.isDisposed()) {
            return;
        }
        if (run.isLive()) {
            if (live != run) {
                followTraining = true;
            }
            boolean newSources = live != run || sourceCombo.getItemCount() != run.sources().size();
            live = run;
            if (newSources) {
                fillSources(run.sources());
            }
            String training = run.trainingSource();
            if (followTraining && training != null && sourceCombo.indexOf(training) >= 0
                    && !training.equals(sourceCombo.getText())) {
                sourceCombo.select(sourceCombo.indexOf(training));
            }
            redraw();
        } else if (live == run) {
            live = null;
            update(getRun());
        }
    }

    /** @return the live run shown, or {@code null} when the view shows a stored run */
    public LiveRun getLiveRun() {
        return live;
    }

    @Override
    protected void update(RunResults run) {
        if (live != null && !live.isLive()) {
            live = null;
        }
        if (live != null && run != null) {
            // a run selected in the Runs view replaces the live display
            live = null;
        }
        fillSources(live != null ? live.sources() : run == null ? List.of()
                : run.saeSources().stream().map(org.repalign.analysis.results.rows.SaeSourceSummary::source).toList());
        redraw();
    }

    private void fillSources(List<String> sources) {
        Combos.refill(sourceCombo, sources);
    }

    private void redraw() {
        Combos.deleteSeries(chart, CURVE_SERIES);
        RunResults run = getRun();
        curve = List.of();
        String source = sourceCombo.getText();
        String quantity = QUANTITIES.get(Math.max(0, quantityCombo.getSelectionIndex()));
        chart.getAxisSet().getYAxis(0).getTitle().setText(quantity);
        if (live != null) {
            setContentDescription("Live: " + live.experimentName());
            List<SaeTrainingProgress> points = live.points(source);
            curve = points.stream().map(SaeCurveView::point).toList();
            if (source.isEmpty() || curve.isEmpty()) {
                chart.getTitle().setText(live.experimentName() + " is running: no SAE training points yet\u2026");
                emptyAxes();
                chart.redraw();
                return;
            }
            SaeTrainingProgress last = points.get(points.size() - 1);
            drawCurve(source + ": SAE training, " + quantity + " (live, step " + last.step() + " of "
                    + last.totalSteps() + ")", quantity);
            return;
        }
        setContentDescription(run == null ? "" : run.experiment() + " \u00b7 " + run.runId());
        if (run == null || source.isEmpty()) {
            chart.getTitle().setText(run == null ? "Select a run in the Runs view." : "No SAE in this run.");
            emptyAxes();
            chart.redraw();
            return;
        }
        try {
            curve = run.saeCurve(source);
        } catch (IOException e) {
            chart.getTitle().setText(e.getMessage());
            emptyAxes();
            chart.redraw();
            return;
        }
        if (curve.isEmpty()) {
            chart.getTitle().setText(source + ": the SAE was loaded, not trained in this run; no curve.");
            emptyAxes();
            chart.redraw();
            return;
        }
        drawCurve(source + ": SAE training, " + quantity, quantity);
    }

    /** Axes from 0 to 1 while there is no curve, so an empty chart does not keep the last curve's scale. */
    private void emptyAxes() {
        chart.getAxisSet().getXAxis(0).setRange(new Range(0, 1));
        chart.getAxisSet().getYAxis(0).setRange(new Range(0, 1));
    }

    private static SaeCurvePoint point(SaeTrainingProgress p) {
        return new SaeCurvePoint(p.step(), p.loss(), p.fvu(), p.l0(), p.deadFraction(), p.rowsPerSecond());
    }

    private void drawCurve(String title, String quantity) {
        ToDoubleFunction<SaeCurvePoint> value = VALUES.get(QUANTITIES.indexOf(quantity));
        ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, CURVE_SERIES);
        series.setXSeries(curve.stream().mapToDouble(p -> p.step()).toArray());
        series.setYSeries(curve.stream().mapToDouble(value).toArray());
        series.setSymbolType(PlotSymbolType.NONE);
        series.setLineColor(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
        chart.getAxisSet().getYAxis(0).getTitle().setText(quantity);
        chart.getTitle().setText(title);
        chart.getAxisSet().adjustRange();
        chart.redraw();
    }

    /**
     * @param source   a source with an SAE in the run
     * @param quantity one of {@link #QUANTITIES}
     * @throws IllegalArgumentException when the run has no SAE of the source or the quantity is unknown
     */
    public void select(String source, String quantity) {
        int s = sourceCombo.indexOf(source);
        int q = QUANTITIES.indexOf(quantity);
        if (s < 0 || q < 0) {
            throw new IllegalArgumentException("no " + quantity + " curve of " + source);
        }
        sourceCombo.select(s);
        quantityCombo.select(q);
        followTraining = live == null;
        redraw();
    }

    /** @return the combo of sources */
    public Combo getSourceCombo() {
        return sourceCombo;
    }

    /** @return the chart */
    public Chart getChart() {
        return chart;
    }


    @Override
    public void export(Path file) throws IOException {
        if (curve.isEmpty()) {
            throw new IOException(file.getFileName() + ": nothing to export, no curve is shown");
        }
        switch (extension(file)) {
            case "png" -> ChartImages.writePng(chart, file);
            case "svg" -> ChartSvg.write(file, chart);
            case "csv" -> AtomicExportFile.writeText(file, SaeCurvePoint.csv(curve));
            default -> throw unsupported(file);
        }
    }

    @Override
    public void setFocus() {
        chart.setFocus();
    }

    @Override
    public void dispose() {
        RunMonitor.getDefault().removeViewer(liveViewer);
        super.dispose();
    }
}
