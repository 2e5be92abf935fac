package org.repalign.compute.tests.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.protocol.EvaluationProtocol;
import org.repalign.compute.protocol.RowSubsets;

class RowSubsetsTest {

    @Test
    void paperProtocolGivesTenDistinctSortedSubsetsOfAThousand() {
        RowSubsets subsets = RowSubsets.of(EvaluationProtocol.paper(3), 5000);
        assertEquals(10, subsets.count());
        assertFalse(subsets.wholeMatrix());
        assertEquals(12345 + 3, subsets.streamSeed());
        for (int s = 0; s < 10; s++) {
            int[] subset = subsets.subset(s);
            assertEquals(1000, subset.length);
            assertEquals(1000, Arrays.stream(subset).distinct().count(), "duplicates in subset " + s);
            assertTrue(Arrays.stream(subset).allMatch(r -> r >= 0 && r < 5000));
            for (int i = 1; i < subset.length; i++) {
                assertTrue(subset[i - 1] < subset[i]);
            }
        }
        assertFalse(Arrays.equals(subsets.subset(0), subsets.subset(1)));
    }

    @Test
    void sameSeedSameSubsetsOtherPairOtherSubsets() {
        EvaluationProtocol protocol = EvaluationProtocol.paper(0);
        int[][] first = RowSubsets.of(protocol, 3000).toArray();
        int[][] again = RowSubsets.of(protocol, 3000).toArray();
        int[][] otherPair = RowSubsets.of(protocol.forPair(1), 3000).toArray();
        assertTrue(Arrays.deepEquals(first, again));
        for (int s = 0; s < first.length; s++) {
            assertFalse(Arrays.equals(first[s], otherPair[s]), "subset " + s);
        }
        // the stream seed is seed + pair index, as documented
        EvaluationProtocol shifted = new EvaluationProtocol(10, 1000, 12346, 0, TieRule.RANDOM, OptionalDouble.empty());
        assertTrue(Arrays.deepEquals(otherPair, RowSubsets.of(shifted, 3000).toArray()));
    }

    @Test
    void subsetsFollowTheDocumentedAlgorithm() {
        // independent re-implementation: JDK SplitMix64 stream, documented bounded draw,
        // partial Fisher–Yates on a fresh identity array per subsample, sorted
        for (int[] c : new int[][] {{1000, 50}, {30, 12}}) {
            int n = c[0];
            int m = c[1];
            SplittableRandom raw = new SplittableRandom(777 + 4);
            RowSubsets subsets = RowSubsets.draw(n, 3, m, 777 + 4);
            for (int s = 0; s < 3; s++) {
                int[] a = new int[n];
                for (int i = 0; i < n; i++) {
                    a[i] = i;
                }
                for (int i = 0; i < m; i++) {
                    int j = i + boundedInt(raw, n - i);
                    int t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                }
                int[] expected = Arrays.copyOf(a, m);
                Arrays.sort(expected);
                assertArrayEquals(expected, subsets.subset(s), "n=" + n + " subset " + s);
            }
        }
    }

    @Test
    void wholeMatrixWhenNoSubsamplesOrAllRows() {
        RowSubsets none = RowSubsets.draw(7, 0, 1000, 1);
        assertTrue(none.wholeMatrix());
        assertEquals(1, none.count());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6}, none.subset(0));
        RowSubsets all = RowSubsets.draw(7, 10, 7, 1);
        assertTrue(all.wholeMatrix());
        assertEquals(1, all.count());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6}, all.subset(0));
    }

    @Test
    void badSizesNameTheParameter() {
        IllegalArgumentException small = assertThrows(IllegalArgumentException.class, () -> RowSubsets.draw(10, 2, 1, 0));
        assertTrue(small.getMessage().contains("subsampleSize"), small.getMessage());
        IllegalArgumentException large = assertThrows(IllegalArgumentException.class, () -> RowSubsets.draw(10, 2, 11, 0));
        assertTrue(large.getMessage().contains("subsampleSize"), large.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> new EvaluationProtocol(-1, 10, 0, 0, TieRule.RANDOM, OptionalDouble.empty()));
        assertTrue(negative.getMessage().contains("subsamples"), negative.getMessage());
        IllegalArgumentException pair = assertThrows(IllegalArgumentException.class,
                () -> new EvaluationProtocol(1, 10, 0, -2, TieRule.RANDOM, OptionalDouble.empty()));
        assertTrue(pair.getMessage().contains("pairIndex"), pair.getMessage());
    }

    private static int boundedInt(SplittableRandom raw, int bound) {
        long limit = (1L << 32) - (1L << 32) % bound;
        while (true) {
            long u = raw.nextLong() >>> 32;
            if (u < limit) {
                return (int) (u % bound);
            }
        }
    }
}
