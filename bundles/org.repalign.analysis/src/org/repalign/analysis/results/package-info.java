/**
 * What analyses produce: {@link org.repalign.analysis.results.ResultTable}s (one CSV each in
 * the results folder, and the {@code rows} of {@code report.json}), shares and fits collected
 * in an {@link org.repalign.analysis.results.AnalysisResult}, and the JSON and CSV text they are
 * written as; {@link org.repalign.analysis.results.RunResults} reads a run folder's
 * {@code report.json} back for the result views.
 */
package org.repalign.analysis.results;
