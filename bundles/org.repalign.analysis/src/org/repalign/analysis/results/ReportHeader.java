package org.repalign.analysis.results;

import java.util.List;
import java.util.Map;

/**
 * The fields of {@code report.json} that say what ran: written by the run and read back by
 * {@link RunResults} through this one record (keys in snake case, {@link ResultsJson}).
 *
 * @param format           the report format, {@link RunResults#FORMAT_1} or {@link RunResults#FORMAT_2}
 * @param experiment       the experiment's name
 * @param description      its description, possibly empty or null
 * @param runId            the run id
 * @param seed             the experiment seed
 * @param sources          source ids in experiment order
 * @param items            number of aligned items
 * @param metrics          metric keys, in measuring order
 * @param metricDirections each metric's direction: {@code higher_is_better} or {@code lower_is_better}
 */
public record ReportHeader(String format, String experiment, String description, String runId, Long seed,
        List<String> sources, Integer items, List<String> metrics, Map<String, String> metricDirections) {

    /** The header's keys, in order: every one is required in a report. */
    public static final List<String> KEYS = java.util.Arrays.stream(ReportHeader.class.getRecordComponents())
            .map(c -> TableSchema.columnName(c.getName())).toList();

    /** @return the header as the first entries of the report object, in key order */
    @SuppressWarnings("unchecked")
    public Map<String, Object> toJson() {
        return ResultsJson.mapper().convertValue(this, java.util.LinkedHashMap.class);
    }
}
