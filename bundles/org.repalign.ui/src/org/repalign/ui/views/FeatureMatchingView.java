package org.repalign.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;
import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.results.rows.FeatureNullScore;
import org.repalign.analysis.results.rows.FeatureRow;
import org.repalign.ui.charts.ChartSvg;
import org.repalign.ui.internal.AtomicExportFile;
import org.repalign.ui.internal.ChartImages;
import org.repalign.ui.internal.Combos;
import org.repalign.ui.internal.NullHistogram;
import org.repalign.ui.internal.ChartFitting;
import org.repalign.ui.internal.ChartTableSplit;
import org.repalign.ui.internal.RowsTable;
import org.repalign.ui.internal.RunResultsView;
import org.repalign.ui.providers.FeatureMatchingDataProvider;
import org.repalign.ui.providers.SeriesModel;

/**
 * SAE latent matching across pairs (features analysis), for the weighted or binary kind: per
 * pair, the matched score beside the mean of its row-permutation null; for the chosen pair, the
 * histogram of the null's scores ({@code features-null.csv}) with the matched score as a marker
 * line (runs written before the null scores were stored say so and show the rest); every row with
 * its z in a table. Exports both charts as PNG or SVG and the table as CSV.
 */
public class FeatureMatchingView extends RunResultsView {

    /** The view id. */
    public static final String ID = "org.repalign.ui.views.featureMatching";

    /** Id of the score bars. */
    public static final String SCORE_SERIES = "score";

    /** Id of the null-mean bars. */
    public static final String NULL_SERIES = "null mean";

    /** Id of the null histogram (a filled step line over the bin edges). */
    public static final String HISTOGRAM_SERIES = "null draws";

    /** Id of the matched score's marker line in the histogram. */
    public static final String MARKER_SERIES = "matched score";

    private static final List<String> COLUMNS = List.of("a", "b", "kind", "score", "null_mean", "null_sd", "z",
            "matched_sum", "latents_a", "latents_b");

    private final FeatureMatchingDataProvider features = provider("features", FeatureMatchingDataProvider.class,
            FeatureMatchingDataProvider::new);
    private Combo kindCombo;
    private Combo pairCombo;
    private Chart chart;
    private Chart nullChart;
    private RowsTable table;
    private List<FeatureRow> shown = List.of();
    private List<FeatureNullScore> nulls = List.of();
    private String nullProblem;

    @Override
    protected void createContents(Composite parent) {
        parent.setLayout(new GridLayout(4, false));
        new Label(parent, SWT.NONE).setText("Kind:");
        kindCombo = new Combo(parent, SWT.READ_ONLY);
        new Label(parent, SWT.NONE).setText("Null of pair:");
        pairCombo = new Combo(parent, SWT.READ_ONLY);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        SashForm charts = new SashForm(sash, SWT.HORIZONTAL);
        chart = new Chart(charts, SWT.NONE);
        chart.getAxisSet().getXAxis(0).getTitle().setText("pair");
        chart.getAxisSet().getYAxis(0).getTitle().setText("matched score");
        chart.getLegend().setPosition(SWT.BOTTOM);
        nullChart = new Chart(charts, SWT.NONE);
        nullChart.getAxisSet().getXAxis(0).getTitle().setText("matched score");
        nullChart.getAxisSet().getYAxis(0).getTitle().setText("permutations");
        nullChart.getLegend().setPosition(SWT.BOTTOM);
        table = new RowsTable(sash);
        sash.setWeights(2, 1);
        ChartTableSplit.apply(sash, table.getTable());
        ChartFitting.apply(chart);
        ChartFitting.apply(nullChart);
        kindCombo.addListener(SWT.Selection, e -> redraw());
        pairCombo.addListener(SWT.Selection, e -> redrawNull());
    }

    @Override
    protected void update(RunResults run) {
        List<String> kinds = features.kinds(run);
        nulls = List.of();
        nullProblem = null;
        if (run != null) {
            try {
                nulls = run.featureNulls();
            } catch (IOException e) {
                nullProblem = e.getMessage();
            }
        }
        Combos.refill(kindCombo, kinds);
        redraw();
    }

    private static String pairLabel(String a, String b) {
        return FeatureMatchingDataProvider.pairLabel(a, b);
    }

    private void redraw() {
        Combos.deleteSeries(chart, SCORE_SERIES, NULL_SERIES);
        RunResults run = getRun();
        String kind = kindCombo.getText();
        shown = features.rows(run, kind);
        List<Object[]> tableRows = new ArrayList<>();
        for (FeatureRow f : shown) {
            tableRows.add(new Object[] { f.a(), f.b(), f.kind(), f.score(), f.nullMean(), f.nullSd(), f.z(),
                    f.matchedSum(), f.latentsA(), f.latentsB() });
        }
        table.setRows(COLUMNS, tableRows);
        Combos.refill(pairCombo, shown.stream().map(f -> pairLabel(f.a(), f.b())).toList());
        if (shown.isEmpty()) {
            ChartFitting.setTitle(chart, run == null ? "Select a run in the Runs view."
                    : "No features analysis in this run.");
            chart.redraw();
            redrawNull();
            return;
        }
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.enableCategory(true);
        SeriesModel scores = features.bars(shown, SCORE_SERIES, FeatureRow::score);
        x.setCategorySeries(scores.categories().toArray(String[]::new));
        x.getTick().setTickLabelAngle(shown.size() > 8 ? 90 : 0);
        bars(scores, SWT.COLOR_DARK_BLUE);
        bars(features.bars(shown, NULL_SERIES, FeatureRow::nullMean), SWT.COLOR_GRAY);
        double minZ = shown.stream().mapToDouble(FeatureRow::z).min().orElse(Double.NaN);
        ChartFitting.setTitle(chart, String.format(Locale.ROOT,
                "Matched score and null mean (%s), smallest z %.1f", kind, minZ));
        chart.getAxisSet().adjustRange();
        Range y = chart.getAxisSet().getYAxis(0).getRange();
        chart.getAxisSet().getYAxis(0).setRange(new Range(0, Math.max(y.upper, 1e-9) * 1.05));
        chart.redraw();
        redrawNull();
    }

    private void bars(SeriesModel values, int color) {
        IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, values.id());
        series.setYSeries(values.values());
        series.setBarColor(chart.getDisplay().getSystemColor(color));
    }

    private void redrawNull() {
        Combos.deleteSeries(nullChart, HISTOGRAM_SERIES, MARKER_SERIES);
        RunResults run = getRun();
        int index = pairCombo.getSelectionIndex();
        if (run == null || index < 0 || index >= shown.size()) {
            ChartFitting.setTitle(nullChart, run == null ? "" : "No features analysis in this run.");
            nullChart.redraw();
            return;
        }
        FeatureRow row = shown.get(index);
        String pair = pairLabel(row.a(), row.b()) + " (" + row.kind() + ")";
        if (nullProblem != null) {
            ChartFitting.setTitle(nullChart, nullProblem);
            nullChart.redraw();
            return;
        }
        if (!run.hasFeatureNulls()) {
            ChartFitting.setTitle(nullChart, pair + ": this run keeps only the null's mean and s.d.");
            nullChart.redraw();
            return;
        }
        double[] scores = nullScores(row);
        if (scores.length == 0) {
            ChartFitting.setTitle(nullChart, pair + ": no null draws (permutations below 2).");
            nullChart.redraw();
            return;
        }
        NullHistogram histogram = NullHistogram.of(scores);
        ILineSeries<?> bins = (ILineSeries<?>) nullChart.getSeriesSet().createSeries(SeriesType.LINE,
                HISTOGRAM_SERIES);
        bins.setXSeries(histogram.stepX());
        bins.setYSeries(histogram.stepY());
        bins.enableStep(true);
        bins.enableArea(true);
        bins.setSymbolType(PlotSymbolType.NONE);
        bins.setLineColor(nullChart.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        int top = Arrays.stream(histogram.counts()).max().orElse(1);
        ILineSeries<?> marker = (ILineSeries<?>) nullChart.getSeriesSet().createSeries(SeriesType.LINE, MARKER_SERIES);
        marker.setXSeries(new double[] { row.score(), row.score() });
        marker.setYSeries(new double[] { 0, top * 1.1 });
        marker.setSymbolType(PlotSymbolType.NONE);
        marker.setLineWidth(2);
        marker.setLineColor(nullChart.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
        double lo = Math.min(histogram.edges()[0], row.score());
        double hi = Math.max(histogram.edges()[histogram.edges().length - 1], row.score());
        double pad = (hi - lo) * 0.05;
        nullChart.getAxisSet().getXAxis(0).setRange(new Range(lo - pad, hi + pad));
        nullChart.getAxisSet().getYAxis(0).setRange(new Range(0, top * 1.15));
        ChartFitting.setTitle(nullChart, String.format(Locale.ROOT, "%s: %d null draws, z %.1f", pair, scores.length,
                row.z()));
        nullChart.redraw();
    }

    private double[] nullScores(FeatureRow row) {
        return features.nullScores(nulls, row);
    }

    /**
     * @param kind {@code weighted} or {@code binary}
     * @throws IllegalArgumentException when the run has no rows of the kind
     */
    public void selectKind(String kind) {
        int index = kindCombo.indexOf(kind);
        if (index < 0) {
            throw new IllegalArgumentException("the run has no " + kind + " matching");
        }
        kindCombo.select(index);
        redraw();
    }

    /**
     * Shows the null histogram of a pair.
     *
     * @param a first source
     * @param b second source
     * @throws IllegalArgumentException when the kind shown has no row of the pair
     */
    public void selectPair(String a, String b) {
        int index = pairCombo.indexOf(pairLabel(a, b));
        if (index < 0) {
            throw new IllegalArgumentException("the run has no matching of " + a + " and " + b);
        }
        pairCombo.select(index);
        redrawNull();
    }

    /** @return the bar chart */
    public Chart getChart() {
        return chart;
    }

    /** @return the chart of the chosen pair's null histogram and matched score */
    public Chart getNullChart() {
        return nullChart;
    }

    /** @return the table of matching rows */
    public RowsTable getTable() {
        return table;
    }


    @Override
    public void export(Path file) throws IOException {
        if (getRun() == null || getRun().features().isEmpty()) {
            throw new IOException(file.getFileName() + ": nothing to export, no matching is shown");
        }
        switch (extension(file)) {
            case "png" -> ChartImages.writePng(List.of(chart, nullChart), file);
            case "svg" -> ChartSvg.write(file, List.of(chart, nullChart), ChartImages.width(chart),
                    ChartImages.height(chart));
            case "csv" -> AtomicExportFile.writeText(file, table.toCsv());
            default -> throw unsupported(file);
        }
    }

    @Override
    public void setFocus() {
        chart.setFocus();
    }
}
