package org.repalign.cli.internal;

import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.repalign.cli.Command;
import org.repalign.cli.CommandIO;
import org.repalign.cli.CommandLine;
import org.repalign.compute.runtime.ResourceExhaustion;

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
        int status;
        try {
            status = new CommandLine().run(arguments, new CommandIO(System.out, System.err));
        } catch (RuntimeException | Error e) {
            // setting up the commands failed (the registries, a plug-in): still one line and a status
            boolean exhausted = ResourceExhaustion.exhausted(e) != null;
            System.err.println("repalign: " + (exhausted ? ResourceExhaustion.message(e, "start-up")
                    : "failed to start: " + e));
            System.err.flush();
            status = exhausted ? Command.RESOURCES : Command.FAILED;
        }
        return Integer.valueOf(status);
    }

    @Override
    public void stop() {
        // commands are short-lived and check no stop flag
    }
}
