package org.repalign.compute.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the parts of a loop at once. Callers use it only where every part writes memory that no
 * other part of the same call touches (the heaps of its own rows, its own rows of an output) and
 * where an element's arithmetic does not depend on the split, so the result is the same for any
 * split, thread count and scheduling; reductions stay with the caller, in a fixed order, after
 * the call.
 *
 * <p>Two shapes:
 * <ul>
 * <li>{@link #run(int, Part)} runs {@code parts} parts, part 0 on the calling thread, and
 * {@link #split} cuts a range into the parts' contiguous pieces (the neighbour searches);</li>
 * <li>{@link #forEachChunk(int, long, Range)} cuts {@code [0, n)} into
 * {@code min(n, 4 × processors)} contiguous chunks that the parts take in turn, or runs the whole
 * range on the calling thread when the work is small (the SAE trainer).</li>
 * </ul>
 *
 * <p>The helper threads come from a private cached pool of daemon threads, so a busy shared pool
 * can never hold a loop up and an idle workbench keeps no threads alive for long. The first
 * failure of a part is rethrown on the calling thread after all parts have ended.
 */
public final class ParallelRanges {

    /** How many parts {@link #run} callers split their work into by default: at most the processors, at most 4. */
    public static final int DEFAULT_PARTS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** Below this much work (elements × cost) {@link #forEachChunk} runs on the calling thread. */
    static final long SERIAL_WORK = 1 << 16;

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** Whether the current thread runs every part itself (see {@link #onThisThread}). */
    private static final ThreadLocal<Boolean> ON_THIS_THREAD = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "repalign-parallel-" + COUNTER.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private ParallelRanges() {
    }

    /** A part of the work: {@code part} of {@code parts}. */
    @FunctionalInterface
    public interface Part {
        /**
         * @param part  this part, {@code 0 ≤ part < parts}
         * @param parts how many parts the work has
         */
        void run(int part, int parts);
    }

    /** A loop body over a half-open range of indices. */
    @FunctionalInterface
    public interface Range {
        /**
         * @param from first index
         * @param to   one past the last index
         */
        void run(int from, int to);
    }

    /**
     * Runs {@code work} with every loop it starts through this class run on the calling thread
     * alone, part after part: for work that already runs beside other work on every processor
     * (the units of an experiment), where handing parts of small loops to other threads costs
     * more than it gains. Since every caller's result does not depend on the split (see the class
     * comment), the result is the same.
     *
     * @param work the work
     */
    public static void onThisThread(Runnable work) {
        Boolean before = ON_THIS_THREAD.get();
        ON_THIS_THREAD.set(Boolean.TRUE);
        try {
            work.run();
        } finally {
            ON_THIS_THREAD.set(before);
        }
    }

    /** @return whether loops started on the current thread run on it alone ({@link #onThisThread}) */
    public static boolean runsOnThisThread() {
        return ON_THIS_THREAD.get();
    }

    /**
     * Runs {@code part.run(p, parts)} for every p in {@code 0..parts-1}, in parallel when
     * {@code parts > 1} (part 0 on the calling thread), and returns when all have finished.
     * Within {@link #onThisThread} the parts run one after the other on the calling thread, and
     * the first failure ends the call.
     *
     * @param parts how many parts; 1 or less runs {@code part.run(0, 1)} on the calling thread
     * @param part  the work
     * @throws RuntimeException the first failure of a part, after all parts have ended
     */
    public static void run(int parts, Part part) {
        if (parts <= 1) {
            part.run(0, 1);
            return;
        }
        if (ON_THIS_THREAD.get()) {
            for (int p = 0; p < parts; p++) {
                part.run(p, parts);
            }
            return;
        }
        List<Future<?>> futures = new ArrayList<>(parts - 1);
        for (int p = 1; p < parts; p++) {
            int index = p;
            futures.add(POOL.submit(() -> part.run(index, parts)));
        }
        RuntimeException failure = null;
        try {
            part.run(0, parts);
        } catch (RuntimeException e) {
            failure = e;
        }
        for (Future<?> future : futures) {
            try {
                getUninterruptibly(future);
            } catch (ExecutionException e) {
                if (failure == null) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException runtime) {
                        failure = runtime;
                    } else if (cause instanceof Error error) {
                        throw error;
                    } else {
                        failure = new IllegalStateException(cause);
                    }
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * The first index of a part when {@code length} indices are cut into {@code parts}
     * contiguous pieces of sizes differing by at most one: part p covers
     * {@code [split(length, p, parts), split(length, p + 1, parts))}.
     *
     * @param length how many indices
     * @param part   which part, {@code 0 ≤ part ≤ parts}
     * @param parts  how many parts, at least 1
     * @return ⌊length · part / parts⌋
     */
    public static int split(int length, int part, int parts) {
        return (int) ((long) length * part / parts);
    }

    /**
     * Runs {@code body} over {@code [0, n)} in contiguous chunks: on the calling thread as one
     * range when there is one processor, fewer than two indices or less than 2<sup>16</sup> work
     * ({@code n × costPerItem}); otherwise in {@link #chunks} chunks cut by {@link #split}, which
     * {@code min(chunks, processors)} parts take in turn. Within {@link #onThisThread}: on the
     * calling thread as one range.
     *
     * @param n           loop length
     * @param costPerItem rough work per index, to decide whether to split
     * @param body        the loop body
     * @throws RuntimeException the first failure of a chunk, after all parts have ended
     */
    public static void forEachChunk(int n, long costPerItem, Range body) {
        int threads = Runtime.getRuntime().availableProcessors();
        int chunks = chunks(n, costPerItem, threads);
        if (chunks == 1 || ON_THIS_THREAD.get()) {
            body.run(0, n);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        run(Math.min(chunks, threads), (part, parts) -> {
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                body.run(split(n, c, chunks), split(n, c + 1, chunks));
            }
        });
    }

    /**
     * How many chunks {@link #forEachChunk} cuts a loop into.
     *
     * @param n           loop length
     * @param costPerItem rough work per index
     * @param threads     processors available
     * @return 1 (the calling thread runs the whole range) or {@code min(n, 4 × threads)}
     */
    public static int chunks(int n, long costPerItem, int threads) {
        if (threads <= 1 || n < 2 || (long) n * costPerItem < SERIAL_WORK) {
            return 1;
        }
        return Math.min(n, threads * 4);
    }

    private static void getUninterruptibly(Future<?> future) throws ExecutionException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    future.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
