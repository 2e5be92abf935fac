package org.repalign.cli.internal;

import org.repalign.cli.Command;
import org.repalign.cli.CommandIO;
import org.repalign.cli.CommandLine;
import org.repalign.compute.runtime.ResourceExhaustion;

/**
 * What every start of {@code ./repalign COMMAND} does, inside the OSGi framework
 * ({@link HeadlessApplication}) or on a plain classpath ({@link ClasspathMain}): runs the command
 * line and turns a failure to set it up (a registry, a plug-in) into one line and an exit status.
 */
final class HeadlessStart {

    private HeadlessStart() {
    }

    /**
     * @param arguments the command and its arguments
     * @return the exit status (see {@link CommandLine#run})
     */
    static int run(String[] arguments) {
        try {
            return new CommandLine().run(arguments, new CommandIO(System.out, System.err));
        } catch (RuntimeException | Error e) {
            boolean exhausted = ResourceExhaustion.exhausted(e) != null;
            System.err.println("repalign: " + (exhausted ? ResourceExhaustion.message(e, "start-up")
                    : "failed to start: " + e));
            System.err.flush();
            return exhausted ? Command.RESOURCES : Command.FAILED;
        } finally {
            System.out.flush();
        }
    }
}
