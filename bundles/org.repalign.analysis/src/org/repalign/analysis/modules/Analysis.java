package org.repalign.analysis.modules;

import org.eclipse.core.runtime.IProgressMonitor;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.results.AnalysisResult;

/**
 * One analysis of an experiment: reads the run context, returns its tables and summary.
 * Implementations check {@link IProgressMonitor#isCanceled()} between steps and throw
 * {@link org.eclipse.core.runtime.OperationCanceledException} when canceled.
 */
public interface Analysis {

    /** @return the analysis id ({@link AnalysisRegistry#knownIds()}) */
    String id();

    /**
     * @param context the run's shared state
     * @param monitor progress and cancellation
     * @return the result
     * @throws ExperimentInputException when the settings do not fit the data (one line naming
     *                                  the setting)
     */
    AnalysisResult run(RunContext context, IProgressMonitor monitor) throws ExperimentInputException;

    /**
     * Checks, before any analysis of the run starts, what can be checked cheaply on the loaded
     * data, so that a setting that does not fit fails the run at once instead of after hours of
     * other analyses.
     *
     * @param context the run's shared state
     * @throws ExperimentInputException naming the setting that does not fit
     */
    default void preflight(RunContext context) throws ExperimentInputException {
    }
}
