package org.repalign.analysis.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.repalign.analysis.results.AnalysisResult;

/**
 * A finished run.
 *
 * @param runId     the run id
 * @param runFolder its results folder
 * @param report    the report written as {@code report.json}
 * @param results   the analyses' results, in run order
 * @param summary   the human summary, one line per analysis
 */
public record RunOutcome(String runId, Path runFolder, Map<String, Object> report, List<AnalysisResult> results,
        List<String> summary) {

    /** @return the path of {@code report.json} */
    public Path reportFile() {
        return runFolder.resolve(org.repalign.analysis.store.ResultStore.REPORT_FILE);
    }
}
