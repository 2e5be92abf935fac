package org.repalign.cli.internal;

import java.util.List;

import org.repalign.cli.Command;
import org.repalign.cli.CommandIO;
import org.repalign.cli.CommandLine;
import org.repalign.cli.UsageException;

/** {@code repalign help [COMMAND]}: lists the commands or shows one command's usage. */
public final class HelpCommand implements Command {

    private final CommandLine commandLine;

    /** @param commandLine the command line whose commands are listed */
    public HelpCommand(CommandLine commandLine) {
        this.commandLine = commandLine;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String summary() {
        return "list the commands, or show how to call one";
    }

    @Override
    public String usage() {
        return "repalign help [COMMAND]";
    }

    @Override
    public String examples() {
        return "  repalign help run   how to call 'run'\n"
                + "  repalign run --help the same";
    }

    @Override
    public int run(List<String> arguments, CommandIO io) throws UsageException {
        if (arguments.size() > 1) {
            throw new UsageException("help takes at most one command name");
        }
        if (arguments.size() == 1) {
            Command command = commandLine.command(arguments.get(0));
            if (command == null) {
                throw new UsageException("unknown command '" + arguments.get(0) + "'");
            }
            io.out().println(command.usage());
            io.out().println("  " + command.summary());
            if (!command.examples().isEmpty()) {
                io.out().println("Examples:");
                io.out().println(command.examples());
            }
            return OK;
        }
        String program = commandLine.program();
        if (program.equals("repalign")) {
            io.out().println("usage: repalign                 open the workbench");
            io.out().println("       repalign COMMAND [ARGS]  run a headless command");
        } else {
            io.out().println("usage: " + program + " COMMAND [ARGS]");
        }
        io.out().println();
        io.out().println("commands ('" + program + " help COMMAND' or '" + program + " COMMAND --help' for one):");
        for (Command command : commandLine.commands()) {
            io.out().printf("  %-10s %s%n", command.name(), command.summary());
        }
        io.out().println();
        io.out().println("exit status: 0 done, 1 internal error, 2 bad input, 3 out of memory or disk space;");
        io.out().println("the details of a failure go to the log the message names");
        return OK;
    }
}
