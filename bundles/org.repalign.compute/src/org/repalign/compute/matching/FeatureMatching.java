package org.repalign.compute.matching;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.repalign.compute.data.CsrMatrix;
import org.repalign.compute.stats.Assignment;
import org.repalign.compute.stats.LinearAssignment;
import org.repalign.compute.stats.SampleMoments;
import org.repalign.compute.stats.Shuffles;
import org.repalign.compute.stats.SplitMix64;

/**
 * Matches the latents of two sparse code matrices on the same rows one to one, maximising their
 * co-activation (research notes E1b; L2PRH {@code metrics/sparse_feature_correlations.py}).
 *
 * <p><b>Definition.</b> For codes Z₁ (n × m₁) and Z₂ (n × m₂) on the same n rows, the affinity is
 * G = Z₁ᵀZ₂ (m₁ × m₂). The matching π maximises Σⱼ G(j, π(j)) over one-to-one assignments of
 * min(m₁, m₂) pairs (rectangular matrices allowed), solved exactly by {@link LinearAssignment}
 * (the algorithm of {@code scipy.optimize.linear_sum_assignment}, which the paper calls on −G).
 * The score is Σⱼ G(j, π(j)) / (‖Z₁‖_F ‖Z₂‖_F). In the binary version every value &gt; 0 becomes 1
 * (every other value 0) before G, the norms and the matching are computed; the matching is
 * recomputed, not reused from the weighted version (the paper's default).
 *
 * <p><b>Sparse computation.</b> G is accumulated from the outer products of each row's nonzeros
 * in Z₁ and in Z₂, in O(Σᵢ nnz₁(i)·nnz₂(i)) time, one row of G (one latent of Z₁) at a time so
 * that it stays in cache; every entry sums its terms in the order of the rows. Only latents active (nonzero) on at
 * least one row enter the assignment: a latent that never fires has an all-zero row or column in
 * G. Because the weighted codes must be non-negative (SAE codes are: ReLU or TopK of ReLU), G ≥ 0,
 * and the optimum of the full m₁ × m₂ problem equals the optimum restricted to the active latents
 * (any partial matching of non-negative weights extends to a full one without loss). The
 * restricted a₁ × a₂ matrix must fit in one array (a₁·a₂ &lt; 2³¹; 16,384 × 16,384 latents take
 * 2 GiB of float64); {@link LinearAssignment} assigns most latents by its row-reduction start and
 * the conflicts by shortest augmenting paths. Entries that share a row and column in the CSR layout are
 * summed first, as {@link CsrMatrix#readRows} does.
 *
 * <p><b>Nulls.</b> {@link #nulls} permutes the rows of Z₂ (breaking the pairing of items) and
 * recomputes the matching: permutation t uses {@code Shuffles.permutation(n, rng)} with one
 * {@code rng = new SplitMix64(seed)} drawn from in turn, and row i of the permuted Z₂ is row
 * {@code perm[i]} of Z₂ (research notes E1b: 10 permutations in the paper).
 */
public final class FeatureMatching {

    private FeatureMatching() {
    }

    /**
     * Matches the latents of Z₁ to those of Z₂.
     *
     * @param z1       n × m₁ codes; values must be ≥ 0 unless {@code binary}
     * @param z2       n × m₂ codes on the same rows; values must be ≥ 0 unless {@code binary}
     * @param binary   whether to binarise the codes (Z &gt; 0 → 1) first
     * @param canceled checked while the affinity is built and once per assigned latent
     * @return the matching and its score
     * @throws IllegalArgumentException when the row counts differ, a weighted code is negative,
     *         a matrix has no positive value, or the active latents are too many for one array
     * @throws CancellationException when {@code canceled} answers true
     */
    public static FeatureMatch match(CsrMatrix z1, CsrMatrix z2, boolean binary, BooleanSupplier canceled) {
        Codes first = Codes.of(z1, binary, "z1");
        Codes second = Codes.of(z2, binary, "z2");
        checkPair(first, second);
        return match(first, second, identity(first.rows), binary, canceled, null);
    }

    /**
     * {@link #match(CsrMatrix, CsrMatrix, boolean, BooleanSupplier)} without cancellation.
     *
     * @param z1     n × m₁ codes
     * @param z2     n × m₂ codes
     * @param binary whether to binarise the codes first
     * @return the matching and its score
     */
    public static FeatureMatch match(CsrMatrix z1, CsrMatrix z2, boolean binary) {
        return match(z1, z2, binary, () -> false);
    }

    /**
     * The row-permutation null of the matching score (see the class comment for the exact
     * permutations drawn).
     *
     * @param z1           n × m₁ codes
     * @param z2           n × m₂ codes on the same rows
     * @param binary       whether to binarise the codes first
     * @param permutations number of permuted matchings, ≥ 2
     * @param seed         seed of the permutations
     * @return the observed match, the null scores and their summary
     * @throws IllegalArgumentException as {@link #match}, or when permutations &lt; 2
     */
    public static FeatureMatchingNull nulls(CsrMatrix z1, CsrMatrix z2, boolean binary, int permutations, long seed) {
        return nulls(z1, z2, binary, permutations, seed, () -> false);
    }

    /**
     * {@link #nulls(CsrMatrix, CsrMatrix, boolean, int, long)} with cancellation.
     *
     * @param z1           n × m₁ codes
     * @param z2           n × m₂ codes on the same rows
     * @param binary       whether to binarise the codes first
     * @param permutations number of permuted matchings, ≥ 2
     * @param seed         seed of the permutations
     * @param canceled     checked while each affinity is built and once per assigned latent
     * @return the observed match, the null scores and their summary
     * @throws CancellationException when {@code canceled} answers true
     */
    public static FeatureMatchingNull nulls(CsrMatrix z1, CsrMatrix z2, boolean binary, int permutations, long seed,
            BooleanSupplier canceled) {
        if (permutations < 2) {
            throw new IllegalArgumentException("permutations must be ≥ 2 for a standard deviation, got " + permutations);
        }
        Codes first = Codes.of(z1, binary, "z1");
        Codes second = Codes.of(z2, binary, "z2");
        checkPair(first, second);
        // one affinity array for the observed matching and every permuted one (it can be large)
        double[] affinity = new double[affinitySize(first, second)];
        FeatureMatch matched = match(first, second, identity(first.rows), binary, canceled, affinity);
        SplitMix64 rng = new SplitMix64(seed);
        double[] scores = new double[permutations];
        for (int t = 0; t < permutations; t++) {
            int[] perm = Shuffles.permutation(first.rows, rng);
            scores[t] = match(first, second, perm, binary, canceled, affinity).score();
        }
        SampleMoments moments = SampleMoments.ofDefined(scores);
        double z = (matched.score() - moments.mean()) / moments.standardDeviation();
        return new FeatureMatchingNull(matched, moments.mean(), moments.standardDeviation(), z, scores, seed);
    }

    private static void checkPair(Codes first, Codes second) {
        if (first.rows != second.rows) {
            throw new IllegalArgumentException("z1 has " + first.rows + " rows but z2 has " + second.rows
                    + "; the codes must describe the same items");
        }
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        Arrays.setAll(a, i -> i);
        return a;
    }

    private static int affinitySize(Codes first, Codes second) {
        int a1 = first.active.length;
        int a2 = second.active.length;
        if ((long) a1 * a2 >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many active latents for one affinity array: " + a1 + " × " + a2);
        }
        return a1 * a2;
    }

    /**
     * Matching with row i of Z₁ paired with row rowOfSecond[i] of Z₂.
     *
     * @param buffer an affinity array to reuse (zeroed here), or {@code null} for a new one
     */
    private static FeatureMatch match(Codes first, Codes second, int[] rowOfSecond, boolean binary,
            BooleanSupplier canceled, double[] buffer) {
        int a1 = first.active.length;
        int a2 = second.active.length;
        double[] g = buffer == null ? new double[affinitySize(first, second)] : buffer;
        if (buffer != null) {
            Arrays.fill(g, 0);
        }
        // row j of G at a time (Gustavson's order over Z₁ᵀ): each row of G is filled while it sits in
        // cache, the rows i of a latent in increasing order, so every entry sums its terms in the
        // order of the rows, as a row-by-row accumulation would
        for (int j = 0; j < a1; j++) {
            if ((j & 255) == 0 && canceled.getAsBoolean()) {
                throw new CancellationException("canceled");
            }
            int base = j * a2;
            for (int p = first.latentStart[j]; p < first.latentStart[j + 1]; p++) {
                int r2 = rowOfSecond[first.latentRows[p]];
                double v = first.latentValues[p];
                for (int q = second.indptr[r2]; q < second.indptr[r2 + 1]; q++) {
                    g[base + second.columns[q]] += v * second.values[q];
                }
            }
        }
        Assignment assignment = LinearAssignment.solve(g, a1, a2, true, canceled);
        int[] partner = new int[first.latents];
        Arrays.fill(partner, -1);
        int[] columnOfRow = assignment.columnOfRow();
        for (int r = 0; r < a1; r++) {
            if (columnOfRow[r] >= 0) {
                partner[first.active[r]] = second.active[columnOfRow[r]];
            }
        }
        double sum = assignment.total();
        double score = sum / (first.norm * second.norm);
        return new FeatureMatch(score, sum, partner, first.norm, second.norm, a1, a2, binary);
    }

    /** Canonical codes: per row, sorted merged nonzeros, columns renumbered to the active latents. */
    private static final class Codes {
        final int rows;
        final int latents;
        final int[] indptr;
        final int[] columns;
        final double[] values;
        final int[] active;
        final double norm;
        /** The same codes by active latent (CSC): rows in increasing order with their values. */
        final int[] latentStart;
        final int[] latentRows;
        final double[] latentValues;

        private Codes(int rows, int latents, int[] indptr, int[] columns, double[] values, int[] active, double norm) {
            this.rows = rows;
            this.latents = latents;
            this.indptr = indptr;
            this.columns = columns;
            this.values = values;
            this.active = active;
            this.norm = norm;
            this.latentStart = new int[active.length + 1];
            for (int c : columns) {
                latentStart[c + 1]++;
            }
            for (int c = 0; c < active.length; c++) {
                latentStart[c + 1] += latentStart[c];
            }
            this.latentRows = new int[columns.length];
            this.latentValues = new double[columns.length];
            int[] next = Arrays.copyOf(latentStart, active.length);
            for (int r = 0; r < rows; r++) {
                for (int k = indptr[r]; k < indptr[r + 1]; k++) {
                    int at = next[columns[k]]++;
                    latentRows[at] = r;
                    latentValues[at] = values[k];
                }
            }
        }

        static Codes of(CsrMatrix z, boolean binary, String name) {
            int n = z.rows();
            int m = z.columns();
            int[] indptr = new int[n + 1];
            int[] columns = new int[z.nonZeros()];
            double[] values = new double[z.nonZeros()];
            double[] dense = new double[m];
            boolean[] touched = new boolean[m];
            int[] rowColumns = new int[m];
            int size = 0;
            for (int r = 0; r < n; r++) {
                int count = 0;
                for (int q = z.rowStart(r); q < z.rowEnd(r); q++) {
                    int c = z.columnAt(q);
                    double v = z.valueAt(q);
                    if (!Double.isFinite(v)) {
                        throw new IllegalArgumentException(name + " has a non-finite value at row " + r + ", column " + c);
                    }
                    if (!touched[c]) {
                        touched[c] = true;
                        rowColumns[count++] = c;
                    }
                    dense[c] += v;
                }
                Arrays.sort(rowColumns, 0, count);
                for (int k = 0; k < count; k++) {
                    int c = rowColumns[k];
                    double v = dense[c];
                    dense[c] = 0;
                    touched[c] = false;
                    if (binary) {
                        v = v > 0 ? 1 : 0;
                    } else if (v < 0) {
                        throw new IllegalArgumentException(name + " has a negative code " + v + " at row " + r
                                + ", column " + c + "; weighted matching needs non-negative codes (binary does not)");
                    }
                    if (v != 0) {
                        columns[size] = c;
                        values[size++] = v;
                    }
                }
                indptr[r + 1] = size;
            }
            int[] compact = new int[m];
            Arrays.fill(compact, -1);
            for (int k = 0; k < size; k++) {
                compact[columns[k]] = 0;
            }
            int activeCount = 0;
            for (int c = 0; c < m; c++) {
                if (compact[c] == 0) {
                    compact[c] = activeCount++;
                }
            }
            int[] active = new int[activeCount];
            for (int c = 0; c < m; c++) {
                if (compact[c] >= 0) {
                    active[compact[c]] = c;
                }
            }
            double ss = 0;
            for (int k = 0; k < size; k++) {
                columns[k] = compact[columns[k]];
                ss += values[k] * values[k];
            }
            if (ss == 0) {
                throw new IllegalArgumentException(name + " has no positive value; the score is undefined");
            }
            return new Codes(n, m, indptr, Arrays.copyOf(columns, size), Arrays.copyOf(values, size), active,
                    Math.sqrt(ss));
        }
    }
}
