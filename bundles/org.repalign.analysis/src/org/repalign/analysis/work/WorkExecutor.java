package org.repalign.analysis.work;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Runs batches of independent {@link WorkUnit}s. Implementations may run units in any order and
 * in parallel, but return the results in unit order; callers combine them in that order, so the
 * outcome of a run does not depend on the executor. {@link LocalExecutor} runs on threads of this
 * JVM; a cluster engine implements the same interface, rebuilding each unit's inputs from the
 * run's plan and the unit's coordinates.
 */
public interface WorkExecutor {

    /**
     * Runs every unit of a batch and waits for all of them.
     *
     * @param <R>      the result of one unit
     * @param units    the batch, in the order results are returned
     * @param task     computes one unit
     * @param progress told of every finished unit, on the calling thread
     * @param canceled answers true to stop: no further unit starts, running ones see it through
     *                 their own cancellation check
     * @return one result per unit, in unit order
     * @throws WorkFailedException                          naming the first failed unit in unit order
     * @throws java.util.concurrent.CancellationException when canceled before every unit finished
     */
    <R> List<R> run(List<WorkUnit> units, WorkTask<R> task, WorkProgress progress, BooleanSupplier canceled)
            throws WorkFailedException;

    /** @return the executor's name in reports, e.g. {@code local} */
    String name();

    /** @return how many units it runs at once */
    int threads();
}
