package org.repalign.example;

/**
 * A row of the {@code dimension} table: the effective dimension of one source. The record's
 * components are the table's columns ({@code source, rows, columns, participation_ratio}).
 *
 * @param source             the source id
 * @param rows               the rows used (the first ones)
 * @param columns            the source's dimension
 * @param participationRatio (Σλ)² / Σλ² of the covariance eigenvalues, or {@code null} when the
 *                           rows have no variance
 */
public record DimensionRow(String source, int rows, int columns, Double participationRatio) {
}
