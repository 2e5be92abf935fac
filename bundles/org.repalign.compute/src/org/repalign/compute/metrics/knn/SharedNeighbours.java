package org.repalign.compute.metrics.knn;

import org.repalign.compute.data.CsrMatrix;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.metrics.kernel.internal.KernelMatrices;
import org.repalign.compute.metrics.knn.internal.NeighbourLists;
import org.repalign.compute.metrics.knn.internal.NeighbourSearch;
import org.repalign.compute.metrics.knn.internal.TieOrder;
import org.repalign.compute.metrics.knn.internal.TieOrder.Side;

/**
 * Neighbour lists shared by all kNN metrics of one {@link MetricContext}, keyed by matrix
 * identity, search kind, tie rule, seed and (for random ties) side. A search runs at
 * K = max(k, {@value #MINIMUM_DEPTH}) capped at n − 1, so the paper's k = 10 and k = 100 metrics
 * share one search per matrix; a later request for a larger k replaces the lists.
 */
final class SharedNeighbours {

    /** Smallest K searched, so that k = 10 and k = 100 are served by one search. */
    static final int MINIMUM_DEPTH = 100;

    /** Up to this many rows, dense lists come from the shared n × n linear Gram matrix. */
    static final int GRAM_ROWS = 2048;

    private static final String KIND = "knn-inner-product";

    private SharedNeighbours() {
    }

    static NeighbourPair of(RowMatrix x, RowMatrix y, int k, MetricContext context) {
        return new NeighbourPair(of(x, Side.X, k, context), of(y, Side.Y, k, context));
    }

    static NeighbourLists of(RowMatrix matrix, Side side, int k, MetricContext context) {
        TieRule rule = context.ties();
        // with index ties both sides order candidates alike, so X and Y may share lists
        Side keySide = rule == TieRule.INDEX ? Side.X : side;
        Key key = new Key(new Identity(matrix), KIND, rule, context.seed(), keySide);
        Store store = context.shared(key, Store.class, Store::new);
        return store.lists(matrix, side, k, context);
    }

    /** Cache key; the matrix is compared by identity. */
    private record Key(Identity matrix, String kind, TieRule rule, long seed, Side side) {
    }

    /** Wraps a matrix so that equality is identity. */
    private static final class Identity {
        private final Object target;

        Identity(Object target) {
            this.target = target;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.target == target;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(target);
        }
    }

    /** Holds the deepest lists searched so far for one key. */
    private static final class Store {
        private NeighbourLists lists;

        synchronized NeighbourLists lists(RowMatrix matrix, Side side, int k, MetricContext context) {
            if (lists == null || lists.maxK() < k) {
                int n = matrix.rows();
                int depth = Math.min(Math.max(k, MINIMUM_DEPTH), n - 1);
                int[] keys = TieOrder.keys(n, context.ties(), context.seed(), side);
                if (!(matrix instanceof CsrMatrix) && n <= GRAM_ROWS) {
                    // small dense input: the linear Gram matrix is (or will be) shared with the CKA family
                    lists = NeighbourSearch.searchGram(KernelMatrices.linearGram(matrix, context), n, depth, keys,
                            context::checkCanceled);
                } else {
                    lists = NeighbourSearch.search(matrix, depth, keys, NeighbourSearch.DEFAULT_BLOCK_ROWS,
                            context::checkCanceled);
                }
            }
            return lists;
        }
    }
}
