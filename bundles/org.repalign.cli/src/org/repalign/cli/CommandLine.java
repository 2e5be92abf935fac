package org.repalign.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.repalign.analysis.extension.ContributedExtensions;
import org.repalign.cli.internal.DemoCommand;
import org.repalign.cli.internal.ExperimentCommand;
import org.repalign.cli.internal.HelpCommand;
import org.repalign.cli.internal.MetricsCommand;
import org.repalign.cli.internal.RunCommand;
import org.repalign.cli.internal.SaeCommand;
import org.repalign.cli.internal.VersionCommand;

/**
 * Dispatches {@code repalign COMMAND ARGS...} to a {@link Command} and turns failures into one
 * line on stderr and an exit status: 2 for bad input, 1 for failures while working.
 */
public final class CommandLine {

    private final Map<String, Command> commands = new LinkedHashMap<>();

    /**
     * Creates a command line with the built-in commands; the metrics, readers, SAE architectures
     * and analyses contributed through the extension registry are added to RepAlign's registries
     * first.
     */
    public CommandLine() {
        ContributedExtensions.install();
        add(new VersionCommand());
        add(new MetricsCommand());
        add(new SaeCommand());
        add(new ExperimentCommand());
        add(new RunCommand());
        add(new DemoCommand());
        add(new HelpCommand(this));
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
     * Runs one command line.
     *
     * @param arguments the command name followed by its arguments
     * @param io        output streams
     * @return the exit status
     */
    public int run(String[] arguments, CommandIO io) {
        try {
            if (arguments.length == 0) {
                throw new UsageException("no command given; commands: " + String.join(", ", commands.keySet())
                        + " (try 'repalign help')");
            }
            String name = arguments[0];
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
            return command.run(List.of(Arrays.copyOfRange(arguments, 1, arguments.length)), io);
        } catch (UsageException e) {
            io.err().println("repalign: " + e.getMessage());
            return Command.BAD_INPUT;
        } catch (RuntimeException | LinkageError e) {
            io.err().println("repalign: failed: " + oneLine(e));
            if (Boolean.getBoolean("repalign.debug")) {
                e.printStackTrace(io.err());
            } else {
                io.err().println("repalign: (run with -Drepalign.debug=true for the stack trace)");
            }
            return Command.FAILED;
        } finally {
            io.out().flush();
            io.err().flush();
        }
    }

    private static String oneLine(Throwable error) {
        String message = error.getMessage();
        String text = message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
        return text.replace('\n', ' ');
    }
}
