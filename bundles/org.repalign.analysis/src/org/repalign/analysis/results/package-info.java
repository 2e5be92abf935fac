/**
 * What analyses produce and how a run folder holds it: result tables, each a
 * {@link org.repalign.analysis.results.TableSchema} (a name and a row record, whose components
 * are the columns) filled as a {@link org.repalign.analysis.results.RecordTable}; an
 * {@link org.repalign.analysis.results.AnalysisResult} with the tables, summary values and
 * notes; the one JSON rule ({@link org.repalign.analysis.results.ResultsJson}) and the one CSV
 * rule ({@link org.repalign.analysis.results.ResultsCsv}) they are written with; and
 * {@link org.repalign.analysis.results.RunResults}, which reads a run folder back into the same
 * records, report format 1 or 2 (docs/results-format.md).
 */
package org.repalign.analysis.results;
