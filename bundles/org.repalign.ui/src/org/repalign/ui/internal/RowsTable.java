package org.repalign.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.repalign.analysis.results.ResultsCsv;

/**
 * A table of report rows: shown in an SWT {@link Table} with numbers to four significant
 * digits, right-aligned in numeric columns, sorted by a click on a column header (a second
 * click reverses the order; numbers by value with undefined ones last, texts alphabetically),
 * exported as CSV at full precision in the report's order (empty cells for undefined values).
 */
public final class RowsTable {

    private final Table table;
    private List<String> headers = List.of();
    private List<Object[]> rows = List.of();
    private List<Object[]> shownRows = List.of();
    private int sortColumn = -1;
    private boolean ascending = true;

    /** @param parent the parent of the table */
    public RowsTable(Composite parent) {
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
    }

    /**
     * Shows new rows in the report's order (a sort chosen before is kept when the columns are the same).
     *
     * @param newHeaders column names
     * @param newRows    rows of strings and numbers
     */
    public void setRows(List<String> newHeaders, List<Object[]> newRows) {
        if (!newHeaders.equals(headers)) {
            sortColumn = -1;
            ascending = true;
        }
        headers = List.copyOf(newHeaders);
        rows = List.copyOf(newRows);
        table.setRedraw(false);
        try {
            for (TableColumn column : table.getColumns()) {
                column.dispose();
            }
            for (int c = 0; c < headers.size(); c++) {
                TableColumn column = new TableColumn(table, numeric(c) ? SWT.RIGHT : SWT.LEFT);
                column.setText(headers.get(c));
                int index = c;
                column.addListener(SWT.Selection, e -> sortBy(index));
            }
            fill();
            for (TableColumn column : table.getColumns()) {
                column.pack();
            }
        } finally {
            table.setRedraw(true);
        }
    }

    /**
     * Sorts the shown rows by a column, as a click on its header does: ascending first, reversed
     * when it is already the sort column.
     *
     * @param column the column index
     */
    public void sortBy(int column) {
        ascending = column != sortColumn || !ascending;
        sortColumn = column;
        table.setRedraw(false);
        try {
            fill();
        } finally {
            table.setRedraw(true);
        }
    }

    private void fill() {
        List<Object[]> ordered = new ArrayList<>(rows);
        if (sortColumn >= 0 && sortColumn < headers.size()) {
            Comparator<Object[]> order = numeric(sortColumn) ? byNumber(sortColumn, ascending)
                    : Comparator.comparing((Object[] row) -> text(row, sortColumn), String.CASE_INSENSITIVE_ORDER);
            if (!numeric(sortColumn) && !ascending) {
                order = order.reversed();
            }
            ordered.sort(order);
            table.setSortColumn(table.getColumn(sortColumn));
            table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        } else {
            table.setSortColumn(null);
            table.setSortDirection(SWT.NONE);
        }
        shownRows = List.copyOf(ordered);
        table.removeAll();
        for (Object[] row : shownRows) {
            TableItem item = new TableItem(table, SWT.NONE);
            for (int c = 0; c < row.length; c++) {
                item.setText(c, shown(row[c]));
            }
        }
    }

    /** Numbers by value, undefined (NaN or not a number) last in both directions. */
    private static Comparator<Object[]> byNumber(int column, boolean ascending) {
        return (x, y) -> {
            double a = number(x, column);
            double b = number(y, column);
            if (Double.isNaN(a) || Double.isNaN(b)) {
                return Boolean.compare(Double.isNaN(a), Double.isNaN(b));
            }
            return ascending ? Double.compare(a, b) : Double.compare(b, a);
        };
    }

    /** @return whether every defined value of the column is a number (numbers or numeric texts) */
    private boolean numeric(int column) {
        boolean any = false;
        for (Object[] row : rows) {
            if (column >= row.length || row[column] == null) {
                continue;
            }
            Object value = row[column];
            if (value instanceof String s && s.isBlank()) {
                continue;
            }
            if (!(value instanceof Number) && Double.isNaN(parse(String.valueOf(value)))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static double number(Object[] row, int column) {
        Object value = column < row.length ? row[column] : null;
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        return value == null ? Double.NaN : parse(String.valueOf(value));
    }

    private static double parse(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String text(Object[] row, int column) {
        return column < row.length && row[column] != null ? String.valueOf(row[column]) : "";
    }

    private static String shown(Object value) {
        if (value instanceof Double d) {
            return d.isNaN() ? "" : String.format(Locale.ROOT, "%.4g", d);
        }
        return String.valueOf(value);
    }

    /** @return the rows in the order shown (sorted by the chosen column, else the report's order) */
    public List<Object[]> shownRows() {
        return shownRows;
    }

    /** @return the rows as CSV with a header line, numbers at full precision, in the report's order */
    public String toCsv() {
        return ResultsCsv.write(headers, rows);
    }

    /** @return the SWT table */
    public Table getTable() {
        return table;
    }
}
