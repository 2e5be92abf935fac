package org.repalign.example;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.repalign.analysis.data.ExperimentData;
import org.repalign.analysis.modules.Analysis;
import org.repalign.analysis.modules.RunContext;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.results.ResultTable;
import org.repalign.compute.data.RowMatrix;

/**
 * The effective dimension of each source as its {@link ParticipationRatio}, in the table
 * {@code dimension} (source, rows, columns, participation_ratio) and one summary line. A source
 * without variance gets no value and a note.
 */
final class EffectiveDimensionAnalysis implements Analysis {

    private final int rows;

    EffectiveDimensionAnalysis(int rows) {
        this.rows = rows;
    }

    @Override
    public String id() {
        return EffectiveDimensionFactory.ID;
    }

    @Override
    public AnalysisResult run(RunContext context, IProgressMonitor monitor) {
        ExperimentData data = context.data();
        SubMonitor progress = SubMonitor.convert(monitor, "Effective dimension", data.sourceCount());
        AnalysisResult result = new AnalysisResult(id());
        // the columns are those of the table's row record, DimensionRow
        ResultTable table = result.addTable(new ResultTable(EffectiveDimensionFactory.TABLE.name(),
                EffectiveDimensionFactory.TABLE.columns().toArray(String[]::new)));
        List<String> parts = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (int s = 0; s < data.sourceCount(); s++) {
            RunContext.checkCanceled(progress);
            RowMatrix matrix = data.matrices().get(s);
            int n = Math.min(rows, matrix.rows());
            double ratio = ParticipationRatio.of(matrix, n);
            String source = data.sourceIds().get(s);
            table.add(source, n, matrix.columns(), Double.isNaN(ratio) ? null : ratio);
            values.put(source, Double.isNaN(ratio) ? null : ratio);
            if (Double.isNaN(ratio)) {
                result.note("source '" + source + "' has no variance in its first " + n + " rows");
            }
            parts.add(source + " " + (Double.isNaN(ratio) ? "–" : String.format(Locale.ROOT, "%.2f", ratio)));
            progress.worked(1);
        }
        result.put("participation_ratio", values);
        result.summary("effective dimension (participation ratio): " + String.join(", ", parts));
        return result;
    }
}
