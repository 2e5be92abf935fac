package org.repalign.ui.providers;

import java.io.IOException;
import java.util.List;

import org.repalign.analysis.results.RunResults;

/**
 * Generic access to the tables an analysis wrote into a run, by analysis id and table name.
 * Providers and the generic viewer read tables only through this interface, so the way tables
 * are read ({@link RunResults}' generic tables, whichever report format wrote them) can change
 * without touching them.
 */
public interface AnalysisTables {

    /**
     * @param run      a run
     * @param analysis an analysis id
     * @return the names of the analysis's tables in the run, in report order; empty when it has none
     */
    List<String> tableNames(RunResults run, String analysis);

    /**
     * @param run      a run
     * @param analysis an analysis id
     * @param table    one of {@link #tableNames}
     * @return the table, numbers typed, NaN for undefined values
     * @throws IOException naming the table when it is missing or cannot be read
     */
    TableModel table(RunResults run, String analysis, String table) throws IOException;

    /** @return the tables as the workbench reads them */
    static AnalysisTables standard() {
        return ReportAnalysisTables.INSTANCE;
    }
}
