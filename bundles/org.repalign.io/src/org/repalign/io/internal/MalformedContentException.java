package org.repalign.io.internal;

/**
 * A parser's report that content is not what it should be. Carries the problem only; the
 * reader that called the parser adds the file name when it turns this into a
 * {@link org.repalign.io.RepresentationFileException}.
 */
public final class MalformedContentException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param problem what is wrong, on one line */
    public MalformedContentException(String problem) {
        super(problem);
    }
}
