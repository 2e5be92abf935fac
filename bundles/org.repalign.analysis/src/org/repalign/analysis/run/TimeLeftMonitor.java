package org.repalign.analysis.run;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;

/**
 * Passes progress on and adds the estimate of the time left ({@link TimeLeft}) to the current
 * step's name, e.g. {@code Analysis probes · about 40 s left}: what the command line's progress
 * bar and the workbench's Progress view show. The step's name is set again only when the
 * estimate's text changes.
 */
final class TimeLeftMonitor extends ProgressMonitorWrapper {

    /** Between the step's name and the estimate. */
    static final String SEPARATOR = " · ";

    private final TimeLeft timeLeft;
    private double total;
    private double done;
    private String step = "";
    private String shown = "";

    /**
     * @param monitor  the monitor to pass progress to
     * @param timeLeft the estimator, started with the task
     */
    TimeLeftMonitor(IProgressMonitor monitor, TimeLeft timeLeft) {
        super(monitor);
        this.timeLeft = timeLeft;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        total = totalWork;
        done = 0;
        super.beginTask(name, totalWork);
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    @Override
    public void internalWorked(double work) {
        done += work;
        super.internalWorked(work);
        show();
    }

    @Override
    public void subTask(String name) {
        step = name == null ? "" : name;
        shown = null;
        show();
    }

    private void show() {
        if (step.isBlank()) {
            return;
        }
        String text = step;
        if (total > 0) {
            var left = timeLeft.secondsLeft(done / total);
            if (left.isPresent()) {
                text = step + SEPARATOR + TimeLeft.format(left.getAsDouble());
            }
        }
        if (!text.equals(shown)) {
            shown = text;
            super.subTask(text);
        }
    }
}
