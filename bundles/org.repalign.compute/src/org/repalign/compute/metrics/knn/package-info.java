/**
 * The k-nearest-neighbour family of alignment metrics: {@code mutual_knn}, {@code knn_edit},
 * {@code knn_edit_sim}, {@code cknna}, {@code cycle_knn} and {@code lcs_knn}.
 *
 * <p>Common conventions:
 * <ul>
 * <li>Neighbours are by inner product between rows, as given (the caller preprocesses, e.g.
 * unit rows); the row itself is excluded by index, so duplicate rows are neighbours of each
 * other and never of themselves.</li>
 * <li>Candidates are ordered by score descending, then by a tie key (see
 * {@link org.repalign.compute.metrics.TieRule}): with {@code RANDOM} a seeded permutation drawn
 * independently for X and Y, with {@code INDEX} the row index. The order is total, so a k-list
 * is the prefix of every longer list; one search at K = max(k, 100) serves all k ≤ K and is
 * shared through {@link org.repalign.compute.metrics.MetricContext#shared}.</li>
 * <li>{@code tieShare} is the share of rows i whose k-th neighbour, in X or in Y, has exactly
 * the same inner product with i as the (k+1)-th: rows whose k-set the tie rule decided.</li>
 * <li>k must satisfy 1 ≤ k ≤ n − 1 (2 ≤ k for {@code cknna}).</li>
 * </ul>
 */
package org.repalign.compute.metrics.knn;
