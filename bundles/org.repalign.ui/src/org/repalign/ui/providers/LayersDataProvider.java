package org.repalign.ui.providers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.results.TableSchema;
import org.repalign.analysis.results.rows.LayerBest;
import org.repalign.analysis.results.rows.LayerGridCell;
import org.repalign.analysis.store.ResultStore;

/**
 * The data provider of the layers analysis: per metric, the source pairs with their best layer
 * pair ({@code layers-best.csv}), a pair's layer × layer grid ({@code layers-grid.csv}) and the
 * sources × sources matrix of the best values. The best cell is the one the analysis chose;
 * nothing is recomputed.
 */
public final class LayersDataProvider implements DataProvider {

    /** The analysis id. */
    public static final String ANALYSIS = "layers";

    /**
     * The two tables of one run's layers analysis, read once.
     *
     * @param best one row per source pair and metric, in file order
     * @param grid every cell of every pair's layer grid, in file order
     */
    public record LayerTables(List<LayerBest> best, List<LayerGridCell> grid) {

        /** No layers analysis. */
        public static final LayerTables NONE = new LayerTables(List.of(), List.of());

        /** Compact constructor: freezes the lists. */
        public LayerTables {
            best = List.copyOf(best);
            grid = List.copyOf(grid);
        }

        /** @return whether there is nothing to show */
        public boolean isEmpty() {
            return best.isEmpty();
        }
    }

    /** A provider for the extension registry. */
    public LayersDataProvider() {
    }

    @Override
    public Set<String> analyses() {
        return Set.of(ANALYSIS);
    }

    /**
     * @param run a run, or {@code null}
     * @return its layers tables; {@link LayerTables#NONE} when it has no layers analysis
     * @throws IOException with a one-line message naming the file when a table is missing or cannot be read
     */
    public LayerTables read(RunResults run) throws IOException {
        if (!hasResults(run)) {
            return LayerTables.NONE;
        }
        return new LayerTables(rows(run, LayerBest.TABLE), rows(run, LayerGridCell.TABLE));
    }

    private static <R extends Record> List<R> rows(RunResults run, TableSchema<R> schema) throws IOException {
        Path file = run.folder().resolve(ResultStore.tableFileName(ANALYSIS, schema.name()));
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        return RunResults.readCsv(file, schema);
    }

    /**
     * @param tables a run's layers tables
     * @return the metrics measured, in table order
     */
    public List<String> metrics(LayerTables tables) {
        return tables.best().stream().map(LayerBest::metric).distinct().toList();
    }

    /**
     * @param tables a run's layers tables
     * @param metric a metric key
     * @return the source pairs of the metric with their best layer pair, in table order
     */
    public List<LayerBest> pairs(LayerTables tables, String metric) {
        return tables.best().stream().filter(b -> b.metric().equals(metric)).toList();
    }

    /**
     * @param a a source
     * @param b another source
     * @return the pair's label, {@code a – b}
     */
    public static String pairLabel(String a, String b) {
        return FeatureMatchingDataProvider.pairLabel(a, b);
    }

    /**
     * @param tables a run's layers tables
     * @param pair   one of {@link #pairs}
     * @return its layer grid: the layers of {@code a} as rows, of {@code b} as columns; a layer
     *         without a cell in the grid file is named by its index
     */
    public LayerGridModel grid(LayerTables tables, LayerBest pair) {
        return grid(cells(tables, pair), pair);
    }

    /**
     * @param tables a run's layers tables
     * @param pair   one of {@link #pairs}
     * @return the cells of the pair's layer grid, in file order
     */
    public List<LayerGridCell> cells(LayerTables tables, LayerBest pair) {
        return tables.grid().stream().filter(cell -> cell.metric().equals(pair.metric()) && cell.a().equals(pair.a())
                && cell.b().equals(pair.b())).toList();
    }

    private static LayerGridModel grid(List<LayerGridCell> cells, LayerBest pair) {
        int rows = pair.layersA();
        int columns = pair.layersB();
        String[] rowNames = new String[rows];
        String[] columnNames = new String[columns];
        double[][] values = new double[rows][columns];
        double[][] sds = new double[rows][columns];
        for (int r = 0; r < rows; r++) {
            Arrays.fill(values[r], Double.NaN);
            Arrays.fill(sds[r], Double.NaN);
        }
        for (LayerGridCell cell : cells) {
            if (cell.layerA() < 0 || cell.layerA() >= rows || cell.layerB() < 0 || cell.layerB() >= columns) {
                continue;
            }
            values[cell.layerA()][cell.layerB()] = cell.value();
            sds[cell.layerA()][cell.layerB()] = cell.sd();
            rowNames[cell.layerA()] = cell.layerAName();
            columnNames[cell.layerB()] = cell.layerBName();
        }
        rowNames[pair.bestLayerA()] = pair.bestLayerAName();
        columnNames[pair.bestLayerB()] = pair.bestLayerBName();
        return new LayerGridModel(pair.metric(), pair.a(), pair.b(), names(rowNames), names(columnNames), values, sds,
                pair.bestLayerA(), pair.bestLayerB());
    }

    private static List<String> names(String[] names) {
        List<String> out = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            out.add(names[i] == null || names[i].isEmpty() ? Integer.toString(i) : names[i]);
        }
        return out;
    }

    /**
     * The sources × sources matrix of best-layer alignment: cells (i, j) and (j, i) hold the best
     * value of the pair over its layer grid, noted with the best layer pair; NaN on the diagonal
     * and for pairs the metric was not swept for.
     *
     * @param run    the run
     * @param tables its layers tables
     * @param metric a metric key
     * @return the matrix, sources in experiment order
     */
    public MatrixModel bestMatrix(RunResults run, LayerTables tables, String metric) {
        List<String> sources = new ArrayList<>(run.sources());
        List<LayerBest> pairs = pairs(tables, metric);
        for (LayerBest pair : pairs) {
            for (String source : List.of(pair.a(), pair.b())) {
                if (!sources.contains(source)) {
                    sources.add(source);
                }
            }
        }
        int n = sources.size();
        double[][] values = new double[n][n];
        String[][] notes = new String[n][n];
        for (double[] row : values) {
            Arrays.fill(row, Double.NaN);
        }
        for (LayerBest pair : pairs) {
            int i = sources.indexOf(pair.a());
            int j = sources.indexOf(pair.b());
            String note = bestNote(pair);
            values[i][j] = pair.value();
            values[j][i] = pair.value();
            notes[i][j] = note;
            notes[j][i] = note;
        }
        return new MatrixModel(sources, values, notes);
    }

    /**
     * @param pair a pair's best layer pair
     * @return the note of its cell: which layers, and ± sd
     */
    public static String bestNote(LayerBest pair) {
        return "best layers: " + pair.a() + " " + pair.bestLayerAName() + " \u00d7 " + pair.b() + " "
                + pair.bestLayerBName() + " (of " + pair.layersA() + " \u00d7 " + pair.layersB() + ")";
    }
}
