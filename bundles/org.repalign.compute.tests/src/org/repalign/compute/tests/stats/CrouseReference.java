package org.repalign.compute.tests.stats;

import java.util.Arrays;

/**
 * The previous solver, kept as an independent reference: Crouse's rectangular shortest augmenting
 * paths inserting every row in turn from u = v = 0, without any initialisation; square or wide
 * (rows ≤ columns) minimisation only.
 */
final class CrouseReference {

    private CrouseReference() {
    }

    /** @return the least total of an assignment of every row of a wide cost matrix */
    static double minimumTotal(double[] cost, int nr, int nc) {
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
        for (int curRow = 0; curRow < nr; curRow++) {
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
                for (int it = 0; it < numRemaining; it++) {
                    int j = remaining[it];
                    double r = minVal + cost[i * nc + j] - u[i] - v[j];
                    if (r < shortest[j]) {
                        path[j] = i;
                        shortest[j] = r;
                    }
                    if (shortest[j] < lowest || (shortest[j] == lowest && row4col[j] == -1)) {
                        lowest = shortest[j];
                        index = it;
                    }
                }
                minVal = lowest;
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
                v[visitedColumns[k]] -= minVal - shortest[visitedColumns[k]];
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
        double total = 0;
        for (int r = 0; r < nr; r++) {
            total += cost[r * nc + col4row[r]];
        }
        return total;
    }
}
