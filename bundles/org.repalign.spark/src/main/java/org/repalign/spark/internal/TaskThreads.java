package org.repalign.spark.internal;

import org.apache.spark.TaskContext;
import org.repalign.compute.parallel.ParallelRanges;
import org.repalign.compute.runtime.Nd4jRuntime;

/**
 * How a task uses the cores Spark gave it: BLAS gets the task's threads, and with one core the
 * task's own parallel loops ({@link ParallelRanges}) run on the task's thread, as a unit's do
 * when the local executor's threads fill the processors (other tasks hold the other cores, and
 * threads of its own would only wait for them). Results do not depend on either.
 */
final class TaskThreads {

    /** A task's work. */
    @FunctionalInterface
    interface Work<T, E extends Exception> {
        T run() throws E;
    }

    private TaskThreads() {
    }

    /**
     * Runs a task's work with the task's threads.
     *
     * @param blasThreads the BLAS threads, or 0 for the task's cores
     * @param work        the work
     * @return what the work returns
     * @throws E what the work throws
     */
    static <T, E extends Exception> T run(int blasThreads, Work<T, E> work) throws E {
        TaskContext task = TaskContext.get();
        if (task == null) {
            return work.run();
        }
        int cores = Math.max(1, task.cpus());
        Nd4jRuntime.ensureBlas();
        Nd4jRuntime.setBlasThreads(blasThreads > 0 ? blasThreads : cores);
        if (cores > 1) {
            return work.run();
        }
        Object[] result = new Object[1];
        Exception[] failure = new Exception[1];
        ParallelRanges.onThisThread(() -> {
            try {
                result[0] = work.run();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            @SuppressWarnings("unchecked")
            E checked = (E) failure[0];
            throw checked;
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
