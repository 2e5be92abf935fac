package org.repalign.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
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
import org.repalign.analysis.results.rows.ProbeRow;
import org.repalign.ui.charts.ChartSvg;
import org.repalign.ui.charts.HeatmapCanvas;
import org.repalign.ui.charts.HeatmapData;
import org.repalign.ui.charts.HeatmapExport;
import org.repalign.ui.charts.SequentialColorScale;
import org.repalign.ui.internal.AtomicExportFile;
import org.repalign.ui.internal.ChartImages;
import org.repalign.ui.internal.Combos;
import org.repalign.ui.internal.ChartFitting;
import org.repalign.ui.internal.ChartTableSplit;
import org.repalign.ui.internal.RowsTable;
import org.repalign.ui.internal.RunResultsView;
import org.repalign.ui.providers.ProbesDataProvider;
import org.repalign.ui.providers.SeriesModel;
import org.repalign.ui.providers.TableModel;

/**
 * Attribute probes (probes analysis). For one source, per attribute: out-of-fold AUROC on the
 * dense rows and on the SAE codes as bars (0.5 is chance), or out-of-fold accuracy of both
 * against the majority baseline; for all sources, the latent ↔ attribute map: each attribute's
 * best single latent and its AUROC as a heatmap (sources × attributes, the latent's index on
 * hover). Every probe row of the source in a table. Exports the chart or map as PNG or SVG and
 * the table as CSV.
 */
public class ProbesView extends RunResultsView {

    /** The view id. */
    public static final String ID = "org.repalign.ui.views.probes";

    /** Id of the dense AUROC bars. */
    public static final String DENSE_SERIES = "dense AUROC";

    /** Id of the sparse AUROC bars. */
    public static final String SPARSE_SERIES = "sparse AUROC";

    /** Id of the dense accuracy bars. */
    public static final String DENSE_ACCURACY_SERIES = "dense accuracy";

    /** Id of the sparse accuracy bars. */
    public static final String SPARSE_ACCURACY_SERIES = "sparse accuracy";

    /** Id of the majority-baseline bars. */
    public static final String BASELINE_SERIES = "majority baseline";

    /** What the upper part shows. */
    public enum Plot {
        /** AUROC of the dense and the sparse probe per attribute */
        AUROC("AUROC, dense and sparse"),
        /** accuracy of both probes against the majority baseline */
        ACCURACY("accuracy against the majority baseline"),
        /** each attribute's best single latent, all sources */
        LATENT_MAP("latent \u2194 attribute map");

        private final String label;

        Plot(String label) {
            this.label = label;
        }

        /** @return the text in the Show list */
        public String label() {
            return label;
        }
    }

    private final ProbesDataProvider probes = provider("probes", ProbesDataProvider.class, ProbesDataProvider::new);
    private Combo sourceCombo;
    private Combo displayCombo;
    private Composite stack;
    private Chart chart;
    private HeatmapCanvas latentMap;
    private RowsTable table;

    @Override
    protected void createContents(Composite parent) {
        parent.setLayout(new GridLayout(4, false));
        new Label(parent, SWT.NONE).setText("Source:");
        sourceCombo = new Combo(parent, SWT.READ_ONLY);
        new Label(parent, SWT.NONE).setText("Show:");
        displayCombo = new Combo(parent, SWT.READ_ONLY);
        displayCombo.setItems(java.util.Arrays.stream(Plot.values()).map(Plot::label).toArray(String[]::new));
        displayCombo.select(0);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        stack = new Composite(sash, SWT.NONE);
        stack.setLayout(new StackLayout());
        chart = new Chart(stack, SWT.NONE);
        latentMap = new HeatmapCanvas(stack, SWT.NONE);
        ((StackLayout) stack.getLayout()).topControl = chart;
        chart.getAxisSet().getXAxis(0).getTitle().setText("attribute");
        chart.getAxisSet().getYAxis(0).getTitle().setText("out-of-fold AUROC");
        chart.getLegend().setPosition(SWT.BOTTOM);
        table = new RowsTable(sash);
        sash.setWeights(2, 1);
        ChartTableSplit.apply(sash, table.getTable());
        ChartFitting.apply(chart);
        sourceCombo.addListener(SWT.Selection, e -> redraw());
        displayCombo.addListener(SWT.Selection, e -> redraw());
    }

    @Override
    protected void update(RunResults run) {
        Combos.refill(sourceCombo, probes.sources(run));
        redraw();
    }

    private Plot plot() {
        return Plot.values()[Math.max(0, displayCombo.getSelectionIndex())];
    }

    private void redraw() {
        Combos.deleteSeries(chart, DENSE_SERIES, SPARSE_SERIES, DENSE_ACCURACY_SERIES, SPARSE_ACCURACY_SERIES,
                BASELINE_SERIES);
        RunResults run = getRun();
        Plot shown = plot();
        ((StackLayout) stack.getLayout()).topControl = shown == Plot.LATENT_MAP ? latentMap : chart;
        stack.layout();
        latentMap.setEmptyMessage(run == null ? "Select a run in the Runs view." : "No probes analysis in this run.");
        latentMap.setData(run == null || run.probes().isEmpty() ? null : latentMap(run));
        String source = sourceCombo.getText();
        TableModel rows = probes.rows(run, source);
        table.setRows(rows.columns(), rows.rowArrays());
        if (rows.rows().isEmpty()) {
            ChartFitting.setTitle(chart, run == null ? "Select a run in the Runs view." : "No probes analysis in this run.");
            chart.redraw();
            return;
        }
        List<String> attributes = probes.attributes(run, source);
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.enableCategory(true);
        x.setCategorySeries(attributes.toArray(String[]::new));
        x.getTick().setTickLabelAngle(attributes.size() > 12 ? 90 : 0);
        if (shown == Plot.ACCURACY) {
            bars(probes.series(run, source, DENSE_ACCURACY_SERIES, "dense", ProbeRow::accuracy), SWT.COLOR_DARK_BLUE);
            bars(probes.series(run, source, SPARSE_ACCURACY_SERIES, "sparse", ProbeRow::accuracy), SWT.COLOR_DARK_RED);
            bars(probes.series(run, source, BASELINE_SERIES, "dense", ProbeRow::baseline), SWT.COLOR_GRAY);
            ChartFitting.setTitle(chart, source + ": probe accuracy against the majority baseline");
            chart.getAxisSet().getYAxis(0).getTitle().setText("out-of-fold accuracy");
        } else {
            bars(probes.series(run, source, DENSE_SERIES, "dense", ProbeRow::auroc), SWT.COLOR_DARK_BLUE);
            bars(probes.series(run, source, SPARSE_SERIES, "sparse", ProbeRow::auroc), SWT.COLOR_DARK_RED);
            ChartFitting.setTitle(chart, source + ": attribute probes (AUROC 0.5 is chance)");
            chart.getAxisSet().getYAxis(0).getTitle().setText("out-of-fold AUROC");
        }
        chart.getAxisSet().adjustRange();
        chart.getAxisSet().getYAxis(0).setRange(new Range(0, 1.05));
        chart.redraw();
    }

    private void bars(SeriesModel values, int color) {
        IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, values.id());
        series.setYSeries(values.values());
        series.setBarColor(chart.getDisplay().getSystemColor(color));
    }

    /**
     * @param run a run with probes
     * @return sources × attributes: the AUROC of each attribute's best single latent, the latent on hover
     */
    HeatmapData latentMap(RunResults run) {
        double[][] values = probes.latentAurocs(run);
        return new HeatmapData("Best single SAE latent per attribute: its AUROC (0.5 is chance; the latent on hover)",
                probes.sources(run), probes.latentAttributes(run), values, SequentialColorScale.spanning(values),
                "best latent AUROC", probes.latentNotes(run));
    }

    /**
     * @param shown what the upper part shows
     */
    public void show(Plot shown) {
        displayCombo.select(shown.ordinal());
        redraw();
    }

    /** @return the latent ↔ attribute map */
    public HeatmapCanvas getLatentMap() {
        return latentMap;
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
    public void export(Path file) throws IOException {
        if (getRun() == null || getRun().probes().isEmpty()) {
            throw new IOException(file.getFileName() + ": nothing to export, no probes are shown");
        }
        boolean map = plot() == Plot.LATENT_MAP && latentMap.getHeatmapData() != null;
        int width = Math.max(640, latentMap.getSize().x);
        int height = Math.max(480, latentMap.getSize().y);
        switch (extension(file)) {
            case "png" -> {
                if (map) {
                    HeatmapExport.writePng(file, List.of(latentMap.getHeatmapData()), width, height);
                } else {
                    ChartImages.writePng(chart, file);
                }
            }
            case "svg" -> {
                if (map) {
                    HeatmapExport.writeSvg(file, List.of(latentMap.getHeatmapData()), width, height);
                } else {
                    ChartSvg.write(file, chart);
                }
            }
            case "csv" -> AtomicExportFile.writeText(file, table.toCsv());
            default -> throw unsupported(file);
        }
    }

    @Override
    public void setFocus() {
        chart.setFocus();
    }
}
