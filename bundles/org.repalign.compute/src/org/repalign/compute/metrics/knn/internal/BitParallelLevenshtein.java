package org.repalign.compute.metrics.knn.internal;

/**
 * The Levenshtein distance of two sequences of equal length k by the bit-vector algorithm of
 * Myers (G. Myers, "A fast bit-vector algorithm for approximate string matching based on dynamic
 * programming", J. ACM 46(3), 1999), in its block form for sequences longer than one machine word,
 * computing the global distance (H. Hyyrö, "Explaining and extending the bit-parallel approximate
 * string matching algorithm of Myers", 2001). Exact: it yields the same integer as the O(k²)
 * table, using O(⌈k/64⌉·k) word operations.
 *
 * <p><b>How.</b> Column j of the table is kept as the signs of its vertical differences
 * D[i][j] − D[i−1][j] ∈ {−1, 0, +1}: bit i of {@code plus} / {@code minus} is set where the
 * difference is +1 / −1. The first sequence is the pattern: for every distinct element, a bit mask
 * of where it occurs. Each element of the second sequence advances all columns by a few word
 * operations per 64 rows; the horizontal difference leaving a block is handed to the next block
 * (+1 entering the first block, since D[0][j] = j), and the difference leaving the last row
 * updates D[k][j], which starts at D[k][0] = k.
 *
 * <p>An instance holds scratch space that grows to the longest sequence seen; use one instance
 * per thread.
 */
public final class BitParallelLevenshtein {

    private static final long TOP = 1L << 63;

    private long[] plus = new long[0];
    private long[] minus = new long[0];
    /** Open-addressing table from pattern element to its masks; a slot is used when its stamp is current. */
    private int[] keys = new int[0];
    private int[] stamps = new int[0];
    private long[] masks = new long[0];
    private int stamp;

    /**
     * @param a the first sequence (only a[0..k) is read)
     * @param b the second sequence (only b[0..k) is read)
     * @param k the length used of each, ≥ 0
     * @return the least number of single-element insertions, deletions and substitutions turning
     *         a[0..k) into b[0..k), 0..k
     */
    public int distance(int[] a, int[] b, int k) {
        if (k < 0 || k > a.length || k > b.length) {
            throw new IllegalArgumentException("length " + k + " for sequences of " + a.length + " and " + b.length);
        }
        if (k == 0) {
            return 0;
        }
        int blocks = (k + 63) >>> 6;
        int mask = prepare(k, blocks);
        for (int p = 0; p < k; p++) {
            int slot = insert(a[p], mask, blocks);
            masks[slot * blocks + (p >>> 6)] |= 1L << (p & 63);
        }
        for (int block = 0; block < blocks; block++) {
            plus[block] = -1L;
            minus[block] = 0;
        }
        long lastRow = 1L << ((k - 1) & 63);
        int lastBlock = blocks - 1;
        int score = k;
        for (int j = 0; j < k; j++) {
            int slot = find(b[j], mask);
            int carry = 1; // the horizontal difference entering the block from above
            for (int block = 0; block < blocks; block++) {
                long equal = slot < 0 ? 0 : masks[slot * blocks + block];
                long pv = plus[block];
                long mv = minus[block];
                long xv = equal | mv;
                if (carry < 0) {
                    equal |= 1;
                }
                long xh = (((equal & pv) + pv) ^ pv) | equal;
                long ph = mv | ~(xh | pv);
                long mh = pv & xh;
                long high = block == lastBlock ? lastRow : TOP;
                int out = (ph & high) != 0 ? 1 : (mh & high) != 0 ? -1 : 0;
                ph <<= 1;
                mh <<= 1;
                if (carry < 0) {
                    mh |= 1;
                } else if (carry > 0) {
                    ph |= 1;
                }
                plus[block] = mh | ~(xv | ph);
                minus[block] = ph & xv;
                carry = out;
            }
            score += carry;
        }
        return score;
    }

    /** Sizes the scratch for length k and starts a new table; returns the table's index mask. */
    private int prepare(int k, int blocks) {
        if (plus.length < blocks) {
            plus = new long[blocks];
            minus = new long[blocks];
        }
        int capacity = Integer.highestOneBit(Math.max(2, 2 * k - 1)) << 1; // a power of two ≥ 2k
        if (keys.length < capacity || masks.length < capacity * blocks) {
            keys = new int[capacity];
            stamps = new int[capacity];
            masks = new long[capacity * blocks];
            stamp = 0;
        }
        if (++stamp == 0) { // wrapped: forget every old stamp
            java.util.Arrays.fill(stamps, 0);
            stamp = 1;
        }
        return capacity - 1;
    }

    private int insert(int key, int mask, int blocks) {
        int slot = hash(key) & mask;
        while (stamps[slot] == stamp) {
            if (keys[slot] == key) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        stamps[slot] = stamp;
        keys[slot] = key;
        java.util.Arrays.fill(masks, slot * blocks, slot * blocks + blocks, 0L);
        return slot;
    }

    private int find(int key, int mask) {
        int slot = hash(key) & mask;
        while (stamps[slot] == stamp) {
            if (keys[slot] == key) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private static int hash(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
