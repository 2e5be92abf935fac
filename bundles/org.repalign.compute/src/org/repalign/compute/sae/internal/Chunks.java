package org.repalign.compute.sae.internal;

import java.util.stream.IntStream;

/**
 * Runs a loop over {@code [0, n)} in contiguous chunks on the common fork-join pool. Callers
 * only use it where chunks write disjoint memory and each element's arithmetic does not depend
 * on the partition, so results are identical for every thread count.
 */
public final class Chunks {

    /** Below this much work (elements × cost) the loop runs on the calling thread. */
    private static final long SERIAL_WORK = 1 << 16;

    private Chunks() {
    }

    /** A loop body over a half-open range. */
    @FunctionalInterface
    public interface Body {
        /**
         * @param from first index
         * @param to   one past the last index
         */
        void run(int from, int to);
    }

    /**
     * @param n           loop length
     * @param costPerItem rough work per index, to decide whether to split
     * @param body        the loop body
     */
    public static void run(int n, long costPerItem, Body body) {
        int threads = Runtime.getRuntime().availableProcessors();
        if (threads <= 1 || n < 2 || (long) n * costPerItem < SERIAL_WORK) {
            body.run(0, n);
            return;
        }
        int chunks = Math.min(n, threads * 4);
        IntStream.range(0, chunks).parallel().forEach(c -> {
            int from = (int) ((long) n * c / chunks);
            int to = (int) ((long) n * (c + 1) / chunks);
            body.run(from, to);
        });
    }
}
