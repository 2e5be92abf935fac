package org.repalign.cli;

/**
 * Bad input to a command: an unknown option, a missing argument, an unreadable file, an
 * impossible parameter. The message is one line that names the argument or file and the
 * problem; it is shown without a stack trace and the command exits with status 2.
 */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message one line naming the argument or file and the problem */
    public UsageException(String message) {
        super(message);
    }

    /**
     * @param message one line naming the argument or file and the problem
     * @param cause   the underlying error, kept for logs
     */
    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
