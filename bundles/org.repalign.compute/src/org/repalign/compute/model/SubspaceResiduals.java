package org.repalign.compute.model;

import java.util.Arrays;

import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.linalg.DenseLinalg;
import org.repalign.compute.linalg.SymmetricEigen;

/**
 * Each row's share of energy outside one fixed subspace: the principal subspace of the most
 * frequent items, where the signal dominates. Because the projection is the same linear map for
 * every row, a row made of signal and isotropic noise leaves outside it a fixed share φ of its
 * signal energy and a fixed share c of its noise energy, so its residual share is
 * φ + (c − φ)·n(o), n(o) the noise's share of the row: the {@link NoiseLaw} curve in n, whatever
 * the subspace. A sparse autoencoder's residual does not keep this form: its codes adapt to each
 * row and take more of the noise where the row is mostly noise, which steepens the curve.
 *
 * <p>The subspace: the leading eigenvectors of the second moment of the rows of the
 * {@link #FREQUENT_SHARE} most frequent items (at least min(n, 2d) items), as many as explain
 * {@link #EXPLAINED} of its trace, but at most ¾·d (so that a quarter of the dimensions measure
 * the noise) and fewer than the rows they come from. A subspace fitted to some rows also fits
 * part of their noise, so the frequent rows are split into two folds by alternate rank, each
 * fold's subspace measures the other fold's rows, and the other rows get the mean of both
 * (cross-fitting).
 */
public final class SubspaceResiduals {

    /** The share of items, most frequent first, whose rows span the signal subspace. */
    public static final double FREQUENT_SHARE = 1.0 / 3;
    /** The share of the frequent rows' energy the subspace explains. */
    public static final double EXPLAINED = 0.9;

    private SubspaceResiduals() {
    }

    /**
     * @param shares    per row its energy share outside the subspace, in [0, 1]
     * @param dimension r, the subspace's dimension
     * @param frequent  the rows that spanned it
     */
    public record Result(double[] shares, int dimension, int frequent) {
    }

    /**
     * @param rows        n × d rows (a source's preprocessed rows)
     * @param frequencies the items' frequencies, in row order
     * @return every row's residual share
     * @throws IllegalArgumentException when the lengths differ, fewer than 3 rows or 2 columns are
     *                                  given, or a row is zero
     */
    public static Result of(RowMatrix rows, double[] frequencies) {
        int n = rows.rows();
        int d = rows.columns();
        if (frequencies.length != n) {
            throw new IllegalArgumentException(frequencies.length + " frequencies for " + n + " rows");
        }
        if (n < 3 || d < 2) {
            throw new IllegalArgumentException("at least 3 rows of 2 columns are needed, got " + n + " × " + d);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(frequencies[b], frequencies[a]));
        int frequent = Math.min(n, Math.max((int) Math.ceil(n * FREQUENT_SHARE), 2 * d));
        // two folds of the frequent rows (alternate ranks): a row's residual is measured against the
        // subspace of the fold it is not in, so that no subspace has fitted the noise of the rows it measures
        int[] fold = new int[n];
        Arrays.fill(fold, -1);
        for (int i = 0; i < frequent; i++) {
            fold[order[i]] = i % 2;
        }
        double[][][] bases = { basis(rows, order, frequent, 0), basis(rows, order, frequent, 1) };
        double[] shares = new double[n];
        double[] x = new double[d];
        for (int i = 0; i < n; i++) {
            rows.readRows(i, 1, x, 0);
            double energy = 0;
            for (double v : x) {
                energy += v * v;
            }
            if (!(energy > 0)) {
                throw new IllegalArgumentException("row " + i + " is zero");
            }
            shares[i] = fold[i] >= 0 ? outside(bases[1 - fold[i]], x, energy)
                    : (outside(bases[0], x, energy) + outside(bases[1], x, energy)) / 2;
        }
        int r = (bases[0].length + bases[1].length) / 2;
        return new Result(shares, r, frequent);
    }

    /** The principal subspace of the frequent rows of one fold (rank parity {@code parity}). */
    private static double[][] basis(RowMatrix rows, Integer[] order, int frequent, int parity) {
        int d = rows.columns();
        int count = (frequent - parity + 1) / 2;
        double[] block = new double[count * d];
        for (int i = parity, row = 0; i < frequent; i += 2, row++) {
            rows.readRows(order[i], 1, block, row * d);
        }
        double[] moment = DenseLinalg.gram(block, count, d, false);
        SymmetricEigen eigen = DenseLinalg.symmetricEigen(moment, d);
        double[] values = eigen.values(); // ascending
        double trace = 0;
        for (double v : values) {
            trace += Math.max(0, v);
        }
        int cap = Math.min((3 * d) / 4, count - 1);
        int r = 0;
        double explained = 0;
        while (r < cap && explained < EXPLAINED * trace) {
            explained += Math.max(0, values[d - 1 - r]);
            r++;
        }
        double[][] basis = new double[r][];
        for (int k = 0; k < r; k++) {
            basis[k] = eigen.vector(d - 1 - k);
        }
        return basis;
    }

    private static double outside(double[][] basis, double[] x, double energy) {
        double inside = 0;
        for (double[] u : basis) {
            double dot = 0;
            for (int j = 0; j < x.length; j++) {
                dot += u[j] * x[j];
            }
            inside += dot * dot;
        }
        return Math.max(0, energy - inside) / energy;
    }
}
