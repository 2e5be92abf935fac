package org.repalign.analysis.data;

/**
 * The experiment's input cannot be used: a file is missing or malformed, rows do not match, a
 * setting does not fit the data. The message is one line naming the file or field and the
 * problem, fit to show to the user as it is.
 */
public class ExperimentInputException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message one line: what (file or field) and the problem
     */
    public ExperimentInputException(String message) {
        super(message);
    }

    /**
     * @param message one line: what (file or field) and the problem
     * @param cause   the underlying error
     */
    public ExperimentInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
