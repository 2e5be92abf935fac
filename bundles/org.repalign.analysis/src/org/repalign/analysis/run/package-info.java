/**
 * Running an experiment: {@link org.repalign.analysis.run.ExperimentRunner} (plain Java with an
 * {@link org.eclipse.core.runtime.IProgressMonitor}; used by the headless commands and by
 * tests) and {@link org.repalign.analysis.run.ExperimentJob} (the same runner as an Eclipse
 * Job, for the workbench).
 */
package org.repalign.analysis.run;
