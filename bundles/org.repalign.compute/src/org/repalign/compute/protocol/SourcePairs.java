package org.repalign.compute.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * Enumerates all unordered pairs (i, j), i &lt; j, of k sources in the order of Python's
 * {@code itertools.combinations(range(k), 2)}: (0,1), (0,2), …, (0,k−1), (1,2), …, (k−2,k−1).
 * Pair (i, j) has index i·k − i·(i+1)/2 + (j − i − 1); k sources give k(k−1)/2 pairs (435 for
 * the paper's 30). The index depends only on i, j and k, so keep the source order fixed to keep
 * seeds stable.
 */
public final class SourcePairs {

    private SourcePairs() {
    }

    /**
     * @param sourceCount k ≥ 0
     * @return the pairs in index order
     */
    public static List<SourcePair> all(int sourceCount) {
        if (sourceCount < 0) {
            throw new IllegalArgumentException("sourceCount must be ≥ 0, got " + sourceCount);
        }
        List<SourcePair> pairs = new ArrayList<>();
        int index = 0;
        for (int i = 0; i < sourceCount; i++) {
            for (int j = i + 1; j < sourceCount; j++) {
                pairs.add(new SourcePair(i, j, index++));
            }
        }
        return List.copyOf(pairs);
    }

    /**
     * @param first       i
     * @param second      j, with i &lt; j &lt; k
     * @param sourceCount k
     * @return the index of pair (i, j)
     * @throws IllegalArgumentException unless 0 ≤ i &lt; j &lt; k
     */
    public static int indexOf(int first, int second, int sourceCount) {
        if (first < 0 || first >= second || second >= sourceCount) {
            throw new IllegalArgumentException("need 0 ≤ first < second < sourceCount, got first = " + first
                    + ", second = " + second + ", sourceCount = " + sourceCount);
        }
        long index = (long) first * sourceCount - (long) first * (first + 1) / 2 + (second - first - 1);
        return Math.toIntExact(index);
    }
}
