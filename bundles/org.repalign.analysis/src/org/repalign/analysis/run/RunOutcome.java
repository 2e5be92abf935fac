package org.repalign.analysis.run;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.repalign.analysis.results.AnalysisResult;

/**
 * A finished run.
 *
 * @param runId     the run id
 * @param runFolder its results folder
 * @param report    the report written as {@code report.json}
 * @param results   the analyses' results, in run order
 * @param summary   the human summary, one line per analysis (and one on SAE settings sized to
 *                  the data)
 */
public record RunOutcome(String runId, Path runFolder, Map<String, Object> report, List<AnalysisResult> results,
        List<String> summary) {

    /**
     * @return the seconds each analysis took (the report's {@code analyses.<id>.seconds}), in run
     *         order
     */
    public Map<String, Double> analysisSeconds() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        if (report.get("analyses") instanceof Map<?, ?> analyses) {
            analyses.forEach((id, analysis) -> {
                if (analysis instanceof Map<?, ?> fields && fields.get("seconds") instanceof Number spent) {
                    seconds.put(String.valueOf(id), spent.doubleValue());
                }
            });
        }
        return seconds;
    }

    /**
     * @return one line with the seconds of each analysis and of the whole run, e.g.
     *         {@code seconds: bias 3.1, probes 12.0 (run 16.2)}
     */
    public String secondsLine() {
        StringBuilder line = new StringBuilder("seconds:");
        String separator = " ";
        for (Map.Entry<String, Double> entry : analysisSeconds().entrySet()) {
            line.append(separator).append(entry.getKey()).append(' ')
                    .append(String.format(Locale.ROOT, "%.1f", entry.getValue()));
            separator = ", ";
        }
        if (report.get("seconds_wall_total") instanceof Number total) {
            line.append(String.format(Locale.ROOT, " (run %.1f)", total.doubleValue()));
        }
        return line.toString();
    }

    /** @return the path of {@code report.json} */
    public Path reportFile() {
        return runFolder.resolve(org.repalign.analysis.store.ResultStore.REPORT_FILE);
    }
}
