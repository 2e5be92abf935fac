package org.repalign.compute.protocol;

import java.util.Arrays;

import org.repalign.compute.stats.Shuffles;
import org.repalign.compute.stats.SplitMix64;

/**
 * The row subsets a pair is measured on; save them to audit or repeat a run.
 *
 * <p><b>Algorithm (stable).</b> One {@link SplitMix64} generator is seeded with
 * {@code seed + pairIndex}. Subsample s = 0, 1, …, S−1 is drawn in turn from that one stream by
 * partial Fisher–Yates on a fresh identity array of the n row indices
 * ({@link Shuffles#sample}), and then sorted ascending (so that rows are read in file order;
 * metrics see the rows in ascending order). The same seed, pair index, n, S and m give the same
 * subsets on every machine and Java version. Because the subsets depend only on these numbers,
 * every representation of a pair (raw or centred, dense or sparse) with the same row count gets
 * the same subsets and differences between them are paired.
 *
 * <p><b>Whole matrix.</b> With S = 0, or with m = n, there is one "subsample": all rows
 * 0 … n−1.
 */
public final class RowSubsets {

    private final int rows;
    private final long streamSeed;
    private final boolean wholeMatrix;
    private final int[][] subsets;

    private RowSubsets(int rows, long streamSeed, boolean wholeMatrix, int[][] subsets) {
        this.rows = rows;
        this.streamSeed = streamSeed;
        this.wholeMatrix = wholeMatrix;
        this.subsets = subsets;
    }

    /**
     * @param protocol the protocol (S, m, seed, pair index)
     * @param rows     n, the number of rows of the pair's matrices
     * @return the subsets
     * @throws IllegalArgumentException naming {@code subsampleSize} when S &gt; 0 and m &lt; 2 or
     *         m &gt; n
     */
    public static RowSubsets of(EvaluationProtocol protocol, int rows) {
        return draw(rows, protocol.subsamples(), protocol.subsampleSize(), protocol.subsampleSeed());
    }

    /**
     * @param rows          n ≥ 0
     * @param subsamples    S ≥ 0
     * @param subsampleSize m; checked only when S &gt; 0
     * @param streamSeed    the seed of the stream, {@code seed + pairIndex} in the protocol
     * @return the subsets
     * @throws IllegalArgumentException naming the parameter at fault
     */
    public static RowSubsets draw(int rows, int subsamples, int subsampleSize, long streamSeed) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must be ≥ 0, got " + rows);
        }
        if (subsamples < 0) {
            throw new IllegalArgumentException("subsamples must be ≥ 0, got " + subsamples);
        }
        if (subsamples > 0) {
            if (subsampleSize < 2) {
                throw new IllegalArgumentException("subsampleSize must be ≥ 2, got " + subsampleSize);
            }
            if (subsampleSize > rows) {
                throw new IllegalArgumentException("subsampleSize " + subsampleSize + " exceeds the " + rows
                        + " rows of the matrices");
            }
        }
        if (subsamples == 0 || subsampleSize == rows) {
            int[] all = new int[rows];
            Arrays.setAll(all, i -> i);
            return new RowSubsets(rows, streamSeed, true, new int[][] {all});
        }
        SplitMix64 rng = new SplitMix64(streamSeed);
        int[][] subsets = new int[subsamples][];
        for (int s = 0; s < subsamples; s++) {
            int[] subset = Shuffles.sample(rows, subsampleSize, rng);
            Arrays.sort(subset);
            subsets[s] = subset;
        }
        return new RowSubsets(rows, streamSeed, false, subsets);
    }

    /** @return n, the row count the subsets were drawn from */
    public int rows() {
        return rows;
    }

    /** @return the seed of the stream the subsets were drawn from */
    public long streamSeed() {
        return streamSeed;
    }

    /** @return whether the single subset is the whole matrix */
    public boolean wholeMatrix() {
        return wholeMatrix;
    }

    /** @return the number of subsets (1 for the whole matrix) */
    public int count() {
        return subsets.length;
    }

    /**
     * @param index subset index
     * @return a copy of its row indices, ascending
     */
    public int[] subset(int index) {
        return subsets[index].clone();
    }

    /** @return a copy of all subsets */
    public int[][] toArray() {
        int[][] copy = new int[subsets.length][];
        for (int s = 0; s < subsets.length; s++) {
            copy[s] = subsets[s].clone();
        }
        return copy;
    }
}
