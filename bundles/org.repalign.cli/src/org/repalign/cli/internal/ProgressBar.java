package org.repalign.cli.internal;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * A progress monitor that draws a {@link ProgressLine} on stderr: the work of the monitor's task
 * as a bar, with the current step's name.
 */
final class ProgressBar extends NullProgressMonitor {

    private final ProgressLine line;

    ProgressBar(PrintStream err) {
        this.line = new ProgressLine(err);
    }

    @Override
    public void beginTask(String name, int totalWork) {
        line.begin(name, totalWork);
    }

    @Override
    public void internalWorked(double work) {
        line.advance(work);
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    @Override
    public void subTask(String name) {
        line.task(name);
    }

    @Override
    public void setTaskName(String name) {
        subTask(name);
    }

    void finish() {
        line.finish();
    }
}
