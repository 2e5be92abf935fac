package org.repalign.analysis.work;

/**
 * A unit of a batch failed. When several fail, the executor reports the first in unit order, so
 * the error does not depend on the thread count. The unit's own exception is the cause.
 */
public final class WorkFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient WorkUnit unit;

    /**
     * @param unit  the unit that failed
     * @param cause what it threw
     */
    public WorkFailedException(WorkUnit unit, Throwable cause) {
        super(unit + ": " + cause.getMessage(), cause);
        this.unit = unit;
    }

    /** @return the unit that failed */
    public WorkUnit unit() {
        return unit;
    }
}
