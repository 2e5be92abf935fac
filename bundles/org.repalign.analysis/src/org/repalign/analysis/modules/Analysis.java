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

    /** @return the analysis id ({@link org.repalign.analysis.AnalysisSettings#IDS}) */
    String id();

    /**
     * @param context the run's shared state
     * @param monitor progress and cancellation
     * @return the result
     * @throws ExperimentInputException when the settings do not fit the data (one line naming
     *                                  the setting)
     */
    AnalysisResult run(RunContext context, IProgressMonitor monitor) throws ExperimentInputException;
}
