package org.repalign.cli.internal;

import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.repalign.cli.CommandIO;
import org.repalign.cli.CommandLine;

/**
 * The Eclipse application behind {@code ./repalign COMMAND}: hands the application arguments to
 * {@link CommandLine} and returns its exit status.
 */
public final class HeadlessApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Map<?, ?> contextArguments = context.getArguments();
        Object raw = contextArguments.get(IApplicationContext.APPLICATION_ARGS);
        String[] arguments = raw instanceof String[] strings ? strings : new String[0];
        context.applicationRunning();
        int status = new CommandLine().run(arguments, new CommandIO(System.out, System.err));
        return Integer.valueOf(status);
    }

    @Override
    public void stop() {
        // commands are short-lived and check no stop flag
    }
}
