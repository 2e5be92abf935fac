package org.repalign.compute.protocol;

/** Receives progress of a long computation as units of work done out of a known total. */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = (done, total) -> {
    };

    /**
     * Called after each unit of work, from the computing thread.
     *
     * @param done  units finished so far, 1 … total
     * @param total units in the whole computation
     */
    void progressed(long done, long total);
}
