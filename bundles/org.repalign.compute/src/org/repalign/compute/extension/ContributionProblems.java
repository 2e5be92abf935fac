package org.repalign.compute.extension;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The process-wide log of broken contributions: a missing class, a duplicate id, a bad parameter
 * declaration, an exception inside a contributed metric. Each message is passed on once (to
 * standard error unless a sink is installed, e.g. the Eclipse log), however often the problem
 * recurs, and the contribution concerned is skipped by its registry.
 */
public final class ContributionProblems {

    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();
    private static final List<String> IN_ORDER = new CopyOnWriteArrayList<>();
    private static volatile Consumer<String> sink = ContributionProblems::toStandardError;

    private ContributionProblems() {
    }

    /**
     * Reports a problem of a contribution, once.
     *
     * @param contributor the contributing bundle or provider class
     * @param problem     what is wrong, one line
     * @return the full message, {@code "<contributor>: <problem>"}
     */
    public static String report(String contributor, String problem) {
        String message = contributor + ": " + problem;
        if (REPORTED.add(message)) {
            IN_ORDER.add(message);
            sink.accept(message);
        }
        return message;
    }

    /** @return every message reported so far, in order */
    public static List<String> reported() {
        return new ArrayList<>(IN_ORDER);
    }

    /**
     * Sends further messages to {@code newSink} instead of standard error.
     *
     * @param newSink receives each message once
     */
    public static void setSink(Consumer<String> newSink) {
        sink = newSink == null ? ContributionProblems::toStandardError : newSink;
    }

    private static void toStandardError(String message) {
        PrintStream err = System.err;
        err.println("repalign: broken contribution skipped: " + message);
    }
}
