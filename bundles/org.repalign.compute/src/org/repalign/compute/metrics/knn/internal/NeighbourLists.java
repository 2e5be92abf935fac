package org.repalign.compute.metrics.knn.internal;

/**
 * The nearest neighbours of every row of one representation, best first, under the total order
 * "inner product descending, then tie key ascending" (see {@link TieOrder}); the row itself is
 * never among its neighbours.
 *
 * <p>Because the order is total and does not depend on k, the k-nearest list of a row is the
 * first k entries of its K-nearest list for every k ≤ K: lists searched once at the largest K
 * serve every smaller k exactly.
 *
 * <p>Each row stores {@code depth = min(maxK + 1, n - 1)} entries: one more than {@link #maxK()}
 * when possible, so that a tie across the k-th position can be detected for every k ≤ maxK.
 */
public final class NeighbourLists {

    private final int rows;
    private final int maxK;
    private final int depth;
    private final int[] index;
    private final double[] score;
    private final int screenedRows;

    NeighbourLists(int rows, int maxK, int depth, int[] index, double[] score, int screenedRows) {
        this.rows = rows;
        this.screenedRows = screenedRows;
        this.maxK = maxK;
        this.depth = depth;
        this.index = index;
        this.score = score;
    }

    /** @return the number of rows */
    public int rows() {
        return rows;
    }

    /**
     * Diagnostics: how many rows had their lists found by float32 screening and float64
     * rescoring of the candidates; the others came from an exact float64 scan. The lists are the
     * same either way.
     *
     * @return 0 for the float64 search, up to {@link #rows()} for the screened search
     */
    public int screenedRows() {
        return screenedRows;
    }

    /** @return the largest k these lists answer */
    public int maxK() {
        return maxK;
    }

    /** @return the number of entries stored per row */
    public int depth() {
        return depth;
    }

    /**
     * @param row      a row
     * @param position 0 for the nearest neighbour
     * @return the neighbour's row index
     */
    public int neighbour(int row, int position) {
        return index[row * depth + position];
    }

    /**
     * @param row      a row
     * @param position 0 for the nearest neighbour
     * @return the inner product of {@code row} with that neighbour
     */
    public double score(int row, int position) {
        return score[row * depth + position];
    }

    /**
     * Copies the first {@code k} neighbours of {@code row}, nearest first.
     *
     * @param row    a row
     * @param k      how many, at most {@link #maxK()}
     * @param target receives them at {@code 0..k-1}
     */
    public void copy(int row, int k, int[] target) {
        System.arraycopy(index, row * depth, target, 0, k);
    }

    /**
     * Whether the tie rule, not the scores, decided which rows make up the k-nearest set of
     * {@code row}: its k-th neighbour has exactly the same inner product as its (k+1)-th. When
     * k = n − 1 every other row is a neighbour and nothing is tied.
     *
     * @param row a row
     * @param k   1 ≤ k ≤ {@link #maxK()}
     * @return whether the k-th neighbour is tied with the first row left out
     */
    public boolean kthTied(int row, int k) {
        return k < depth && score(row, k - 1) == score(row, k);
    }
}
