package org.repalign.compute.tests.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.junit.jupiter.api.Test;
import org.repalign.compute.parallel.ParallelRanges;

/** {@link ParallelRanges}: the split, the chunking rule, coverage and failures. */
class ParallelRangesTest {

    @Test
    void splitCutsARangeIntoNearlyEqualContiguousParts() {
        // 10 indices in 4 parts: [0, 2), [2, 5), [5, 7), [7, 10)
        int[] starts = new int[5];
        for (int p = 0; p <= 4; p++) {
            starts[p] = ParallelRanges.split(10, p, 4);
        }
        assertEquals(List.of(0, 2, 5, 7, 10), List.of(starts[0], starts[1], starts[2], starts[3], starts[4]));
        assertEquals(0, ParallelRanges.split(3, 0, 5));
        assertEquals(1, ParallelRanges.split(3, 2, 5));
        assertEquals(Integer.MAX_VALUE, ParallelRanges.split(Integer.MAX_VALUE, 7, 7), "no overflow");
    }

    @Test
    void chunkCountFollowsTheWorkAndTheProcessors() {
        assertEquals(1, ParallelRanges.chunks(1000, 1000, 1), "one processor");
        assertEquals(1, ParallelRanges.chunks(1, 1 << 20, 8), "one index");
        assertEquals(1, ParallelRanges.chunks(100, 100, 8), "10,000 is below 65,536");
        assertEquals(32, ParallelRanges.chunks(256, 256, 8), "65,536: four chunks per processor");
        assertEquals(5, ParallelRanges.chunks(5, 1 << 20, 8), "at most one chunk per index");
    }

    @Test
    void everyIndexIsVisitedOnceInContiguousChunks() {
        int n = 1001;
        AtomicIntegerArray visits = new AtomicIntegerArray(n);
        List<int[]> ranges = new CopyOnWriteArrayList<>();
        ParallelRanges.forEachChunk(n, 1000, (from, to) -> {
            ranges.add(new int[] { from, to });
            for (int i = from; i < to; i++) {
                visits.incrementAndGet(i);
            }
        });
        for (int i = 0; i < n; i++) {
            assertEquals(1, visits.get(i), "index " + i);
        }
        int chunks = ParallelRanges.chunks(n, 1000, Runtime.getRuntime().availableProcessors());
        assertEquals(chunks, ranges.size());
        for (int[] range : ranges) {
            // each range is one of the split's chunks
            int c = (int) ((long) range[0] * chunks / n);
            while (ParallelRanges.split(n, c, chunks) < range[0]) {
                c++;
            }
            assertEquals(ParallelRanges.split(n, c, chunks), range[0]);
            assertEquals(ParallelRanges.split(n, c + 1, chunks), range[1]);
        }
    }

    @Test
    void smallWorkRunsOnTheCallingThreadAsOneRange() {
        Thread caller = Thread.currentThread();
        List<int[]> ranges = new CopyOnWriteArrayList<>();
        ParallelRanges.forEachChunk(50, 10, (from, to) -> {
            assertSame(caller, Thread.currentThread());
            ranges.add(new int[] { from, to });
        });
        assertEquals(1, ranges.size());
        assertEquals(0, ranges.get(0)[0]);
        assertEquals(50, ranges.get(0)[1]);
    }

    @Test
    void everyPartRunsOnceAndPartZeroOnTheCallingThread() {
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        Thread caller = Thread.currentThread();
        ParallelRanges.run(3, (part, parts) -> {
            assertEquals(3, parts);
            assertTrue(seen.add(part));
            if (part == 0) {
                assertSame(caller, Thread.currentThread());
            }
        });
        assertEquals(Set.of(0, 1, 2), seen);
        ParallelRanges.run(0, (part, parts) -> assertEquals(List.of(0, 1), List.of(part, parts)));
    }

    @Test
    void onThisThreadEveryPartAndChunkRunsOnTheCallingThreadInOrder() {
        Thread caller = Thread.currentThread();
        List<Integer> parts = new java.util.ArrayList<>();
        List<Integer> starts = new java.util.ArrayList<>();
        assertEquals(false, ParallelRanges.runsOnThisThread());
        ParallelRanges.onThisThread(() -> {
            assertTrue(ParallelRanges.runsOnThisThread());
            ParallelRanges.run(3, (part, all) -> {
                assertSame(caller, Thread.currentThread());
                assertEquals(3, all);
                parts.add(part);
            });
            // large enough to be cut into chunks outside onThisThread
            ParallelRanges.forEachChunk(1000, 1000, (from, to) -> {
                assertSame(caller, Thread.currentThread());
                starts.add(from);
                assertEquals(1000, to);
            });
        });
        assertEquals(List.of(0, 1, 2), parts);
        assertEquals(List.of(0), starts, "one range, the whole loop");
        assertEquals(false, ParallelRanges.runsOnThisThread(), "restored afterwards");
        assertThrows(IllegalStateException.class, () -> ParallelRanges.onThisThread(() -> {
            throw new IllegalStateException("fails");
        }));
        assertEquals(false, ParallelRanges.runsOnThisThread(), "restored after a failure");
    }

    @Test
    void theFirstFailureReachesTheCallerAfterAllPartsEnd() {
        AtomicIntegerArray finished = new AtomicIntegerArray(4);
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> ParallelRanges.run(4, (part, parts) -> {
                    if (part == 2) {
                        throw new IllegalStateException("part 2 failed");
                    }
                    finished.set(part, 1);
                }));
        assertEquals("part 2 failed", failure.getMessage());
        assertEquals(3, finished.get(0) + finished.get(1) + finished.get(3), "the others ran to the end");
        assertThrows(ArithmeticException.class, () -> ParallelRanges.forEachChunk(1000, 1000, (from, to) -> {
            if (from == 0) {
                throw new ArithmeticException("first chunk");
            }
        }));
    }
}
