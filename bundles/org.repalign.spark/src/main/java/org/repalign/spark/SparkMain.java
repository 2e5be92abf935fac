package org.repalign.spark;

import java.util.List;

import org.repalign.cli.Command;
import org.repalign.cli.CommandIO;
import org.repalign.cli.CommandLine;
import org.repalign.compute.runtime.ResourceExhaustion;
import org.repalign.spark.internal.SaeSweepCommand;
import org.repalign.spark.internal.SparkCkaCommand;
import org.repalign.spark.internal.SparkRunCommand;

/**
 * The main class of {@code repalign-spark.jar}: {@code repalign spark COMMAND ARGS...} locally,
 * or {@code spark-submit --class org.repalign.spark.SparkMain repalign-spark.jar COMMAND ARGS...}
 * on a cluster. The commands keep the command line's contract: one line on stderr for a failure
 * and the exit statuses 0 done, 1 internal error, 2 bad input, 3 resources exhausted.
 */
public final class SparkMain {

    /** How the commands are called, in help and messages. */
    public static final String PROGRAM = "repalign spark";

    private SparkMain() {
    }

    /** @return the Spark commands, with {@code help} */
    public static CommandLine commandLine() {
        List<Command> commands = List.of(new SparkRunCommand(), new SparkCkaCommand(), new SaeSweepCommand());
        return CommandLine.of(PROGRAM, commands);
    }

    /**
     * Runs one command.
     *
     * @param arguments the command and its arguments
     * @param io        the output streams
     * @return the exit status
     */
    public static int run(String[] arguments, CommandIO io) {
        try {
            return commandLine().run(arguments, io);
        } catch (RuntimeException | Error e) {
            boolean exhausted = ResourceExhaustion.exhausted(e) != null;
            io.err().println("repalign: " + (exhausted ? ResourceExhaustion.message(e, "start-up")
                    : "failed to start: " + e));
            io.err().flush();
            return exhausted ? Command.RESOURCES : Command.FAILED;
        }
    }

    /**
     * Runs one command and exits with its status.
     *
     * @param arguments the command and its arguments
     */
    public static void main(String[] arguments) {
        int status = run(arguments, new CommandIO(System.out, System.err));
        System.out.flush();
        System.exit(status);
    }
}
