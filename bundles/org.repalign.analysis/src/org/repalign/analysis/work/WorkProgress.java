package org.repalign.analysis.work;

/**
 * Receives each finished unit of a batch, always on the thread that submitted the batch (so a
 * progress monitor can be advanced from here), in the order units finish.
 */
@FunctionalInterface
public interface WorkProgress {

    /** Ignores every unit. */
    WorkProgress NONE = (unit, seconds, done, total) -> {
    };

    /**
     * @param unit    the unit that finished
     * @param seconds its wall-clock seconds
     * @param done    units of the batch finished so far, this one included
     * @param total   units in the batch
     */
    void unitDone(WorkUnit unit, double seconds, int done, int total);
}
