package org.repalign.ui.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.repalign.ui.charts.Csv;

/**
 * A table of report rows: shown in an SWT {@link Table} with numbers to four significant
 * digits, exported as CSV at full precision (empty cells for undefined values).
 */
public final class RowsTable {

    private final Table table;
    private List<String> headers = List.of();
    private List<Object[]> rows = List.of();

    /** @param parent the parent of the table */
    public RowsTable(Composite parent) {
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
    }

    /**
     * @param newHeaders column names
     * @param newRows    rows of strings and numbers
     */
    public void setRows(List<String> newHeaders, List<Object[]> newRows) {
        headers = List.copyOf(newHeaders);
        rows = List.copyOf(newRows);
        table.setRedraw(false);
        try {
            table.removeAll();
            for (TableColumn column : table.getColumns()) {
                column.dispose();
            }
            for (String header : headers) {
                TableColumn column = new TableColumn(table, SWT.LEFT);
                column.setText(header);
            }
            for (Object[] row : rows) {
                TableItem item = new TableItem(table, SWT.NONE);
                for (int c = 0; c < row.length; c++) {
                    item.setText(c, shown(row[c]));
                }
            }
            for (TableColumn column : table.getColumns()) {
                column.pack();
            }
        } finally {
            table.setRedraw(true);
        }
    }

    private static String shown(Object value) {
        if (value instanceof Double d) {
            return d.isNaN() ? "" : String.format(Locale.ROOT, "%.4g", d);
        }
        return String.valueOf(value);
    }

    /** @return the rows as CSV with a header line, numbers at full precision */
    public String toCsv() {
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", headers.stream().map(Csv::cell).toList())).append('\n');
        for (Object[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                if (c > 0) {
                    out.append(',');
                }
                out.append(row[c] instanceof Double d ? Csv.cell(d) : Csv.cell(String.valueOf(row[c])));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** @return the SWT table */
    public Table getTable() {
        return table;
    }
}
