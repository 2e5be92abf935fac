package org.repalign.ui.providers;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.repalign.analysis.results.RunResults;

/**
 * The data provider of the generic viewer, for any analysis: the analysis's tables (through
 * {@link AnalysisTables}), one table typed, and one numeric column of it as a series against a
 * label column.
 */
public final class TableDataProvider implements DataProvider {

    /** The label "column" that joins a row's text cells, e.g. {@code m1 · m2 · cka}. */
    public static final String TEXT_COLUMNS = "(text columns)";

    private final AnalysisTables tables;

    /** A provider over the workbench's tables ({@link AnalysisTables#standard()}). */
    public TableDataProvider() {
        this(AnalysisTables.standard());
    }

    /** @param tables where the tables are read */
    public TableDataProvider(AnalysisTables tables) {
        this.tables = tables;
    }

    /** @return every analysis: the generic viewer reads the tables of any */
    @Override
    public Set<String> analyses() {
        return Set.of();
    }

    @Override
    public boolean hasResults(RunResults run) {
        return run != null && run.analyses().stream().anyMatch(a -> !tables.tableNames(run, a).isEmpty());
    }

    /**
     * @param run      a run
     * @param analysis an analysis id
     * @return its table names in the run, sorted
     */
    public List<String> tableNames(RunResults run, String analysis) {
        return run == null ? List.of() : tables.tableNames(run, analysis);
    }

    /**
     * @param run      a run
     * @param analysis an analysis id
     * @param table    a table name
     * @return the table
     * @throws IOException naming the table when it cannot be read
     */
    public TableModel table(RunResults run, String analysis, String table) throws IOException {
        return tables.table(run, analysis, table);
    }

    /**
     * @param table       a table
     * @param labelColumn the column whose cells name the categories (any column), or {@link
     *                    #TEXT_COLUMNS} for each row's non-empty text cells joined with {@code " · "}
     *                    (the row number when it has none)
     * @param valueColumn a numeric column
     * @return one category per row, labelled by {@code labelColumn}, valued by {@code valueColumn}
     * @throws IllegalArgumentException when a column is missing or the value column is not numeric
     */
    public SeriesModel series(TableModel table, String labelColumn, String valueColumn) {
        return new SeriesModel(valueColumn, labels(table, labelColumn), table.numbers(valueColumn));
    }

    /**
     * The 95% interval a table gives for a column: the columns {@code COLUMN_lower} and
     * {@code COLUMN_upper} (bias and signal values and deltas, the noise slope), or {@code lower}
     * and {@code upper} for a column named {@code value} (the tidy alignment table).
     *
     * @param table       a table
     * @param valueColumn a numeric column
     * @return per row the lower and upper end ({@code [0]} and {@code [1]}, NaN where undefined),
     *         or empty when the table has no interval for the column
     */
    public java.util.Optional<double[][]> interval(TableModel table, String valueColumn) {
        String prefix = valueColumn.equals("value") ? "" : valueColumn + "_";
        String lower = prefix + "lower";
        String upper = prefix + "upper";
        if (!table.columns().contains(lower) || !table.columns().contains(upper)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new double[][] { cells(table, lower), cells(table, upper) });
    }

    /** A column's numbers, NaN for a cell that holds none (an undefined end is an empty cell). */
    private static double[] cells(TableModel table, String column) {
        int index = table.column(column);
        return table.rows().stream()
                .mapToDouble(row -> row.get(index) instanceof Number number ? number.doubleValue() : Double.NaN)
                .toArray();
    }

    private static List<String> labels(TableModel table, String labelColumn) {
        if (!TEXT_COLUMNS.equals(labelColumn)) {
            return table.labels(labelColumn);
        }
        List<String> text = table.textColumns();
        List<String> out = new java.util.ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> parts = new java.util.ArrayList<>();
            for (String column : text) {
                String cell = String.valueOf(table.rows().get(r).get(table.column(column)));
                if (!cell.isEmpty()) {
                    parts.add(cell);
                }
            }
            out.add(parts.isEmpty() ? Integer.toString(r + 1) : String.join(" \u00b7 ", parts));
        }
        return out;
    }
}
