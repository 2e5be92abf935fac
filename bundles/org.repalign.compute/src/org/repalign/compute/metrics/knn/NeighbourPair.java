package org.repalign.compute.metrics.knn;

import org.repalign.compute.metrics.knn.internal.NeighbourLists;

/** The neighbour lists of the two representations of a pair, with at least k entries each. */
record NeighbourPair(NeighbourLists x, NeighbourLists y) {

    int rows() {
        return x.rows();
    }

    /**
     * @param k the list length
     * @return share of rows whose k-th neighbour is tied with the (k+1)-th in X or in Y
     */
    double tieShare(int k) {
        int n = rows();
        int tied = 0;
        for (int i = 0; i < n; i++) {
            if (x.kthTied(i, k) || y.kthTied(i, k)) {
                tied++;
            }
        }
        return (double) tied / n;
    }
}
