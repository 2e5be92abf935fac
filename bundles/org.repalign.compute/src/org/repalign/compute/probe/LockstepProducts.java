package org.repalign.compute.probe;

import static org.bytedeco.openblas.global.openblas.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas.CblasTrans;
import static org.bytedeco.openblas.global.openblas.cblas_dgemm;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.bytedeco.javacpp.DoublePointer;
import org.repalign.compute.runtime.Nd4jRuntime;

/**
 * Runs many logistic-regression fits on one dense design at once, in lockstep, so that their
 * matrix-vector products become matrix-matrix products.
 * <p>
 * Each task runs in a virtual thread of its own, exactly as it would run alone, except that the
 * L-BFGS products X·w and Xᵀ·v of a fit on this design ({@link #featuresFor}) are handed to the
 * calling thread, which waits until every unfinished task is waiting for a product, computes
 * all of them in two BLAS {@code dgemm} calls over all n rows (a fit's rows are gathered from
 * X·Wᵀ, and its vector is scattered into its row of V before V·X) on an off-heap copy of X
 * made once, and wakes the tasks. Which products a round holds, and in which column, depends
 * only on the tasks (each task's requests follow from its own values), never on thread timing,
 * so the results are the same in every run. They equal those of fits run one by one
 * ({@link LogisticLbfgs.Dense}) to within rounding only: BLAS sums the products in another
 * order.
 * <p>
 * For the probes of many attributes on one representation, the products of a fit cost
 * O(n·p) each and dominate; as one {@code dgemm} they run at the BLAS rate instead of the rate
 * of separate loops.
 */
final class LockstepProducts {

    private static final ThreadLocal<Binding> CURRENT = new ThreadLocal<>();

    /** A task's tie to its lockstep run. */
    private record Binding(LockstepProducts run, int task) {
    }

    /** One waiting product: X·in over the rows (times) or Xᵀ·in over the rows (transposed). */
    private record Request(boolean transposed, int[] rows, double[] in, double[] out) {
    }

    private final double[] data;
    private final int n;
    private final int p;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition everyoneWaits = lock.newCondition();
    private final Condition roundDone = lock.newCondition();
    private final Request[] pending;
    private int live;
    private int waiting;
    private long round;
    private RuntimeException failure;
    /** Off-heap copy of the design, and buffers for the other operand and the product. */
    private DoublePointer design;
    private DoublePointer operand;
    private DoublePointer result;
    private double[] staging = new double[0];

    private LockstepProducts(double[] data, int n, int p, int tasks) {
        this.data = data;
        this.n = n;
        this.p = p;
        this.pending = new Request[tasks];
        this.live = tasks;
    }

    /**
     * Runs the tasks in lockstep and returns their results in task order.
     *
     * @param data  row-major n × p design that the tasks fit on
     * @param n     rows
     * @param p     columns
     * @param tasks the fits; each runs in its own virtual thread
     * @param <T>   the result type
     * @return the results, in task order
     * @throws RuntimeException the first task's exception (in task order), as thrown
     */
    static <T> List<T> run(double[] data, int n, int p, List<? extends Callable<T>> tasks) {
        LockstepProducts lockstep = new LockstepProducts(data, n, p, tasks.size());
        List<Object> results = new ArrayList<>(java.util.Collections.nCopies(tasks.size(), null));
        List<Throwable> problems = new ArrayList<>(java.util.Collections.nCopies(tasks.size(), null));
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < tasks.size(); t++) {
            int task = t;
            threads.add(Thread.ofVirtual().name("lockstep-fit-", t).start(() -> {
                CURRENT.set(new Binding(lockstep, task));
                try {
                    results.set(task, tasks.get(task).call());
                } catch (Throwable e) {
                    problems.set(task, e);
                } finally {
                    CURRENT.remove();
                    lockstep.finished();
                }
            }));
        }
        try {
            lockstep.serve();
        } finally {
            lockstep.release();
        }
        for (Thread thread : threads) {
            boolean interrupted = false;
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        for (Throwable problem : problems) {
            if (problem instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (problem instanceof Error error) {
                throw error;
            }
            if (problem != null) {
                throw new IllegalStateException(problem.getMessage(), problem);
            }
        }
        @SuppressWarnings("unchecked")
        List<T> typed = (List<T>) results;
        return typed;
    }

    /**
     * The features of a fit on rows of {@code data}: batched when the calling thread is a task of
     * a lockstep run over that design, else computed on the spot.
     */
    static LogisticLbfgs.Features featuresFor(double[] data, int p, int[] rows) {
        Binding binding = CURRENT.get();
        if (binding == null || binding.run().data != data || binding.run().p != p) {
            return new LogisticLbfgs.Dense(data, p, rows);
        }
        return new Batched(binding.run(), binding.task(), rows);
    }

    /** The products of one fit, computed in the rounds of its lockstep run. */
    private record Batched(LockstepProducts run, int task, int[] rowIndex) implements LogisticLbfgs.Features {

        @Override
        public int rows() {
            return rowIndex.length;
        }

        @Override
        public int columns() {
            return run.p;
        }

        @Override
        public void times(double[] w, double[] out) {
            run.request(task, new Request(false, rowIndex, w, out));
        }

        @Override
        public void transposeTimes(double[] v, double[] out) {
            run.request(task, new Request(true, rowIndex, v, out));
        }

        @Override
        public void columnSums(double[] sums, double[] squares) {
            new LogisticLbfgs.Dense(run.data, run.p, rowIndex).columnSums(sums, squares);
        }
    }

    private void request(int task, Request request) {
        lock.lock();
        try {
            pending[task] = request;
            waiting++;
            long mine = round;
            if (waiting == live) {
                everyoneWaits.signal();
            }
            while (round == mine) {
                roundDone.awaitUninterruptibly();
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            lock.unlock();
        }
    }

    private void finished() {
        lock.lock();
        try {
            live--;
            if (waiting == live) {
                everyoneWaits.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    /** The calling thread's loop: a round of products whenever every live task waits for one. */
    private void serve() {
        lock.lock();
        try {
            while (true) {
                while (waiting < live) {
                    everyoneWaits.awaitUninterruptibly();
                }
                if (live == 0) {
                    return;
                }
                try {
                    if (failure == null) {
                        compute();
                    }
                } catch (RuntimeException | Error e) {
                    failure = e instanceof RuntimeException runtime ? runtime
                            : new IllegalStateException("matrix products failed: " + e, e);
                }
                java.util.Arrays.fill(pending, null);
                waiting = 0;
                round++;
                roundDone.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** X·Wᵀ for the plain requests and V·X for the transposed ones, in task order. */
    private void compute() {
        List<Request> plain = new ArrayList<>();
        List<Request> transposed = new ArrayList<>();
        for (Request request : pending) {
            if (request != null) {
                (request.transposed() ? transposed : plain).add(request);
            }
        }
        if (design == null) {
            Nd4jRuntime.ensureBlas();
            design = new DoublePointer((long) n * p);
            design.put(data, 0, n * p);
        }
        if (!plain.isEmpty()) {
            int k = plain.size();
            double[] w = staging(k * p);
            for (int c = 0; c < k; c++) {
                System.arraycopy(plain.get(c).in(), 0, w, c * p, p);
            }
            operand = ensure(operand, (long) k * p);
            result = ensure(result, (long) n * k);
            operand.position(0).put(w, 0, k * p);
            // JavaCPP passes a pointer at its position: every operand at 0
            cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasTrans, n, k, p, 1.0, design.position(0), p, operand.position(0), p,
                    0.0, result.position(0), k);
            double[] z = staging(n * k);
            result.position(0).get(z, 0, n * k);
            for (int c = 0; c < k; c++) {
                Request request = plain.get(c);
                int[] rows = request.rows();
                double[] out = request.out();
                for (int r = 0; r < rows.length; r++) {
                    out[r] = z[rows[r] * k + c];
                }
            }
        }
        if (!transposed.isEmpty()) {
            int k = transposed.size();
            double[] v = staging(k * n);
            java.util.Arrays.fill(v, 0, k * n, 0.0);
            for (int c = 0; c < k; c++) {
                Request request = transposed.get(c);
                int[] rows = request.rows();
                double[] in = request.in();
                for (int r = 0; r < rows.length; r++) {
                    v[c * n + rows[r]] += in[r];
                }
            }
            operand = ensure(operand, (long) k * n);
            result = ensure(result, (long) k * p);
            operand.position(0).put(v, 0, k * n);
            cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, k, p, n, 1.0, operand.position(0), n, design.position(0), p,
                    0.0, result.position(0), p);
            for (int c = 0; c < k; c++) {
                result.position((long) c * p).get(transposed.get(c).out(), 0, p);
            }
        }
    }

    private double[] staging(int size) {
        if (staging.length < size) {
            staging = new double[Math.max(size, staging.length * 2)];
        }
        return staging;
    }

    private static DoublePointer ensure(DoublePointer pointer, long size) {
        if (pointer != null && pointer.capacity() >= size) {
            return pointer;
        }
        if (pointer != null) {
            pointer.position(0).close();
        }
        return new DoublePointer(Math.max(size, 1));
    }

    /** Frees the off-heap copies. */
    private void release() {
        for (DoublePointer pointer : new DoublePointer[] { design, operand, result }) {
            if (pointer != null) {
                pointer.position(0).close();
            }
        }
        design = null;
        operand = null;
        result = null;
    }
}
