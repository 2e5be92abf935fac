package org.repalign.testing.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;

/**
 * The error statuses logged to the platform log while a test runs: {@link #start()} before it,
 * {@link #stop()} after it, then assert that {@link #errors()} is empty.
 */
public final class LoggedErrors implements ILogListener {

    private final List<IStatus> errors = new ArrayList<>();

    /** Starts listening to the platform log. */
    public void start() {
        Platform.addLogListener(this);
    }

    /** Stops listening to the platform log. */
    public void stop() {
        Platform.removeLogListener(this);
    }

    @Override
    public void logging(IStatus status, String plugin) {
        if (status.getSeverity() == IStatus.ERROR) {
            errors.add(status);
        }
    }

    /** @return the error statuses logged while listening, in order */
    public List<IStatus> errors() {
        return errors;
    }
}
