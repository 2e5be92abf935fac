package org.repalign.analysis.data;

/**
 * The experiment's input cannot be used: a file is missing or malformed, rows do not match, a
 * setting does not fit the data. The message is one line naming the file or field and the
 * problem, fit to show to the user as it is.
 */
public class ExperimentInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final java.util.List<String> otherProblems;

    /**
     * @param message one line: what (file or field) and the problem
     */
    public ExperimentInputException(String message) {
        this(message, java.util.List.of());
    }

    /**
     * @param message       one line: what (file or field) and the first problem
     * @param otherProblems one line for each further problem, in the order found
     */
    public ExperimentInputException(String message, java.util.List<String> otherProblems) {
        super(message);
        this.otherProblems = java.util.List.copyOf(otherProblems);
    }

    /**
     * @param message one line: what (file or field) and the problem
     * @param cause   the underlying error
     */
    public ExperimentInputException(String message, Throwable cause) {
        super(message, cause);
        this.otherProblems = java.util.List.of();
    }

    /** @return the problems found besides the one in the message, one line each; often empty */
    public java.util.List<String> otherProblems() {
        return otherProblems;
    }
}
