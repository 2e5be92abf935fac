package org.repalign.cli;

import java.io.PrintStream;

/**
 * The streams of a command: {@code out} for results (text tables or exactly one JSON document),
 * {@code err} for progress, warnings and errors, so that {@code --format json} output can be
 * piped.
 *
 * @param out results
 * @param err everything else
 */
public record CommandIO(PrintStream out, PrintStream err) {
}
