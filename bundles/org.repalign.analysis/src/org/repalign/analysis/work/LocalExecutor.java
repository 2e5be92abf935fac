package org.repalign.analysis.work;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.OperationCanceledException;
import org.repalign.compute.parallel.ParallelRanges;

/**
 * Runs units on threads of this JVM. With one thread the units run sequentially, in unit order,
 * on the calling thread (exactly as a plain loop would); with more, on a pool created for the
 * batch, each unit on one thread. Results come back in unit order either way.
 *
 * <p>The thread count of {@link #configured()} is the system property {@value #THREADS_PROPERTY}
 * or else the environment variable {@value #THREADS_VARIABLE}, the processors when neither is
 * set. Units that use BLAS share its threads (the BLAS threads setting), so units × BLAS threads
 * should not exceed the cores: an experiment run sets them to {@link #configuredBlasThreads()}.
 *
 * <p>While the pool fills the processors and at least as many units are unfinished as it has
 * threads, a unit's own parallel loops ({@link ParallelRanges}) run on the unit's thread: the
 * processors are busy with units already, and handing the parts of small loops (an SAE step, a
 * subsample's neighbour lists) to other threads only adds waiting. The results do not depend on
 * it. The last units of a batch, when threads fall idle, split their loops again.
 */
public final class LocalExecutor implements WorkExecutor {

    /** The system property with the number of work threads. */
    public static final String THREADS_PROPERTY = ThreadSettings.THREADS_PROPERTY;
    /** The environment variable with the number of work threads, when the property is not set. */
    public static final String THREADS_VARIABLE = ThreadSettings.THREADS_VARIABLE;
    /** The system property with the BLAS threads of an experiment run. */
    public static final String BLAS_THREADS_PROPERTY = ThreadSettings.BLAS_THREADS_PROPERTY;
    /** The environment variable with the BLAS threads of a run, when the property is not set. */
    public static final String BLAS_THREADS_VARIABLE = ThreadSettings.BLAS_THREADS_VARIABLE;

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int threads;

    /**
     * @param threads units run at once, ≥ 1
     * @throws IllegalArgumentException when threads &lt; 1
     */
    public LocalExecutor(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("work threads must be ≥ 1, got " + threads);
        }
        this.threads = threads;
    }

    /** @return an executor that runs units one after the other on the calling thread */
    public static LocalExecutor sequential() {
        return new LocalExecutor(1);
    }

    /**
     * @return an executor with {@link #configuredThreads()} threads
     * @throws IllegalArgumentException when the setting is not a positive integer
     */
    public static LocalExecutor configured() {
        return new LocalExecutor(configuredThreads());
    }

    /**
     * The BLAS threads of an experiment run: the system property {@value #BLAS_THREADS_PROPERTY}
     * or else the environment variable {@value #BLAS_THREADS_VARIABLE}, 1 when neither is set.
     * One BLAS thread per unit, with as many units at once as cores, keeps units × BLAS threads
     * within the cores: BLAS threads waiting for a core that another unit holds spin (OpenBLAS
     * yields the processor in a loop, which shows as system time) instead of computing. The same
     * count for every work-thread count keeps the numbers independent of the work threads (an
     * SAE's GEMMs round differently with another BLAS thread count); set it to the
     * {@code environment.blas_threads} of an older run to repeat that run exactly.
     *
     * @return the BLAS threads, ≥ 1
     * @throws IllegalArgumentException when the setting is not a positive integer
     */
    public static int configuredBlasThreads() {
        return ThreadSettings.blasThreads();
    }

    /**
     * @return the work threads from the system property {@value #THREADS_PROPERTY} or the
     *         environment variable {@value #THREADS_VARIABLE}; the available processors when
     *         neither is set
     * @throws IllegalArgumentException when the setting is not a positive integer
     */
    public static int configuredThreads() {
        return ThreadSettings.workThreads();
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public int threads() {
        return threads;
    }

    @Override
    public <R> List<R> run(List<WorkUnit> units, WorkTask<R> task, WorkProgress progress, BooleanSupplier canceled)
            throws WorkFailedException {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(canceled, "canceled");
        List<WorkUnit> batch = List.copyOf(units);
        if (threads == 1 || batch.size() < 2) {
            return sequentially(batch, task, progress, canceled);
        }
        return inParallel(batch, task, progress, canceled);
    }

    private static <R> List<R> sequentially(List<WorkUnit> units, WorkTask<R> task, WorkProgress progress,
            BooleanSupplier canceled) throws WorkFailedException {
        List<R> results = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            if (canceled.getAsBoolean()) {
                throw new CancellationException();
            }
            WorkUnit unit = units.get(i);
            long start = System.nanoTime();
            try {
                results.add(task.run(unit, canceled));
            } catch (CancellationException | OperationCanceledException e) {
                throw e;
            } catch (Exception e) {
                throw new WorkFailedException(unit, e);
            }
            progress.unitDone(unit, (System.nanoTime() - start) / 1e9, i + 1, units.size());
        }
        return results;
    }

    /** Carries a unit's checked exception through a {@link Runnable}. */
    private static final class UnitException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnitException(Exception cause) {
            super(cause);
        }
    }

    /** What one unit left: its result or what it threw. */
    private record Outcome(int index, Object result, Throwable error, double seconds) {
    }

    private <R> List<R> inParallel(List<WorkUnit> units, WorkTask<R> task, WorkProgress progress,
            BooleanSupplier canceled) throws WorkFailedException {
        int n = units.size();
        AtomicBoolean stop = new AtomicBoolean();
        BooleanSupplier stopping = () -> stop.get() || canceled.getAsBoolean();
        int poolSize = Math.min(threads, n);
        ExecutorService pool = Executors.newFixedThreadPool(poolSize, threadFactory());
        // units not yet finished; while at least as many as the pool has threads (and the pool
        // fills the processors), a unit's own loops stay on its thread
        AtomicInteger unfinished = new AtomicInteger(n);
        boolean poolFillsProcessors = poolSize >= Runtime.getRuntime().availableProcessors();
        ExecutorCompletionService<Outcome> completion = new ExecutorCompletionService<>(pool);
        Object[] results = new Object[n];
        Throwable[] errors = new Throwable[n];
        boolean[] skipped = new boolean[n];
        try {
            for (int i = 0; i < n; i++) {
                int index = i;
                completion.submit(() -> {
                    if (stopping.getAsBoolean()) {
                        return new Outcome(index, null, null, Double.NaN);
                    }
                    long start = System.nanoTime();
                    try {
                        Object[] result = new Object[1];
                        Runnable run = () -> {
                            try {
                                result[0] = task.run(units.get(index), stopping);
                            } catch (Exception e) {
                                throw new UnitException(e);
                            }
                        };
                        if (poolFillsProcessors && unfinished.get() >= poolSize) {
                            ParallelRanges.onThisThread(run);
                        } else {
                            run.run();
                        }
                        return new Outcome(index, result[0], null, (System.nanoTime() - start) / 1e9);
                    } catch (UnitException e) {
                        return new Outcome(index, null, e.getCause(), (System.nanoTime() - start) / 1e9);
                    } catch (Throwable e) {
                        return new Outcome(index, null, e, (System.nanoTime() - start) / 1e9);
                    } finally {
                        unfinished.decrementAndGet();
                    }
                });
            }
            int done = 0;
            int finished = 0;
            while (finished < n) {
                Future<Outcome> future = completion.poll(50, TimeUnit.MILLISECONDS);
                if (future == null) {
                    if (canceled.getAsBoolean()) {
                        stop.set(true);
                    }
                    continue;
                }
                Outcome outcome = future.get();
                finished++;
                if (canceled.getAsBoolean()) {
                    stop.set(true);
                }
                if (outcome.error() != null) {
                    errors[outcome.index()] = outcome.error();
                    stop.set(true);
                } else if (Double.isNaN(outcome.seconds())) {
                    skipped[outcome.index()] = true;
                } else {
                    results[outcome.index()] = outcome.result();
                    if (!stop.get()) {
                        progress.unitDone(units.get(outcome.index()), outcome.seconds(), ++done, n);
                    }
                }
            }
        } catch (InterruptedException e) {
            stop.set(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            // the callable catches every Throwable; only a broken pool gets here
            stop.set(true);
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        throwFirstFailure(units, errors);
        if (canceled.getAsBoolean() || contains(skipped)) {
            throw new CancellationException();
        }
        @SuppressWarnings("unchecked")
        List<R> ordered = (List<R>) Arrays.asList(results);
        return ordered;
    }

    /** The first failure in unit order that is not a unit stopping because another one failed. */
    private static void throwFirstFailure(List<WorkUnit> units, Throwable[] errors) throws WorkFailedException {
        Throwable cancellation = null;
        for (int i = 0; i < errors.length; i++) {
            Throwable error = errors[i];
            if (error == null) {
                continue;
            }
            if (error instanceof CancellationException || error instanceof OperationCanceledException) {
                cancellation = cancellation == null ? error : cancellation;
                continue;
            }
            if (error instanceof Error fatal) {
                throw fatal;
            }
            throw new WorkFailedException(units.get(i), error);
        }
        if (cancellation != null) {
            throw (RuntimeException) cancellation;
        }
    }

    private static boolean contains(boolean[] flags) {
        for (boolean flag : flags) {
            if (flag) {
                return true;
            }
        }
        return false;
    }

    private static ThreadFactory threadFactory() {
        int pool = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        ThreadFactory base = Executors.defaultThreadFactory();
        return runnable -> {
            Thread thread = base.newThread(runnable);
            thread.setName("repalign-work-" + pool + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
