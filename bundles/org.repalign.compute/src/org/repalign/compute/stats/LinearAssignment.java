package org.repalign.compute.stats;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Solves the linear sum assignment problem on a dense, row-major, rectangular cost matrix by
 * shortest augmenting paths: the Jonker–Volgenant approach (Jonker and Volgenant 1987, "A
 * shortest augmenting path algorithm for dense and sparse linear assignment problems",
 * Computing 38:325–340) in the rectangular form of Crouse (2016, "On implementing 2D
 * rectangular assignment algorithms", IEEE Trans. Aerospace and Electronic Systems
 * 52(4):1679–1696), which is also the algorithm behind {@code scipy.optimize.linear_sum_assignment}.
 *
 * <p>As in Jonker and Volgenant's algorithm, an initialisation assigns most rows before any path
 * is searched: a row reduction (u(i) = the row's least cost, v = 0) assigns each row to a column
 * attaining its least cost when that column is still free. This keeps the duals feasible for
 * rectangular matrices as well, and on matrices where most rows have a distinct best column (the
 * co-activation matrices of {@link org.repalign.compute.matching.FeatureMatching}) leaves only the
 * conflicts to the shortest augmenting paths. (Jonker and Volgenant's column reduction, reduction
 * transfer and augmenting row reduction are not used.)
 *
 * <p>Each remaining row in turn is inserted by a Dijkstra search over reduced costs c(i, j) − u(i) − v(j)
 * from that row to the nearest free column; dual variables keep the reduced costs of the
 * current matching non-negative. Among equally short columns a free one is preferred, which
 * keeps matrices with many equal costs (sparse co-activation counts) fast. Time is O(r²·c) in
 * the worst case, O(c) memory besides the cost matrix. A matrix with more rows than columns is
 * solved on its transpose (one copy of the costs); maximisation works on the negated costs
 * without copying them.
 *
 * <p>Costs must be finite: forbidden pairs should be given a large finite cost.
 */
public final class LinearAssignment {

    private LinearAssignment() {
    }

    /**
     * @param cost    row-major costs, {@code rows * columns} values; not modified
     * @param rows    r ≥ 0
     * @param columns c ≥ 0
     * @return an assignment of min(r, c) pairs with the least total cost
     * @throws IllegalArgumentException for a wrong array length or a non-finite cost
     */
    public static Assignment minimize(double[] cost, int rows, int columns) {
        return solve(cost, rows, columns, false, () -> false);
    }

    /**
     * @param cost    row-major scores, {@code rows * columns} values; not modified
     * @param rows    r ≥ 0
     * @param columns c ≥ 0
     * @return an assignment of min(r, c) pairs with the largest total
     * @throws IllegalArgumentException for a wrong array length or a non-finite value
     */
    public static Assignment maximize(double[] cost, int rows, int columns) {
        return solve(cost, rows, columns, true, () -> false);
    }

    /**
     * @param cost     rows of equal length; not modified
     * @param maximize whether to maximise instead of minimise
     * @return the optimal assignment
     */
    public static Assignment solve(double[][] cost, boolean maximize) {
        int rows = cost.length;
        int columns = rows == 0 ? 0 : cost[0].length;
        double[] flat = new double[rows * columns];
        for (int r = 0; r < rows; r++) {
            if (cost[r].length != columns) {
                throw new IllegalArgumentException("cost row " + r + " has " + cost[r].length + " values, row 0 has " + columns);
            }
            System.arraycopy(cost[r], 0, flat, r * columns, columns);
        }
        return solve(flat, rows, columns, maximize, () -> false);
    }

    /**
     * @param cost     row-major costs, {@code rows * columns} values; not modified
     * @param rows     r ≥ 0
     * @param columns  c ≥ 0
     * @param maximize whether to maximise instead of minimise
     * @param canceled checked every 256 rows of the initialisation and once per inserted row
     * @return the optimal assignment
     * @throws IllegalArgumentException for a wrong array length or a non-finite value
     * @throws CancellationException when {@code canceled} answers true
     */
    public static Assignment solve(double[] cost, int rows, int columns, boolean maximize, BooleanSupplier canceled) {
        if (rows < 0 || columns < 0 || (long) rows * columns != cost.length) {
            throw new IllegalArgumentException("cost has " + cost.length + " values, expected rows × columns = "
                    + rows + " × " + columns);
        }
        for (int k = 0; k < cost.length; k++) {
            if (!Double.isFinite(cost[k])) {
                throw new IllegalArgumentException("cost(" + k / columns + ", " + k % columns + ") is not finite: " + cost[k]);
            }
        }
        int[] columnOfRow;
        if (rows <= columns) {
            columnOfRow = shortestAugmentingPaths(cost, rows, columns, maximize ? -1 : 1, canceled);
        } else {
            double[] transposed = new double[cost.length];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    transposed[c * rows + r] = cost[r * columns + c];
                }
            }
            int[] rowOfColumn = shortestAugmentingPaths(transposed, columns, rows, maximize ? -1 : 1, canceled);
            columnOfRow = new int[rows];
            Arrays.fill(columnOfRow, -1);
            for (int c = 0; c < columns; c++) {
                columnOfRow[rowOfColumn[c]] = c;
            }
        }
        double total = 0;
        for (int r = 0; r < rows; r++) {
            if (columnOfRow[r] >= 0) {
                total += cost[r * columns + columnOfRow[r]];
            }
        }
        return new Assignment(rows, columns, columnOfRow, total);
    }

    /**
     * The initialisation by row reduction: u(i) = min_j c(i, j) for every row (v stays 0), and row i
     * is assigned to a column attaining its minimum when one is still free (a free one preferred
     * among ties). Every reduced cost c(i, j) − u(i) − v(j) is then ≥ 0 and 0 on the assigned pairs,
     * and the free columns keep v = 0: the invariants the shortest augmenting paths need, also for
     * rectangular matrices. On co-activation matrices most latents have a distinct best partner, so
     * most rows are assigned here and only the conflicts need augmenting paths.
     */
    private static void reduceRows(double[] cost, int nr, int nc, double sign, double[] u, int[] col4row,
            int[] row4col, BooleanSupplier canceled) {
        for (int i = 0; i < nr; i++) {
            if ((i & 255) == 0 && canceled.getAsBoolean()) {
                throw new CancellationException("canceled");
            }
            int base = i * nc;
            double lowest = Double.POSITIVE_INFINITY;
            int best = -1;
            boolean bestFree = false;
            for (int j = 0; j < nc; j++) {
                double c = sign * cost[base + j];
                if (c < lowest) {
                    lowest = c;
                    best = j;
                    bestFree = row4col[j] == -1;
                } else if (c == lowest && !bestFree && row4col[j] == -1) {
                    best = j;
                    bestFree = true;
                }
            }
            if (best < 0) {
                continue;
            }
            u[i] = lowest;
            if (bestFree) {
                col4row[i] = best;
                row4col[best] = i;
            }
        }
    }

    /** Crouse's algorithm for nr ≤ nc, after {@link #reduceRows}; returns the column of each row. */
    private static int[] shortestAugmentingPaths(double[] cost, int nr, int nc, double sign, BooleanSupplier canceled) {
        double[] u = new double[nr];
        double[] v = new double[nc];
        double[] shortest = new double[nc];
        int[] path = new int[nc];
        int[] col4row = new int[nr];
        int[] row4col = new int[nc];
        int[] remaining = new int[nc];
        int[] visitedRows = new int[nr];
        int[] visitedColumns = new int[nc];
        Arrays.fill(col4row, -1);
        Arrays.fill(row4col, -1);
        reduceRows(cost, nr, nc, sign, u, col4row, row4col, canceled);
        for (int curRow = 0; curRow < nr; curRow++) {
            if (col4row[curRow] >= 0) {
                continue;
            }
            if (canceled.getAsBoolean()) {
                throw new CancellationException("canceled");
            }
            Arrays.fill(shortest, Double.POSITIVE_INFINITY);
            for (int it = 0; it < nc; it++) {
                remaining[it] = nc - it - 1;
            }
            int numRemaining = nc;
            int rowCount = 0;
            int columnCount = 0;
            double minVal = 0;
            int sink = -1;
            int i = curRow;
            while (sink == -1) {
                visitedRows[rowCount++] = i;
                int index = -1;
                double lowest = Double.POSITIVE_INFINITY;
                int base = i * nc;
                double offset = minVal - u[i];
                for (int it = 0; it < numRemaining; it++) {
                    int j = remaining[it];
                    double r = offset + sign * cost[base + j] - v[j];
                    double s = shortest[j];
                    if (r < s) {
                        path[j] = i;
                        shortest[j] = r;
                        s = r;
                    }
                    if (s < lowest || (s == lowest && row4col[j] == -1)) {
                        lowest = s;
                        index = it;
                    }
                }
                minVal = lowest;
                if (index < 0) {
                    throw new IllegalStateException("no augmenting path; the problem is infeasible");
                }
                int j = remaining[index];
                if (row4col[j] == -1) {
                    sink = j;
                } else {
                    i = row4col[j];
                }
                visitedColumns[columnCount++] = j;
                remaining[index] = remaining[--numRemaining];
            }
            u[curRow] += minVal;
            for (int k = 1; k < rowCount; k++) {
                int row = visitedRows[k];
                u[row] += minVal - shortest[col4row[row]];
            }
            for (int k = 0; k < columnCount; k++) {
                int column = visitedColumns[k];
                v[column] -= minVal - shortest[column];
            }
            int j = sink;
            while (true) {
                int row = path[j];
                row4col[j] = row;
                int previous = col4row[row];
                col4row[row] = j;
                j = previous;
                if (row == curRow) {
                    break;
                }
            }
        }
        return col4row;
    }
}
