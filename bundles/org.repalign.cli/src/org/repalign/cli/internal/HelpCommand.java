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
            return OK;
        }
        io.out().println("usage: repalign                 open the workbench");
        io.out().println("       repalign COMMAND [ARGS]  run a headless command");
        io.out().println();
        io.out().println("commands:");
        for (Command command : commandLine.commands()) {
            io.out().printf("  %-10s %s%n", command.name(), command.summary());
        }
        return OK;
    }
}
