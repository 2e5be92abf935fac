package org.repalign.ui.views;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.part.ViewPart;
import org.repalign.compute.synth.RotationNoiseSweep;
import org.repalign.ui.charts.ChartSvg;
import org.repalign.analysis.results.ResultsCsv;
import org.repalign.ui.internal.AtomicExportFile;
import org.repalign.ui.internal.ChartImages;
import org.repalign.ui.internal.ExportAction;

/**
 * Shows the CKA calibration curve: linear CKA between a random representation and a rotated,
 * increasingly noisy copy of it ({@link RotationNoiseSweep}). The curve is computed by the
 * compute bundle in a background job, started when the chart is first painted, and drawn when it
 * arrives. Exports PNG, SVG and CSV.
 */
public class CkaCalibrationView extends ViewPart {

    /** The view id. */
    public static final String ID = "org.repalign.ui.views.ckaNoise";

    /** Job family of the computation, so that callers can wait for or cancel it. */
    public static final Object JOB_FAMILY = new Object();

    /** Name of the series that holds the curve. */
    public static final String SERIES_ID = "linear CKA";

    static final double[] NOISE_LEVELS = { 0, 0.1, 0.2, 0.35, 0.5, 0.75, 1, 1.5, 2, 3, 4 };
    private static final int ITEMS = 400;
    private static final int DIMENSION = 32;
    private static final long SEED = 1;

    /** What the curve is for, shown above it. */
    static final String EXPLANATION = "A yardstick for reading linear CKA, independent of any run: the CKA between a"
            + " random representation X and a rotated copy of it with Gaussian noise of size \u03c3 added. The same"
            + " information gives CKA 1 at \u03c3 = 0; the curve shows how much noise a CKA value stands for.";

    private Chart chart;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Label explanation = new Label(parent, SWT.WRAP);
        explanation.setText(EXPLANATION);
        GridData wrap = new GridData(SWT.FILL, SWT.TOP, true, false);
        wrap.widthHint = 200;
        explanation.setLayoutData(wrap);
        chart = new Chart(parent, SWT.NONE);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chart.getTitle().setText("Linear CKA of X and XQ + \u03c3E (n = " + ITEMS + ", d = " + DIMENSION + ", seed " + SEED + ")");
        chart.getAxisSet().getXAxis(0).getTitle().setText("noise \u03c3");
        chart.getAxisSet().getYAxis(0).getTitle().setText("linear CKA");
        chart.getLegend().setVisible(false);
        new ExportAction(getViewSite(), new String[] { "png", "svg", "csv" }, this::export).addToToolBar()
                .addToContextMenu(parent);
        Job job = new Job("Computing the CKA calibration curve") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return compute(monitor);
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == JOB_FAMILY;
            }
        };
        // computed once the chart is first painted: not while the workbench starts, not while hidden
        Control plot = (Control) chart.getPlotArea();
        plot.addListener(SWT.Paint, new Listener() {
            @Override
            public void handleEvent(Event event) {
                plot.removeListener(SWT.Paint, this);
                job.schedule();
            }
        });
    }

    private IStatus compute(IProgressMonitor monitor) {
        double[] curve = RotationNoiseSweep.linearCka(ITEMS, DIMENSION, NOISE_LEVELS, SEED);
        if (monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        Display display = chart.getDisplay();
        display.syncExec(() -> show(curve));
        return Status.OK_STATUS;
    }

    private void show(double[] curve) {
        if (chart.isDisposed()) {
            return;
        }
        ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, SERIES_ID);
        series.setXSeries(NOISE_LEVELS.clone());
        series.setYSeries(curve);
        series.setSymbolType(PlotSymbolType.CIRCLE);
        series.setLineColor(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
        series.setSymbolColor(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
        chart.getAxisSet().adjustRange();
        chart.getAxisSet().getYAxis(0).setRange(new Range(0, 1.05));
        chart.redraw();
    }

    /** @return the chart, for tests and export */
    public Chart getChart() {
        return chart;
    }

    /**
     * Writes the curve; the format follows the file's extension.
     *
     * @param file target file ending in png, svg or csv
     * @throws IOException when the curve is not computed yet, the extension is not supported or
     *                     writing fails
     */
    public void export(Path file) throws IOException {
        if (chart.getSeriesSet().getSeries(SERIES_ID) == null) {
            throw new IOException(file.getFileName() + ": nothing to export, the curve is still being computed");
        }
        switch (ExportAction.extension(file)) {
            case "png" -> ChartImages.writePng(chart, file);
            case "svg" -> ChartSvg.write(file, chart);
            case "csv" -> {
                double[] cka = chart.getSeriesSet().getSeries(SERIES_ID).getYSeries();
                java.util.List<Object[]> rows = new java.util.ArrayList<>();
                for (int i = 0; i < NOISE_LEVELS.length; i++) {
                    rows.add(new Object[] {NOISE_LEVELS[i], cka[i]});
                }
                AtomicExportFile.writeText(file, ResultsCsv.write(java.util.List.of("noise_sd", "linear_cka"), rows));
            }
            default -> throw new IOException(file.getFileName() + ": export formats are png, svg, csv");
        }
    }

    @Override
    public void setFocus() {
        chart.setFocus();
    }
}
