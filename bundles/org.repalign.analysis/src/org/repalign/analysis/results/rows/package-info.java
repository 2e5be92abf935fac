/**
 * The row records of RepAlign's built-in result tables, each with its
 * {@link org.repalign.analysis.results.TableSchema} ({@code TABLE}): the analyses emit them, the
 * run folder holds them as JSON ({@code report.json}) and CSV, and
 * {@link org.repalign.analysis.results.RunResults} reads them back. A record's components are
 * the table's columns (snake case); undefined numbers are NaN in the record, {@code null} in
 * JSON and an empty cell in CSV. {@link org.repalign.analysis.results.rows.BuiltInTables} lists
 * them all.
 */
package org.repalign.analysis.results.rows;
