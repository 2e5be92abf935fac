package org.repalign.compute.tests.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.repalign.compute.stats.Shuffles;
import org.repalign.compute.stats.SplitMix64;

class SplitMix64Test {

    @Test
    void firstOutputForSeedZeroIsTheReferenceValue() {
        // splitmix64.c (Vigna) with x = 0: first output 0xE220A8397B1DCDAF
        assertEquals(0xE220A8397B1DCDAFL, new SplitMix64(0).nextLong());
    }

    @Test
    void streamEqualsSplittableRandom() {
        for (long seed : new long[] {0, 1, 12345, -7, Long.MAX_VALUE}) {
            SplitMix64 ours = new SplitMix64(seed);
            SplittableRandom jdk = new SplittableRandom(seed);
            for (int i = 0; i < 200; i++) {
                assertEquals(jdk.nextLong(), ours.nextLong(), "seed " + seed + " draw " + i);
            }
        }
    }

    @Test
    void nextIntFollowsTheDocumentedRejectionRule() {
        SplitMix64 ours = new SplitMix64(99);
        Reference reference = new Reference(99);
        for (int bound : new int[] {1, 2, 3, 7, 1000, 1 << 30, Integer.MAX_VALUE}) {
            for (int i = 0; i < 50; i++) {
                assertEquals(reference.nextInt(bound), ours.nextInt(bound));
            }
        }
        assertThrows(IllegalArgumentException.class, () -> ours.nextInt(0));
    }

    @Test
    void nextIntIsRoughlyUniform() {
        SplitMix64 rng = new SplitMix64(5);
        int[] counts = new int[10];
        int draws = 100_000;
        for (int i = 0; i < draws; i++) {
            counts[rng.nextInt(10)]++;
        }
        double chi2 = 0;
        for (int c : counts) {
            chi2 += (c - draws / 10.0) * (c - draws / 10.0) / (draws / 10.0);
        }
        // 9 degrees of freedom: P(chi2 > 27.9) = 0.001
        assertTrue(chi2 < 27.9, "chi2 = " + chi2);
    }

    @Test
    void sampleFollowsPartialFisherYatesOnBothPaths() {
        // m·8 < n uses the hash-map path, the others the array path; both must follow the text
        int[][] cases = {{1000, 10}, {1000, 124}, {1000, 125}, {20, 10}, {5, 5}, {7, 0}};
        for (int[] c : cases) {
            int[] expected = new Reference(42).partialFisherYates(c[0], c[1]);
            assertArrayEquals(expected, Shuffles.sample(c[0], c[1], new SplitMix64(42)), Arrays.toString(c));
        }
    }

    @Test
    void sampleHasDistinctIndicesInRange() {
        int[] sample = Shuffles.sample(100_000, 1000, new SplitMix64(3));
        assertEquals(1000, sample.length);
        assertEquals(1000, Arrays.stream(sample).distinct().count());
        assertTrue(Arrays.stream(sample).allMatch(i -> i >= 0 && i < 100_000));
        assertThrows(IllegalArgumentException.class, () -> Shuffles.sample(5, 6, new SplitMix64(1)));
        assertThrows(IllegalArgumentException.class, () -> Shuffles.sample(5, -1, new SplitMix64(1)));
    }

    @Test
    void permutationFollowsFullFisherYates() {
        int[] expected = new Reference(8).fullFisherYates(50);
        int[] actual = Shuffles.permutation(50, new SplitMix64(8));
        assertArrayEquals(expected, actual);
        int[] sorted = actual.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < 50; i++) {
            assertEquals(i, sorted[i]);
        }
        assertNotEquals(Arrays.toString(actual), Arrays.toString(Shuffles.permutation(50, new SplitMix64(9))));
    }

    /** The documented algorithms, written out independently on top of the JDK's SplitMix64. */
    static final class Reference {
        private final SplittableRandom raw;

        Reference(long seed) {
            raw = new SplittableRandom(seed);
        }

        int nextInt(int bound) {
            long limit = 4294967296L - 4294967296L % bound;
            while (true) {
                long u = raw.nextLong() >>> 32;
                if (u < limit) {
                    return (int) (u % bound);
                }
            }
        }

        int[] partialFisherYates(int n, int m) {
            int[] a = new int[n];
            for (int i = 0; i < n; i++) {
                a[i] = i;
            }
            for (int i = 0; i < m; i++) {
                int j = i + nextInt(n - i);
                int t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
            return Arrays.copyOf(a, m);
        }

        int[] fullFisherYates(int n) {
            int[] a = new int[n];
            for (int i = 0; i < n; i++) {
                a[i] = i;
            }
            for (int i = n - 1; i >= 1; i--) {
                int j = nextInt(i + 1);
                int t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
            return a;
        }
    }

    @Test
    void aGaussianIsTheBoxMullerCosineOfTheNextTwoUniforms() {
        org.repalign.compute.stats.SplitMix64 draws = new org.repalign.compute.stats.SplitMix64(99L);
        org.repalign.compute.stats.SplitMix64 uniforms = new org.repalign.compute.stats.SplitMix64(99L);
        double sum = 0;
        double squares = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            double g = draws.nextGaussian();
            double u = uniforms.nextDouble();
            double v = uniforms.nextDouble();
            org.junit.jupiter.api.Assertions.assertEquals(Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v),
                    g, 0.0);
            sum += g;
            squares += g * g;
        }
        // mean 0 and variance 1 within 5 standard errors
        org.junit.jupiter.api.Assertions.assertEquals(0, sum / n, 5 / Math.sqrt(n));
        org.junit.jupiter.api.Assertions.assertEquals(1, squares / n, 5 * Math.sqrt(2.0 / n));
    }
}
