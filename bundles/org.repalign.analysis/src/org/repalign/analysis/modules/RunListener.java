package org.repalign.analysis.modules;

import org.repalign.analysis.results.AnalysisResult;
import org.repalign.compute.sae.SaeTrainingProgress;

/**
 * Receives what a running experiment publishes: SAE training curves while they are trained and
 * each analysis result when it is complete. Called on the thread that runs the experiment, except
 * SAE points when SAEs train on several work threads ({@code repalign.threads}): then from the
 * training thread, one call at a time; implementations return quickly (a view posts to its
 * display thread).
 */
public interface RunListener {

    /** A listener that ignores everything. */
    RunListener NONE = new RunListener() {
    };

    /**
     * @param sourceId the source whose SAE is training
     * @param progress the newest logged point of its curve
     */
    default void saeProgress(String sourceId, SaeTrainingProgress progress) {
    }

    /**
     * @param result a finished analysis
     */
    default void analysisFinished(AnalysisResult result) {
    }
}
