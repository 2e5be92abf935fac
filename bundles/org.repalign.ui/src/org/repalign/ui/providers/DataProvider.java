package org.repalign.ui.providers;

import java.util.Set;

import org.repalign.analysis.results.RunResults;

/**
 * Reads the results of one analysis (or of analyses that share one model, as bias and signal
 * share the alignment matrices) and gives views ready models. A provider computes no
 * alignment: it only arranges the run's numbers. Implementations have a public no-argument
 * constructor when they are contributed to {@code org.repalign.ui.resultViewers}; they keep no
 * state between calls, so one instance serves every view.
 */
public interface DataProvider {

    /** @return the ids of the analyses whose results it reads */
    Set<String> analyses();

    /**
     * @param run a run
     * @return whether the run holds results this provider reads
     */
    default boolean hasResults(RunResults run) {
        return run != null && run.analyses().stream().anyMatch(analyses()::contains);
    }
}
