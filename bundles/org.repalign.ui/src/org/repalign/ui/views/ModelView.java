package org.repalign.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.repalign.analysis.results.ResultsCsv;
import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.results.rows.ModelPredictionRow;
import org.repalign.ui.charts.ChartSvg;
import org.repalign.ui.internal.AtomicExportFile;
import org.repalign.ui.internal.ChartImages;
import org.repalign.ui.internal.Combos;
import org.repalign.ui.internal.RowsTable;
import org.repalign.ui.internal.RunResultsView;
import org.repalign.ui.providers.ModelDataProvider;
import org.repalign.ui.providers.PointsModel;

/**
 * The model analysis (RepAlign's own reading of the signal/bias/noise model): the alignment of
 * the sources' synthetic twins against the observed alignment, one point per pair, for a metric
 * and a representation (centered, raw or the centering gain), with the line where the two are
 * equal and the correlation across pairs in the title; under it, each source's fitted noise law
 * and signal share with their intervals. Exports PNG and SVG of the chart and CSV of the points.
 */
public class ModelView extends RunResultsView {

    /** The view id. */
    public static final String ID = "org.repalign.ui.views.model";

    /** Id of the pairs' series. */
    public static final String PAIRS_SERIES = "pairs";

    /** Id of the line predicted = observed. */
    public static final String IDENTITY_SERIES = "predicted = observed";

    private static final ModelDataProvider MODEL = provider(ModelDataProvider.ANALYSIS, ModelDataProvider.class,
            ModelDataProvider::new);

    private Combo metricCombo;
    private Combo representationCombo;
    private Chart chart;
    private RowsTable fits;

    @Override
    protected void createContents(Composite parent) {
        parent.setLayout(new GridLayout(4, false));
        new Label(parent, SWT.NONE).setText("Metric:");
        metricCombo = new Combo(parent, SWT.READ_ONLY);
        new Label(parent, SWT.NONE).setText("Representation:");
        representationCombo = new Combo(parent, SWT.READ_ONLY);
        representationCombo.setItems(ModelDataProvider.REPRESENTATIONS.toArray(String[]::new));
        representationCombo.select(0);
        SashForm split = new SashForm(parent, SWT.VERTICAL);
        split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        chart = new Chart(split, SWT.NONE);
        chart.getAxisSet().getXAxis(0).getTitle().setText("observed on the sources");
        chart.getAxisSet().getYAxis(0).getTitle().setText("predicted by the twins");
        chart.getLegend().setPosition(SWT.BOTTOM);
        fits = new RowsTable(split);
        split.setWeights(3, 1);
        metricCombo.addListener(SWT.Selection, e -> redrawChart());
        representationCombo.addListener(SWT.Selection, e -> redrawChart());
    }

    @Override
    protected void update(RunResults run) {
        String metric = metricCombo.getText();
        List<String> metrics = MODEL.metrics(run);
        metricCombo.setItems(metrics.toArray(String[]::new));
        if (!metrics.isEmpty()) {
            metricCombo.select(Math.max(0, metricCombo.indexOf(metric)));
        }
        fits.setRows(ModelDataProvider.FIT_COLUMNS, run == null ? List.of() : MODEL.fitRows(run));
        metricCombo.getParent().layout(true, true);
        redrawChart();
    }

    private void redrawChart() {
        Combos.deleteSeries(chart, PAIRS_SERIES, IDENTITY_SERIES);
        RunResults run = getRun();
        if (run == null || metricCombo.getSelectionIndex() < 0) {
            chart.getTitle().setText(run == null ? "Select a run in the Runs view."
                    : run.modelSources().isEmpty() ? "No model analysis in this run."
                            : "The model analysis ran without twins: no predictions.");
            chart.redraw();
            return;
        }
        String metric = metricCombo.getText();
        String representation = representationCombo.getText();
        PointsModel points = MODEL.scatter(run, metric, representation);
        ILineSeries<?> pairs = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, PAIRS_SERIES);
        pairs.setLineStyle(LineStyle.NONE);
        pairs.setSymbolType(PlotSymbolType.CIRCLE);
        pairs.setSymbolSize(5);
        pairs.setSymbolColor(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
        pairs.setXSeries(points.x());
        pairs.setYSeries(points.y());
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < points.x().length; i++) {
            lo = Math.min(lo, Math.min(points.x()[i], points.y()[i]));
            hi = Math.max(hi, Math.max(points.x()[i], points.y()[i]));
        }
        if (lo < hi) {
            ILineSeries<?> identity = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE,
                    IDENTITY_SERIES);
            identity.setSymbolType(PlotSymbolType.NONE);
            identity.setLineStyle(LineStyle.DASH);
            identity.setLineColor(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            identity.setXSeries(new double[] { lo, hi });
            identity.setYSeries(new double[] { lo, hi });
        }
        double[] correlation = MODEL.correlation(run, metric, representation);
        chart.getTitle().setText(String.format(Locale.ROOT, "%s (%s): twins against the sources, %d pairs,"
                + " Pearson r %.2f, Spearman \u03c1 %.2f", metric, representation, points.x().length, correlation[0],
                correlation[1]));
        chart.getAxisSet().adjustRange();
        // a margin, so that the pairs at the ends are drawn whole
        for (var axis : new org.eclipse.swtchart.IAxis[] { chart.getAxisSet().getXAxis(0),
                chart.getAxisSet().getYAxis(0) }) {
            org.eclipse.swtchart.Range range = axis.getRange();
            double margin = Math.max(1e-9, 0.05 * (range.upper - range.lower));
            axis.setRange(new org.eclipse.swtchart.Range(range.lower - margin, range.upper + margin));
        }
        chart.redraw();
    }

    /**
     * @param metric         a metric key the twins were compared on
     * @param representation one of {@link ModelDataProvider#REPRESENTATIONS}
     * @throws IllegalArgumentException when the run has no such predictions
     */
    public void select(String metric, String representation) {
        int m = metricCombo.indexOf(metric);
        int r = representationCombo.indexOf(representation);
        if (m < 0 || r < 0) {
            throw new IllegalArgumentException("the run has no predictions of " + metric + " on " + representation);
        }
        metricCombo.select(m);
        representationCombo.select(r);
        redrawChart();
    }

    /** @return the chart */
    public Chart getChart() {
        return chart;
    }

    /** @return the table of the sources' fits */
    public RowsTable getFits() {
        return fits;
    }

    /** @return the representation list */
    public Combo getRepresentationCombo() {
        return representationCombo;
    }

    /** @return the metric list */
    public Combo getMetricCombo() {
        return metricCombo;
    }

    @Override
    public void export(Path file) throws IOException {
        RunResults run = getRun();
        if (run == null || metricCombo.getSelectionIndex() < 0) {
            throw new IOException(file.getFileName() + ": nothing to export, no predictions are shown");
        }
        switch (extension(file)) {
            case "png" -> ChartImages.writePng(chart, file);
            case "svg" -> ChartSvg.write(file, chart);
            case "csv" -> AtomicExportFile.writeText(file, ResultsCsv.write(ModelPredictionRow.TABLE,
                    MODEL.predictions(run, metricCombo.getText(), representationCombo.getText())));
            default -> throw unsupported(file);
        }
    }

    @Override
    public void setFocus() {
        chart.setFocus();
    }
}
