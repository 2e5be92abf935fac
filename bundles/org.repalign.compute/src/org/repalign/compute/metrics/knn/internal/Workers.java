package org.repalign.compute.metrics.knn.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a few independent parts of a search at once. Every part writes only state that no other
 * part of the same call touches (for example the heaps of its own rows), so the result does not
 * depend on scheduling; the caller runs the first part itself and waits for the others.
 *
 * <p>The helper threads come from a private cached pool of daemon threads, so a busy shared
 * pool can never hold a search up and an idle workbench keeps no threads alive for long.
 */
final class Workers {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "repalign-knn-" + COUNTER.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    /** How many parts a search splits its work into: at most the processors, at most 4. */
    static final int PARTS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private Workers() {
    }

    /** A part of the work: {@code part} of {@code parts}. */
    interface Part {
        void run(int part, int parts);
    }

    /**
     * Runs {@code part.run(p, parts)} for every p in {@code 0..parts-1}, in parallel when
     * {@code parts > 1}, and returns when all have finished.
     *
     * @throws RuntimeException the first failure of a part, after all parts have ended
     */
    static void run(int parts, Part part) {
        if (parts <= 1) {
            part.run(0, 1);
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

    /** @return the first row of part {@code part} when {@code rows} rows are cut into {@code parts} */
    static int split(int rows, int part, int parts) {
        return (int) ((long) rows * part / parts);
    }
}
