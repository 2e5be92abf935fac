/**
 * What analyses produce: {@link org.repalign.analysis.results.ResultTable}s (one CSV each in
 * the results folder, and the {@code rows} of {@code report.json}), shares and fits collected
 * in an {@link org.repalign.analysis.results.AnalysisResult}, and the JSON and CSV text they are
 * written as.
 */
package org.repalign.analysis.results;
