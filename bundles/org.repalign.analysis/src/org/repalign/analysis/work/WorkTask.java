package org.repalign.analysis.work;

import java.util.function.BooleanSupplier;

/**
 * How a batch's units are computed on this JVM: a function of the unit's identity (and of the
 * run's inputs, which the task closes over). It must not depend on which thread runs it or on
 * the other units of the batch, and must not touch progress monitors (the executor reports
 * progress on the calling thread).
 *
 * @param <R> the result of one unit
 */
@FunctionalInterface
public interface WorkTask<R> {

    /**
     * @param unit     the unit
     * @param canceled answers true when the batch is canceled or another unit failed; long work
     *                 checks it and stops by throwing {@link java.util.concurrent.CancellationException}
     * @return the unit's result
     * @throws Exception when the unit fails; the executor reports it with the unit's identity
     */
    R run(WorkUnit unit, BooleanSupplier canceled) throws Exception;
}
