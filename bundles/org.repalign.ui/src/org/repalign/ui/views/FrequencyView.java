package org.repalign.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.results.rows.NoiseFit;
import org.repalign.analysis.results.rows.NoiseRow;
import org.repalign.ui.charts.ChartSvg;
import org.repalign.analysis.results.ResultsCsv;
import org.repalign.ui.charts.SmallMultiples;
import org.repalign.ui.charts.SmallMultiplesCanvas;
import org.repalign.ui.internal.AtomicExportFile;
import org.repalign.ui.internal.ChartImages;
import org.repalign.ui.internal.Combos;
import org.repalign.ui.internal.RunResultsView;
import org.repalign.ui.providers.FrequencyDataProvider;
import org.repalign.ui.providers.FrequencyDataProvider.Pair;
import org.repalign.ui.providers.PointsModel;

/**
 * Frequency and alignment of one pair (noise analysis): the alignment on each frequency window
 * against x = f<sup>−1/2</sup> of the window's mean frequency as a scatter, with the report's
 * OLS line; slope with its 95% interval, R² and whether the slope is significant in the title. "All pairs" shows every pair as a small multiple of the
 * same plot ({@link SmallMultiples}) for the chosen metric. Exports PNG, SVG and CSV.
 */
public class FrequencyView extends RunResultsView {

    /** The view id. */
    public static final String ID = "org.repalign.ui.views.frequency";

    /** Id of the scatter series (one point per window). */
    public static final String WINDOWS_SERIES = "windows";

    /** Id of the fitted line's series. */
    public static final String FIT_SERIES = "OLS fit";

    private Combo pairCombo;
    private Combo metricCombo;
    private Button allPairs;
    private Composite stack;
    private Chart chart;
    private SmallMultiplesCanvas overview;
    private static final FrequencyDataProvider FREQUENCY = provider("noise", FrequencyDataProvider.class,
            FrequencyDataProvider::new);

    private final List<String[]> pairs = new ArrayList<>();

    @Override
    protected void createContents(Composite parent) {
        parent.setLayout(new GridLayout(5, false));
        new Label(parent, SWT.NONE).setText("Pair:");
        pairCombo = new Combo(parent, SWT.READ_ONLY);
        new Label(parent, SWT.NONE).setText("Metric:");
        metricCombo = new Combo(parent, SWT.READ_ONLY);
        allPairs = new Button(parent, SWT.CHECK);
        allPairs.setText("All pairs");
        allPairs.setToolTipText("Every pair as a small plot of its own, for the chosen metric");
        stack = new Composite(parent, SWT.NONE);
        stack.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
        stack.setLayout(new StackLayout());
        chart = new Chart(stack, SWT.NONE);
        overview = new SmallMultiplesCanvas(stack, SWT.NONE);
        ((StackLayout) stack.getLayout()).topControl = chart;
        chart.getAxisSet().getXAxis(0).getTitle().setText("f^(\u22121/2) of the window's mean frequency");
        chart.getAxisSet().getYAxis(0).getTitle().setText("alignment");
        chart.getLegend().setPosition(SWT.BOTTOM);
        pairCombo.addListener(SWT.Selection, e -> redrawChart());
        metricCombo.addListener(SWT.Selection, e -> redrawChart());
        allPairs.addListener(SWT.Selection, e -> redrawChart());
    }

    @Override
    protected void update(RunResults run) {
        String pair = pairCombo.getText();
        String metric = metricCombo.getText();
        pairs.clear();
        for (Pair p : FREQUENCY.pairs(run)) {
            pairs.add(new String[] { p.a(), p.b() });
        }
        pairCombo.setItems(pairs.stream().map(FrequencyView::pairLabel).toArray(String[]::new));
        metricCombo.setItems(run == null ? new String[0] : run.metrics().toArray(String[]::new));
        if (!pairs.isEmpty()) {
            pairCombo.select(Math.max(0, pairCombo.indexOf(pair)));
            metricCombo.select(Math.max(0, metricCombo.indexOf(metric)));
        }
        metricCombo.getParent().layout(true, true);
        redrawChart();
    }

    private static String pairLabel(String[] pair) {
        return pair[0] + " \u2013 " + pair[1];
    }

    private void redrawChart() {
        boolean showAll = allPairs.getSelection();
        pairCombo.setEnabled(!showAll);
        ((StackLayout) stack.getLayout()).topControl = showAll ? overview : chart;
        stack.layout();
        if (showAll) {
            RunResults run = getRun();
            overview.setData(run == null || pairs.isEmpty() ? null : overview(run, metricCombo.getText()));
            return;
        }
        Combos.deleteSeries(chart, WINDOWS_SERIES, FIT_SERIES);
        RunResults run = getRun();
        if (run == null || pairs.isEmpty() || pairCombo.getSelectionIndex() < 0) {
            chart.getTitle().setText(run == null ? "Select a run in the Runs view." : "No noise analysis in this run.");
            chart.redraw();
            return;
        }
        String[] pair = pairs.get(pairCombo.getSelectionIndex());
        String metric = metricCombo.getText();
        PointsModel points = FREQUENCY.windows(run, pair(pair), metric, WINDOWS_SERIES);
        double[] x = points.x();
        double[] y = points.y();
        ILineSeries<?> windows = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, WINDOWS_SERIES);
        windows.setLineStyle(LineStyle.NONE);
        windows.setSymbolType(PlotSymbolType.CIRCLE);
        windows.setSymbolSize(5);
        windows.setSymbolColor(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
        windows.setXSeries(x);
        windows.setYSeries(y);
        Optional<NoiseFit> fit = fit(run, pair, metric);
        String title = pairLabel(pair) + ", " + metric;
        if (fit.isPresent() && x.length > 0) {
            NoiseFit f = fit.get();
            double lo = java.util.Arrays.stream(x).min().getAsDouble();
            double hi = java.util.Arrays.stream(x).max().getAsDouble();
            ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, FIT_SERIES);
            line.setSymbolType(PlotSymbolType.NONE);
            line.setLineColor(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            line.setLineWidth(2);
            line.setXSeries(new double[] { lo, hi });
            line.setYSeries(new double[] { f.intercept() + f.slope() * lo, f.intercept() + f.slope() * hi });
            title += String.format(Locale.ROOT, ": slope %.4g", f.slope())
                    + (Double.isNaN(f.slopeLower()) ? ""
                            : String.format(Locale.ROOT, " [%.4g, %.4g]", f.slopeLower(), f.slopeUpper()))
                    + String.format(Locale.ROOT, ", R\u00b2 %.3f, %s", f.r2(),
                            f.rises() ? "rises with frequency" : "does not rise with frequency")
                    + (f.significant() == null ? ""
                            : String.format(Locale.ROOT, " (%s, q %.3g)",
                                    f.significant() ? "significant" : "not significant", f.q()));
        }
        chart.getTitle().setText(title);
        chart.getAxisSet().getYAxis(0).getTitle().setText(metric + " on the window");
        chart.getAxisSet().adjustRange();
        chart.redraw();
    }

    private SmallMultiples overview(RunResults run, String metric) {
        List<SmallMultiples.Panel> panels = new ArrayList<>();
        for (String[] pair : pairs) {
            PointsModel points = FREQUENCY.windows(run, pair(pair), metric, pairLabel(pair));
            double[] x = points.x();
            double[] y = points.y();
            Optional<NoiseFit> fit = fit(run, pair, metric);
            String note = fit.map(f -> String.format(Locale.ROOT, "slope %.3g, R\u00b2 %.2f", f.slope(), f.r2()))
                    .orElse("no fit");
            panels.add(new SmallMultiples.Panel(pairLabel(pair), x, y, fit.map(NoiseFit::slope).orElse(Double.NaN),
                    fit.map(NoiseFit::intercept).orElse(Double.NaN), note));
        }
        long rising = FREQUENCY.rising(run, metric);
        return new SmallMultiples(metric + " on frequency windows, every pair (" + rising + " of " + pairs.size()
                + " rise with frequency)", "x = f^(\u22121/2) of the window's mean frequency; y = " + metric,
                panels);
    }

    private static Optional<NoiseFit> fit(RunResults run, String[] pair, String metric) {
        return FREQUENCY.fit(run, pair(pair), metric);
    }

    private static Pair pair(String[] pair) {
        return new Pair(pair[0], pair[1]);
    }

    /**
     * Shows every pair as a small multiple (or the single chosen pair again).
     *
     * @param all whether to show all pairs
     */
    public void showAllPairs(boolean all) {
        allPairs.setSelection(all);
        redrawChart();
    }

    /** @return the small multiples of all pairs */
    public SmallMultiplesCanvas getOverview() {
        return overview;
    }

    private static List<NoiseRow> rows(RunResults run, String[] pair, String metric) {
        return FREQUENCY.rows(run, pair(pair), metric);
    }

    /**
     * @param a      first source of the pair
     * @param b      second source
     * @param metric metric key
     * @throws IllegalArgumentException when the run has no such pair or metric
     */
    public void select(String a, String b, String metric) {
        int p = pairCombo.indexOf(pairLabel(new String[] { a, b }));
        int m = metricCombo.indexOf(metric);
        if (p < 0 || m < 0) {
            throw new IllegalArgumentException("the run has no windows of " + a + " and " + b + " on " + metric);
        }
        pairCombo.select(p);
        metricCombo.select(m);
        redrawChart();
    }

    /** @return the chart */
    public Chart getChart() {
        return chart;
    }


    @Override
    public void export(Path file) throws IOException {
        RunResults run = getRun();
        if (run == null || pairCombo.getSelectionIndex() < 0) {
            throw new IOException(file.getFileName() + ": nothing to export, no windows are shown");
        }
        boolean showAll = allPairs.getSelection();
        switch (extension(file)) {
            case "png" -> {
                if (showAll) {
                    overview.writePng(file);
                } else {
                    ChartImages.writePng(chart, file);
                }
            }
            case "svg" -> {
                if (showAll) {
                    overview.writeSvg(file);
                } else {
                    ChartSvg.write(file, chart);
                }
            }
            case "csv" -> AtomicExportFile.writeText(file, csv(run,
                    showAll ? pairs : Collections.singletonList(pairs.get(pairCombo.getSelectionIndex()))));
            default -> throw unsupported(file);
        }
    }

    private String csv(RunResults run, List<String[]> shown) {
        String metric = metricCombo.getText();
        List<Object[]> out = new ArrayList<>();
        for (String[] pair : shown) {
            appendRows(out, run, pair, metric);
        }
        return ResultsCsv.write(List.of("a", "b", "metric", "window_start", "window_end", "mean_frequency", "x", "value",
                "fitted"), out);
    }

    private static void appendRows(List<Object[]> out, RunResults run, String[] pair, String metric) {
        Optional<NoiseFit> fit = fit(run, pair, metric);
        for (NoiseRow row : rows(run, pair, metric)) {
            double x = 1 / Math.sqrt(row.meanFrequency());
            double fitted = fit.map(f -> f.intercept() + f.slope() * x).orElse(Double.NaN);
            out.add(new Object[] {row.a(), row.b(), row.metric(), row.windowStart(), row.windowEnd(),
                row.meanFrequency(), x, row.value(), fitted});
        }
    }

    @Override
    public void setFocus() {
        chart.setFocus();
    }
}
