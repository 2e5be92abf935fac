package org.repalign.analysis.modules;

import java.io.Serializable;
import java.util.function.BooleanSupplier;

import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.work.WorkUnit;

/**
 * A unit task that may compute its units away from the run that asked for them: in another
 * process, on another machine. {@link #compute} needs only a replica of the run's context (the
 * run's own, or one rebuilt from the experiment file elsewhere) and the unit's coordinates, and
 * returns a serializable value; {@link #finish} turns that value into the unit's result, on the
 * run's own context.
 *
 * <p>The task itself is serializable: its fields are what the analysis worked out for the batch
 * before it ran (settings, windows, row plans), never the context or open data; fields that
 * only the run's own process can use (a cache of prepared matrices) are {@code transient}, and
 * {@link #compute} does without them when they are {@code null}. The local executor calls both
 * methods in turn, in the unit; an engine such as Spark calls {@link #compute} in a task and
 * {@link #finish} on the driver. The result is the same wherever {@link #compute} ran, as long
 * as it depends only on the context's plan and data and on the unit (its random stream from
 * {@link WorkUnit#seed}); a unit computed twice (a retried task) gives the same value.
 *
 * <p>Run a batch of such units with {@link RunContext#runPortable}.
 *
 * @param <W> what {@link #compute} returns: serializable, as it travels back from where it ran
 * @param <R> the unit's result in the run
 */
public interface PortableTask<W extends Serializable, R> extends Serializable {

    /**
     * Computes one unit from a replica of the run's context.
     *
     * @param context  the run's context or a replica of it
     * @param unit     the unit
     * @param canceled answers true to stop; long work checks it
     * @return the unit's value
     * @throws ExperimentInputException when the unit's data do not fit the analysis: reported as
     *                                  the run's input error, not tried again
     */
    W compute(RunContext context, WorkUnit unit, BooleanSupplier canceled) throws ExperimentInputException;

    /**
     * Turns a computed value into the unit's result, in the run's own process.
     *
     * @param context  the run's own context
     * @param unit     the unit
     * @param computed what {@link #compute} returned for it
     * @return the unit's result
     * @throws ExperimentInputException when the value does not fit the analysis
     */
    R finish(RunContext context, WorkUnit unit, W computed) throws ExperimentInputException;
}
