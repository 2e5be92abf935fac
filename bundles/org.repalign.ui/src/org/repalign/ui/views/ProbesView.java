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
import org.eclipse.swtchart.Range;
import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.results.RunResults.ProbeRow;
import org.repalign.ui.charts.ChartSvg;
import org.repalign.ui.internal.AtomicFiles;
import org.repalign.ui.internal.ChartImages;
import org.repalign.ui.internal.Combos;
import org.repalign.ui.internal.RowsTable;
import org.repalign.ui.internal.RunResultsView;

/**
 * Attribute probes of one source (probes analysis): out-of-fold AUROC on the dense rows and on
 * the SAE codes per attribute as bars (0.5 is chance), and every probe row in a table. Exports
 * the chart as PNG or SVG and the table as CSV.
 */
public class ProbesView extends RunResultsView {

    /** The view id. */
    public static final String ID = "org.repalign.ui.views.probes";

    /** Id of the dense AUROC bars. */
    public static final String DENSE_SERIES = "dense AUROC";

    /** Id of the sparse AUROC bars. */
    public static final String SPARSE_SERIES = "sparse AUROC";

    private static final List<String> COLUMNS = List.of("source", "representation", "attribute", "accuracy",
            "balanced_accuracy", "auroc", "baseline", "best_latent", "best_latent_auroc", "positives");

    private Combo sourceCombo;
    private Chart chart;
    private RowsTable table;

    @Override
    protected void createContents(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        new Label(parent, SWT.NONE).setText("Source:");
        sourceCombo = new Combo(parent, SWT.READ_ONLY);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        chart = new Chart(sash, SWT.NONE);
        chart.getAxisSet().getXAxis(0).getTitle().setText("attribute");
        chart.getAxisSet().getYAxis(0).getTitle().setText("out-of-fold AUROC");
        chart.getLegend().setPosition(SWT.BOTTOM);
        table = new RowsTable(sash);
        sash.setWeights(2, 1);
        sourceCombo.addListener(SWT.Selection, e -> redraw());
    }

    @Override
    protected void update(RunResults run) {
        Set<String> sources = new LinkedHashSet<>();
        if (run != null) {
            run.probes().forEach(p -> sources.add(p.source()));
        }
        Combos.refill(sourceCombo, sources);
        redraw();
    }

    private void redraw() {
        Combos.deleteSeries(chart, DENSE_SERIES, SPARSE_SERIES);
        RunResults run = getRun();
        String source = sourceCombo.getText();
        List<ProbeRow> rows = run == null ? List.of()
                : run.probes().stream().filter(p -> p.source().equals(source)).toList();
        List<Object[]> tableRows = new ArrayList<>();
        for (ProbeRow p : rows) {
            tableRows.add(new Object[] { p.source(), p.representation(), p.attribute(), p.accuracy(),
                    p.balancedAccuracy(), p.auroc(), p.baseline(), p.bestLatent(), p.bestLatentAuroc(), p.positives() });
        }
        table.setRows(COLUMNS, tableRows);
        if (rows.isEmpty()) {
            chart.getTitle().setText(run == null ? "Select a run in the Runs view." : "No probes analysis in this run.");
            chart.redraw();
            return;
        }
        List<String> attributes = rows.stream().map(ProbeRow::attribute).distinct().toList();
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.enableCategory(true);
        x.setCategorySeries(attributes.toArray(String[]::new));
        x.getTick().setTickLabelAngle(attributes.size() > 12 ? 90 : 0);
        bars(DENSE_SERIES, auroc(rows, attributes, "dense"), SWT.COLOR_DARK_BLUE);
        bars(SPARSE_SERIES, auroc(rows, attributes, "sparse"), SWT.COLOR_DARK_RED);
        chart.getTitle().setText(source + ": attribute probes (AUROC 0.5 is chance)");
        chart.getAxisSet().adjustRange();
        chart.getAxisSet().getYAxis(0).setRange(new Range(0, 1.05));
        chart.redraw();
    }

    private void bars(String id, double[] values, int color) {
        IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id);
        series.setYSeries(values);
        series.setBarColor(chart.getDisplay().getSystemColor(color));
    }

    private static double[] auroc(List<ProbeRow> rows, List<String> attributes, String representation) {
        double[] out = new double[attributes.size()];
        for (int i = 0; i < out.length; i++) {
            String attribute = attributes.get(i);
            out[i] = rows.stream().filter(p -> p.attribute().equals(attribute) && p.representation().equals(representation))
                    .mapToDouble(ProbeRow::auroc).findFirst().orElse(Double.NaN);
        }
        return out;
    }

    /**
     * @param source a probed source of the run
     * @throws IllegalArgumentException when the run has no probes of the source
     */
    public void selectSource(String source) {
        int index = sourceCombo.indexOf(source);
        if (index < 0) {
            throw new IllegalArgumentException("the run has no probes of " + source);
        }
        sourceCombo.select(index);
        redraw();
    }

    /** @return the bar chart */
    public Chart getChart() {
        return chart;
    }

    /** @return the table of probe rows */
    public RowsTable getTable() {
        return table;
    }

    @Override
    protected String[] exportExtensions() {
        return new String[] { "png", "svg", "csv" };
    }

    @Override
    public void export(Path file) throws IOException {
        if (getRun() == null || getRun().probes().isEmpty()) {
            throw new IOException(file.getFileName() + ": nothing to export, no probes are shown");
        }
        switch (extension(file)) {
            case "png" -> ChartImages.writePng(chart, file);
            case "svg" -> ChartSvg.write(file, chart);
            case "csv" -> AtomicFiles.writeText(file, table.toCsv());
            default -> throw unsupported(file);
        }
    }

    @Override
    public void setFocus() {
        chart.setFocus();
    }
}
