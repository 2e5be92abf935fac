package org.repalign.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.repalign.cli.internal.DemoCommand;
import org.repalign.cli.internal.ExperimentCommand;
import org.repalign.cli.internal.FailureLog;
import org.repalign.cli.internal.HelpCommand;
import org.repalign.cli.internal.MatchCommand;
import org.repalign.cli.internal.MetricsCommand;
import org.repalign.cli.internal.RunCommand;
import org.repalign.cli.internal.SaeCommand;
import org.repalign.cli.internal.SparkCommand;
import org.repalign.cli.internal.VersionCommand;
import org.repalign.compute.runtime.ResourceExhaustion;

/**
 * Dispatches {@code repalign COMMAND ARGS...} to a {@link Command} and turns failures into one
 * line on stderr and an exit status: 1 for internal errors, 2 for bad input, 3 when memory or
 * disk space ran out (see {@link #run}). {@code repalign COMMAND --help} (or {@code -h}) shows
 * that command's usage and examples.
 */
public final class CommandLine {

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final FailureLog failureLog;
    private final String program;

    /**
     * Creates a command line with the built-in commands; the registries it consults find the
     * contributed metrics, readers, SAE architectures and analyses themselves, on first use.
     */
    public CommandLine() {
        this(FailureLog.fromSystemProperties());
    }

    /**
     * Creates a command line with the built-in commands that logs the details of failures to the
     * given log.
     *
     * @param failureLog where the stack traces of failed commands go
     */
    public CommandLine(FailureLog failureLog) {
        this.failureLog = failureLog;
        this.program = "repalign";
        add(new VersionCommand());
        add(new MetricsCommand());
        add(new SaeCommand());
        add(new MatchCommand());
        add(new ExperimentCommand());
        add(new RunCommand());
        add(new DemoCommand());
        add(new SparkCommand());
        add(new HelpCommand(this));
    }

    private CommandLine(String program, FailureLog failureLog) {
        this.failureLog = failureLog;
        this.program = program;
    }

    /**
     * A command line of other commands than the built-in ones, with the same dispatch, exit
     * statuses and failure log, and a {@code help} command; e.g. the {@code repalign spark}
     * commands of the Spark job jar.
     *
     * @param program  how the commands are called, e.g. {@code repalign spark}, for help and messages
     * @param commands the commands, in the order help lists them
     * @return the command line
     */
    public static CommandLine of(String program, List<? extends Command> commands) {
        CommandLine line = new CommandLine(program, FailureLog.fromSystemProperties());
        commands.forEach(line::add);
        line.add(new HelpCommand(line));
        return line;
    }

    /** @return how the commands are called, {@code repalign} for the built-in ones */
    public String program() {
        return program;
    }

    /**
     * Adds a command.
     *
     * @param command the command; its name must be new
     */
    public void add(Command command) {
        if (commands.putIfAbsent(command.name(), command) != null) {
            throw new IllegalArgumentException("command '" + command.name() + "' is defined twice");
        }
    }

    /** @return the commands in the order they were added */
    public List<Command> commands() {
        return new ArrayList<>(commands.values());
    }

    /**
     * @param name a command name
     * @return the command, or {@code null}
     */
    public Command command(String name) {
        return commands.get(name);
    }

    /**
     * Runs one command line. The exit status contract: {@link Command#OK} 0 when the command did
     * what was asked; {@link Command#FAILED} 1 for an internal error; {@link Command#BAD_INPUT} 2 for
     * bad arguments, files or settings; {@link Command#RESOURCES} 3 when memory or disk space ran
     * out. Every non-zero status comes with one line on stderr; the details (the stack trace) go to
     * the {@link FailureLog}, whose path that line names.
     *
     * @param arguments the command name followed by its arguments
     * @param io        output streams
     * @return the exit status
     */
    public int run(String[] arguments, CommandIO io) {
        String name = arguments.length == 0 ? "" : arguments[0];
        try {
            if (arguments.length == 0) {
                throw new UsageException("no command given; commands: " + String.join(", ", commands.keySet())
                        + " (try '" + program + " help')");
            }
            if (name.equals("--help") || name.equals("-h")) {
                name = "help";
            }
            if (name.equals("--version")) {
                name = "version";
            }
            Command command = commands.get(name);
            if (command == null) {
                throw new UsageException("unknown command '" + name + "'; commands: " + String.join(", ", commands.keySet()));
            }
            List<String> rest = List.of(Arrays.copyOfRange(arguments, 1, arguments.length));
            if (!name.equals("help") && (rest.contains("--help") || rest.contains("-h"))) {
                return commands.get("help").run(List.of(name), io);
            }
            return command.run(rest, io);
        } catch (UsageException e) {
            if (ResourceExhaustion.exhausted(e) != null) {
                return failed(arguments, Command.RESOURCES, e.getMessage(), e, io);
            }
            return failed(arguments, Command.BAD_INPUT, e.getMessage(), e, io);
        } catch (RuntimeException | Error e) {
            if (ResourceExhaustion.exhausted(e) != null) {
                return failed(arguments, Command.RESOURCES, ResourceExhaustion.message(e, name), e, io);
            }
            return failed(arguments, Command.FAILED, "failed: " + oneLine(e), e, io);
        } finally {
            io.out().flush();
            io.err().flush();
        }
    }

    /** Logs the details, prints the one line naming the log and returns the status. */
    private int failed(String[] arguments, int status, String message, Throwable failure, CommandIO io) {
        String line = message.replace('\n', ' ');
        boolean logged = failureLog.append(List.of(arguments), status, line, failure);
        io.err().println("repalign: " + line + (logged ? " (details: " + failureLog.file().toAbsolutePath() + ")" : ""));
        if (Boolean.getBoolean("repalign.debug")) {
            failure.printStackTrace(io.err());
        }
        return status;
    }

    private static String oneLine(Throwable error) {
        String message = error.getMessage();
        String text = message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
        return text.replace('\n', ' ');
    }
}
