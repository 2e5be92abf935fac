package org.repalign.ui.views;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;
import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.store.ResultStore;
import org.repalign.ui.charts.ChartSvg;
import org.repalign.ui.internal.AtomicExportFile;
import org.repalign.ui.internal.ChartFitting;
import org.repalign.ui.internal.ChartImages;
import org.repalign.ui.internal.ChartTableSplit;
import org.repalign.ui.internal.Combos;
import org.repalign.ui.internal.RowsTable;
import org.repalign.ui.internal.RunResultsView;
import org.repalign.ui.providers.SeriesModel;
import org.repalign.ui.providers.TableDataProvider;
import org.repalign.ui.providers.TableModel;
import org.repalign.ui.results.ResultTableFile;
import org.repalign.ui.results.ResultViewer;
import org.repalign.ui.results.ResultViewers;

/**
 * The generic viewer, Result Tables: the tables of any analysis of the selected run (read by
 * {@link TableDataProvider}). Pick an analysis and one of its tables; it is shown as a sortable
 * table and, when it has numeric columns, as a bar or line chart of a chosen numeric column
 * against a label column. A table with a viewer contributed for its name
 * ({@code org.repalign.ui.resultViewers}, attributes {@code table} and {@code class}) is shown
 * by that viewer instead. Opened without a choice it shows the first analysis of the run that
 * has no view of its own. Exports the chart as PNG or SVG and the table as CSV.
 */
public final class ContributedResultsView extends RunResultsView {

    /** The view id. */
    public static final String ID = ResultViewers.GENERIC_VIEW;

    /** Id of the chart's series. */
    public static final String SERIES_ID = "values";

    /** The longest category label drawn upright (more than 12 categories), longer ones are cut. */
    private static final int MAX_UPRIGHT_LABEL = 18;

    /** How the chart draws the chosen column. */
    public enum ChartKind {
        /** one bar per row */
        BAR,
        /** a line through the rows in table order */
        LINE
    }

    private final ResultViewers viewers = new ResultViewers();
    private final TableDataProvider provider = new TableDataProvider();
    private final Map<String, ResultViewer> createdViewers = new HashMap<>();
    private final Map<String, Control> viewerControls = new HashMap<>();
    private Combo analysisCombo;
    private Combo tableCombo;
    private Combo kindCombo;
    private Combo labelCombo;
    private Combo valueCombo;
    private Label message;
    private Composite stack;
    private StackLayout stackLayout;
    private SashForm generic;
    private Composite chartControls;
    private Chart chart;
    private RowsTable rowsTable;
    private TableModel shown;
    private String wantedAnalysis;

    @Override
    protected void createContents(Composite parent) {
        parent.setLayout(new GridLayout(7, false));
        new Label(parent, SWT.NONE).setText("Analysis:");
        analysisCombo = new Combo(parent, SWT.READ_ONLY);
        new Label(parent, SWT.NONE).setText("Table:");
        tableCombo = new Combo(parent, SWT.READ_ONLY);
        message = new Label(parent, SWT.NONE);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        analysisCombo.addListener(SWT.Selection, event -> {
            wantedAnalysis = analysisCombo.getText();
            fillTables();
        });
        tableCombo.addListener(SWT.Selection, event -> showSelected());
        chartControls = new Composite(parent, SWT.NONE);
        chartControls.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 7, 1));
        GridLayout controlsLayout = new GridLayout(6, false);
        controlsLayout.marginWidth = 0;
        controlsLayout.marginHeight = 0;
        chartControls.setLayout(controlsLayout);
        new Label(chartControls, SWT.NONE).setText("Chart:");
        kindCombo = new Combo(chartControls, SWT.READ_ONLY);
        kindCombo.setItems("bars", "line");
        kindCombo.select(0);
        new Label(chartControls, SWT.NONE).setText("Value:");
        valueCombo = new Combo(chartControls, SWT.READ_ONLY);
        new Label(chartControls, SWT.NONE).setText("Label:");
        labelCombo = new Combo(chartControls, SWT.READ_ONLY);
        for (Combo combo : List.of(kindCombo, valueCombo, labelCombo)) {
            combo.addListener(SWT.Selection, event -> redrawChart());
        }
        stack = new Composite(parent, SWT.NONE);
        stack.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 7, 1));
        stackLayout = new StackLayout();
        stack.setLayout(stackLayout);
        generic = new SashForm(stack, SWT.VERTICAL);
        chart = new Chart(generic, SWT.NONE);
        chart.getLegend().setVisible(false);
        ChartFitting.apply(chart);
        rowsTable = new RowsTable(generic);
        generic.setWeights(3, 2);
        ChartTableSplit.apply(generic, rowsTable.getTable());
    }

    @Override
    protected void update(RunResults results) {
        List<String> analyses = new ArrayList<>();
        if (results != null) {
            for (String analysis : results.analyses()) {
                if (!provider.tableNames(results, analysis).isEmpty()) {
                    analyses.add(analysis);
                }
            }
        }
        analysisCombo.setItems(analyses.toArray(String[]::new));
        if (analyses.isEmpty()) {
            tableCombo.setItems();
            analysisCombo.getParent().layout(true, true);
            showNothing(results == null ? "Select a run in the Runs view." : "This run has no result tables.");
            return;
        }
        String chosen = analyses.contains(wantedAnalysis) ? wantedAnalysis
                : analyses.stream().filter(a -> !viewers.hasOwnView(a)).findFirst().orElse(analyses.get(0));
        analysisCombo.select(analyses.indexOf(chosen));
        fillTables();
    }

    /**
     * Shows an analysis's tables, now when the run has it and else when a run that has it is shown.
     *
     * @param analysis an analysis id
     */
    public void showAnalysis(String analysis) {
        wantedAnalysis = analysis;
        int index = analysisCombo.indexOf(analysis);
        if (index >= 0) {
            analysisCombo.select(index);
            fillTables();
        }
    }

    /**
     * Shows one table of the analysis shown.
     *
     * @param table a table name of the analysis
     * @throws IllegalArgumentException when the analysis has no such table
     */
    public void showTable(String table) {
        int index = tableCombo.indexOf(table);
        if (index < 0) {
            throw new IllegalArgumentException(analysisCombo.getText() + " has no table " + table);
        }
        tableCombo.select(index);
        showSelected();
    }

    /**
     * Chooses what the chart draws.
     *
     * @param kind        bars or a line
     * @param valueColumn a numeric column of the table shown
     * @param labelColumn the column that labels the categories, or {@link TableDataProvider#TEXT_COLUMNS}
     * @throws IllegalArgumentException when a column is not offered
     */
    public void chart(ChartKind kind, String valueColumn, String labelColumn) {
        int value = valueCombo.indexOf(valueColumn);
        int label = labelCombo.indexOf(labelColumn);
        if (value < 0 || label < 0) {
            throw new IllegalArgumentException("the table shown offers no chart of " + valueColumn + " by " + labelColumn);
        }
        kindCombo.select(kind.ordinal());
        valueCombo.select(value);
        labelCombo.select(label);
        redrawChart();
    }

    private void fillTables() {
        RunResults run = getRun();
        List<String> tables = run == null ? List.of() : provider.tableNames(run, analysisCombo.getText());
        Combos.refill(tableCombo, tables);
        if (tables.isEmpty()) {
            showNothing("This analysis has no tables in the run.");
            return;
        }
        showSelected();
    }

    private static void setVisible(Control control, boolean visible) {
        control.setVisible(visible);
        ((GridData) control.getLayoutData()).exclude = !visible;
        control.getParent().layout(true, true);
    }

    private void showNothing(String text) {
        shown = null;
        message.setText(text);
        stackLayout.topControl = null;
        stack.layout();
    }

    /** @return the analyses offered, in the run's order */
    public List<String> analysisChoices() {
        return List.of(analysisCombo.getItems());
    }

    /** @return the tables of the analysis shown */
    public List<String> tableChoices() {
        return List.of(tableCombo.getItems());
    }

    /** @return the analysis shown, empty for none */
    public String shownAnalysis() {
        return analysisCombo.getText();
    }

    /** @return the table shown, or {@code null} */
    public TableModel shownTable() {
        return shown;
    }

    /** @return whether the table shown has a contributed viewer */
    public boolean showsContributedViewer() {
        return stackLayout.topControl != null && stackLayout.topControl != generic;
    }

    /** @return whether the chart is shown (the table has a numeric column) */
    public boolean showsChart() {
        return stackLayout.topControl == generic && generic.getMaximizedControl() == null;
    }

    private void showSelected() {
        RunResults run = getRun();
        String analysis = analysisCombo.getText();
        String table = tableCombo.getText();
        if (run == null || table.isEmpty()) {
            return;
        }
        try {
            shown = provider.table(run, analysis, table);
        } catch (IOException e) {
            showNothing(e.getMessage());
            return;
        }
        message.setText(shown.rows().size() + " rows, " + shown.columns().size() + " columns");
        ResultViewer viewer = viewers.hasEmbeddedViewer(analysis, table) ? viewer(table) : null;
        if (viewer != null) {
            try {
                viewer.show(ResultTableFile.read(run.folder(), analysis, table));
            } catch (IOException e) {
                showNothing(e.getMessage());
                return;
            }
            stackLayout.topControl = viewerControls.get(table);
            setVisible(chartControls, false);
        } else {
            rowsTable.setRows(shown.columns(), shown.rowArrays());
            List<String> numeric = shown.numericColumns();
            Combos.refill(valueCombo, numeric);
            List<String> labels = new ArrayList<>();
            labels.add(TableDataProvider.TEXT_COLUMNS);
            labels.addAll(shown.columns());
            Combos.refill(labelCombo, labels);
            generic.setMaximizedControl(numeric.isEmpty() ? rowsTable.getTable() : null);
            setVisible(chartControls, !numeric.isEmpty());
            stackLayout.topControl = generic;
            redrawChart();
        }
        stack.layout(true, true);
    }

    private void redrawChart() {
        Combos.deleteSeries(chart, SERIES_ID);
        if (shown == null || valueCombo.getText().isEmpty() || labelCombo.getText().isEmpty()) {
            chart.redraw();
            return;
        }
        SeriesModel series = provider.series(shown, labelCombo.getText(), valueCombo.getText());
        ChartKind kind = ChartKind.values()[Math.max(0, kindCombo.getSelectionIndex())];
        ISeries<?> drawn = chart.getSeriesSet().createSeries(kind == ChartKind.BAR ? SeriesType.BAR : SeriesType.LINE,
                SERIES_ID);
        drawn.setYSeries(series.values());
        java.util.Optional<double[][]> interval = provider.interval(shown, valueCombo.getText());
        if (interval.isPresent()) {
            whiskers(drawn, series.values(), interval.get());
        }
        if (drawn instanceof IBarSeries<?> bars) {
            bars.setBarColor(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
        } else if (drawn instanceof ILineSeries<?> line) {
            line.setLineColor(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
        }
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.enableCategory(true);
        boolean upright = series.categories().size() > 12;
        // upright labels are cut, so that many long labels leave the bars room; the table has them whole
        x.setCategorySeries(series.categories().stream()
                .map(c -> upright && c.length() > MAX_UPRIGHT_LABEL ? c.substring(0, MAX_UPRIGHT_LABEL - 1) + "\u2026" : c)
                .toArray(String[]::new));
        x.getTick().setTickLabelAngle(upright ? 90 : 0);
        x.getTitle().setText(labelCombo.getText());
        chart.getAxisSet().getYAxis(0).getTitle().setText(valueCombo.getText());
        ChartFitting.setTitle(chart, shown.analysis() + " \u00b7 " + shown.name() + ": " + valueCombo.getText()
                + " by " + labelCombo.getText() + (interval.isPresent() ? " (whiskers: 95% interval)" : ""));
        chart.getAxisSet().adjustRange();
        if (kind == ChartKind.BAR) {
            chart.getAxisSet().getYAxis(0).setRange(barRange(interval.isPresent()
                    ? withEnds(series.values(), interval.get()) : series.values()));
        }
        chart.redraw();
    }

    /**
     * Draws each value's interval as a whisker (the series' Y error bar, plus and minus the
     * distances to the interval's ends; 0 where the interval is undefined).
     */
    private void whiskers(ISeries<?> series, double[] values, double[][] interval) {
        double[] plus = new double[values.length];
        double[] minus = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double up = interval[1][i] - values[i];
            double down = values[i] - interval[0][i];
            plus[i] = Double.isFinite(up) && up > 0 ? up : 0;
            minus[i] = Double.isFinite(down) && down > 0 ? down : 0;
        }
        org.eclipse.swtchart.IErrorBar bar = series.getYErrorBar();
        bar.setType(org.eclipse.swtchart.IErrorBar.ErrorBarType.BOTH);
        bar.setPlusErrors(plus);
        bar.setMinusErrors(minus);
        bar.setColor(chart.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        bar.setLineWidth(1);
        bar.setVisible(true);
    }

    /** The values and both ends of their intervals, so that the axis holds every whisker. */
    private static double[] withEnds(double[] values, double[][] interval) {
        double[] all = new double[values.length * 3];
        System.arraycopy(values, 0, all, 0, values.length);
        System.arraycopy(interval[0], 0, all, values.length, values.length);
        System.arraycopy(interval[1], 0, all, 2 * values.length, values.length);
        return all;
    }

    /**
     * @param values the bar heights, NaN for undefined
     * @return a value range that holds zero, where every bar starts, and every defined height
     */
    static Range barRange(double[] values) {
        double low = 0;
        double high = 0;
        for (double value : values) {
            if (Double.isFinite(value)) {
                low = Math.min(low, value);
                high = Math.max(high, value);
            }
        }
        double pad = (high - low) * 0.05;
        return pad > 0 ? new Range(low - (low < 0 ? pad : 0), high + (high > 0 ? pad : 0)) : new Range(-1, 1);
    }

    /** @return the chart */
    public Chart getChart() {
        return chart;
    }

    /** @return the table */
    public RowsTable getTable() {
        return rowsTable;
    }

    private ResultViewer viewer(String table) {
        if (createdViewers.containsKey(table)) {
            return createdViewers.get(table);
        }
        ResultViewer viewer = viewers.create(table).orElse(null);
        if (viewer != null) {
            Composite holder = new Composite(stack, SWT.NONE);
            holder.setLayout(new FillLayout());
            viewer.createControl(holder);
            offerExport(holder);
            viewerControls.put(table, holder);
        }
        createdViewers.put(table, viewer);
        return viewer;
    }

    @Override
    public void export(Path file) throws IOException {
        if (shown == null || getRun() == null) {
            throw new IOException(file.getFileName() + ": nothing to export, no table is shown");
        }
        switch (extension(file)) {
            case "png" -> ChartImages.writePng(chartForExport(file), file);
            case "svg" -> ChartSvg.write(file, chartForExport(file));
            case "csv" -> {
                Path source = getRun().folder().resolve(ResultStore.tableFileName(shown.analysis(), shown.name()));
                AtomicExportFile.writeText(file, Files.isRegularFile(source)
                        ? Files.readString(source, StandardCharsets.UTF_8) : rowsTable.toCsv());
            }
            default -> throw unsupported(file);
        }
    }

    private Chart chartForExport(Path file) throws IOException {
        if (!showsChart()) {
            throw new IOException(file.getFileName() + ": the table shown has no chart; export it as CSV");
        }
        return chart;
    }

    @Override
    public void setFocus() {
        analysisCombo.setFocus();
    }
}
