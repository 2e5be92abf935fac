package org.repalign.compute.stats;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Seeded shuffles and samples without replacement, defined exactly so that they can be
 * reproduced elsewhere from the description below (Fisher and Yates 1938; Durstenfeld 1964).
 *
 * <ul>
 * <li>{@link #sample}: partial Fisher–Yates on the identity array {@code a = [0, 1, …, n−1]}:
 * for {@code i = 0 … m−1}: {@code j = i + rng.nextInt(n − i)}, swap {@code a[i]} and
 * {@code a[j]}; the sample is {@code a[0 … m−1]} in draw order.</li>
 * <li>{@link #permutation}: full Fisher–Yates on the identity array: for
 * {@code i = n−1} down to {@code 1}: {@code j = rng.nextInt(i + 1)}, swap {@code a[i]} and
 * {@code a[j]}.</li>
 * </ul>
 * {@code rng} is a {@link SplitMix64}. The sample uses O(m) memory when {@code m} is small
 * compared with {@code n} (a hash map stands in for the untouched part of the array) and yields
 * exactly the same indices as the array version.
 */
public final class Shuffles {

    private Shuffles() {
    }

    /**
     * Draws {@code m} distinct indices from {@code [0, n)} by partial Fisher–Yates.
     *
     * @param n   population size, ≥ 0
     * @param m   sample size, in {@code [0, n]}
     * @param rng the generator; advanced by exactly {@code m} accepted draws
     * @return the indices in draw order
     * @throws IllegalArgumentException when {@code m} is outside {@code [0, n]}
     */
    public static int[] sample(int n, int m, SplitMix64 rng) {
        if (n < 0 || m < 0 || m > n) {
            throw new IllegalArgumentException("cannot draw " + m + " of " + n + " indices");
        }
        if ((long) m * 8 < n) {
            return sampleSparse(n, m, rng);
        }
        int[] a = identity(n);
        for (int i = 0; i < m; i++) {
            int j = i + rng.nextInt(n - i);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return Arrays.copyOf(a, m);
    }

    private static int[] sampleSparse(int n, int m, SplitMix64 rng) {
        Map<Integer, Integer> moved = new HashMap<>(m * 4);
        int[] out = new int[m];
        for (int i = 0; i < m; i++) {
            int j = i + rng.nextInt(n - i);
            int atJ = moved.getOrDefault(j, j);
            int atI = moved.getOrDefault(i, i);
            out[i] = atJ;
            moved.put(j, atI);
        }
        return out;
    }

    /**
     * A uniformly random permutation of {@code [0, n)} by full Fisher–Yates.
     *
     * @param n   length, ≥ 0
     * @param rng the generator; advanced by exactly {@code n − 1} accepted draws when n ≥ 1
     * @return {@code p}, where {@code p[i]} is the index placed at position {@code i}
     */
    public static int[] permutation(int n, SplitMix64 rng) {
        if (n < 0) {
            throw new IllegalArgumentException("permutation length must be ≥ 0, got " + n);
        }
        int[] a = identity(n);
        for (int i = n - 1; i >= 1; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }
}
