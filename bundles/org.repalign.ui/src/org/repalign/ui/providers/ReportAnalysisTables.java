package org.repalign.ui.providers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.repalign.analysis.results.GenericTable;
import org.repalign.analysis.results.RunResults;

/**
 * {@link AnalysisTables} over {@link RunResults}' generic table access: the tables in the report
 * and the file-only tables beside it, in report order. Cells are typed by
 * {@link TableModel#fromText}, so a column is numeric when every defined cell is a number,
 * whichever report format or file the table came from.
 */
final class ReportAnalysisTables implements AnalysisTables {

    static final ReportAnalysisTables INSTANCE = new ReportAnalysisTables();

    private ReportAnalysisTables() {
    }

    @Override
    public List<String> tableNames(RunResults run, String analysis) {
        return run.tableNames(analysis);
    }

    @Override
    public TableModel table(RunResults run, String analysis, String table) throws IOException {
        GenericTable generic = run.table(analysis, table).orElseThrow(() -> new IOException("run "
                + run.runId() + " has no table '" + table + "' of analysis '" + analysis + "'"));
        List<List<String>> cells = new ArrayList<>(generic.rows().size());
        for (List<Object> row : generic.rows()) {
            cells.add(row.stream().map(ReportAnalysisTables::text).toList());
        }
        return TableModel.fromText(analysis, table, generic.columns(), cells);
    }

    private static String text(Object value) {
        if (value == null || value instanceof Double d && d.isNaN()) {
            return "";
        }
        return value.toString();
    }
}
