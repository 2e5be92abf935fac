package org.repalign.compute.sae;

/** Receives the training curves while an SAE trains, on the training thread. */
@FunctionalInterface
public interface SaeTrainingListener {

    /** A listener that ignores everything. */
    SaeTrainingListener NONE = p -> {
    };

    /** @param progress the newest point of the curves */
    void progress(SaeTrainingProgress progress);
}
