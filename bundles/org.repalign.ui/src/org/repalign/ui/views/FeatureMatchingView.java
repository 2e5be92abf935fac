package org.repalign.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
import org.eclipse.swtchart.ISeries.SeriesType;
import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.results.RunResults.FeatureRow;
import org.repalign.ui.internal.AtomicFiles;
import org.repalign.ui.internal.ChartImages;
import org.repalign.ui.internal.Combos;
import org.repalign.ui.internal.RowsTable;
import org.repalign.ui.internal.RunResultsView;

/**
 * SAE latent matching across pairs (features analysis): per pair, the matched score beside
 * the mean of its row-permutation null (the report keeps the null's mean and s.d., not its
 * samples), for the weighted or binary kind; every row with its z in a table. Exports the chart
 * as PNG and the table as CSV.
 */
public class FeatureMatchingView extends RunResultsView {

    /** The view id. */
    public static final String ID = "org.repalign.ui.views.featureMatching";

    /** Id of the score bars. */
    public static final String SCORE_SERIES = "score";

    /** Id of the null-mean bars. */
    public static final String NULL_SERIES = "null mean";

    private static final List<String> COLUMNS = List.of("a", "b", "kind", "score", "null_mean", "null_sd", "z",
            "matched_sum", "latents_a", "latents_b");

    private Combo kindCombo;
    private Chart chart;
    private RowsTable table;

    @Override
    protected void createContents(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        new Label(parent, SWT.NONE).setText("Kind:");
        kindCombo = new Combo(parent, SWT.READ_ONLY);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        chart = new Chart(sash, SWT.NONE);
        chart.getAxisSet().getXAxis(0).getTitle().setText("pair");
        chart.getAxisSet().getYAxis(0).getTitle().setText("matched score");
        chart.getLegend().setPosition(SWT.BOTTOM);
        table = new RowsTable(sash);
        sash.setWeights(2, 1);
        kindCombo.addListener(SWT.Selection, e -> redraw());
    }

    @Override
    protected void update(RunResults run) {
        Set<String> kinds = new LinkedHashSet<>();
        if (run != null) {
            run.features().forEach(f -> kinds.add(f.kind()));
        }
        Combos.refill(kindCombo, kinds);
        redraw();
    }

    private void redraw() {
        Combos.deleteSeries(chart, SCORE_SERIES, NULL_SERIES);
        RunResults run = getRun();
        String kind = kindCombo.getText();
        List<FeatureRow> rows = run == null ? List.of()
                : run.features().stream().filter(f -> f.kind().equals(kind)).toList();
        List<Object[]> tableRows = new ArrayList<>();
        for (FeatureRow f : rows) {
            tableRows.add(new Object[] { f.a(), f.b(), f.kind(), f.score(), f.nullMean(), f.nullSd(), f.z(),
                    f.matchedSum(), f.latentsA(), f.latentsB() });
        }
        table.setRows(COLUMNS, tableRows);
        if (rows.isEmpty()) {
            chart.getTitle().setText(run == null ? "Select a run in the Runs view."
                    : "No features analysis in this run.");
            chart.redraw();
            return;
        }
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.enableCategory(true);
        x.setCategorySeries(rows.stream().map(f -> f.a() + " \u2013 " + f.b()).toArray(String[]::new));
        x.getTick().setTickLabelAngle(rows.size() > 12 ? 90 : 0);
        bars(SCORE_SERIES, rows.stream().mapToDouble(FeatureRow::score).toArray(), SWT.COLOR_DARK_BLUE);
        bars(NULL_SERIES, rows.stream().mapToDouble(FeatureRow::nullMean).toArray(), SWT.COLOR_GRAY);
        double minZ = rows.stream().mapToDouble(FeatureRow::z).min().orElse(Double.NaN);
        chart.getTitle().setText(String.format(java.util.Locale.ROOT,
                "SAE latent matching (%s): score against the permutation null, smallest z %.1f", kind, minZ));
        chart.getAxisSet().adjustRange();
        chart.redraw();
    }

    private void bars(String id, double[] values, int color) {
        IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id);
        series.setYSeries(values);
        series.setBarColor(chart.getDisplay().getSystemColor(color));
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

    /** @return the bar chart */
    public Chart getChart() {
        return chart;
    }

    /** @return the table of matching rows */
    public RowsTable getTable() {
        return table;
    }

    @Override
    protected String[] exportExtensions() {
        return new String[] { "png", "csv" };
    }

    @Override
    public void export(Path file) throws IOException {
        if (getRun() == null || getRun().features().isEmpty()) {
            throw new IOException(file.getFileName() + ": nothing to export, no matching is shown");
        }
        switch (extension(file)) {
            case "png" -> ChartImages.writePng(chart, file);
            case "csv" -> AtomicFiles.writeText(file, table.toCsv());
            default -> throw unsupported(file);
        }
    }

    @Override
    public void setFocus() {
        chart.setFocus();
    }
}
