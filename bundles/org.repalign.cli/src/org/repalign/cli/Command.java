package org.repalign.cli;

import java.util.List;

/**
 * One subcommand of {@code ./repalign}. Output meant for the user or for a pipe goes to
 * {@link CommandIO#out()}; progress and logs go to {@link CommandIO#err()}.
 */
public interface Command {

    /** Exit status of a command that did what was asked. */
    int OK = 0;
    /** Exit status of a command that failed while working (an I/O error, a numeric failure). */
    int FAILED = 1;
    /** Exit status of a command called with bad input (arguments, files, parameters). */
    int BAD_INPUT = 2;
    /** Exit status of a command that ran out of a machine resource (memory, disk space). */
    int RESOURCES = 3;

    /** @return the subcommand's name, e.g. {@code version} */
    String name();

    /** @return one line for the command list */
    String summary();

    /** @return the usage text shown by {@code repalign help NAME} */
    String usage();

    /**
     * @return example calls with a word on each, one per line, shown by {@code repalign help NAME}
     *         and {@code repalign NAME --help}; empty when there are none
     */
    default String examples() {
        return "";
    }

    /**
     * Runs the command.
     *
     * @param arguments the arguments after the command name
     * @param io        the output streams
     * @return the exit status
     * @throws UsageException for bad input; the runner prints its message as one line and exits
     *                        with {@link #BAD_INPUT}
     */
    int run(List<String> arguments, CommandIO io) throws UsageException;
}
