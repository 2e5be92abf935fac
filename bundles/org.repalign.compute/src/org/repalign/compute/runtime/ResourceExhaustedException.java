package org.repalign.compute.runtime;

/**
 * A computation needs more of a machine resource (memory, disk) than it can have. The message is
 * one line that names what was asked for, what is available and what to change; the command line
 * turns it into exit status 3 and the workbench into an error status, and no result is written.
 */
public final class ResourceExhaustedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The resource that ran out. */
    public enum Resource {
        /** Java heap or native (off-heap) memory. */
        MEMORY,
        /** Space on a file system. */
        DISK
    }

    private final Resource resource;

    /**
     * @param resource the resource that ran out
     * @param message  one line: what needs how much, what is available, what to change
     */
    public ResourceExhaustedException(Resource resource, String message) {
        super(message);
        this.resource = resource;
    }

    /**
     * @param resource the resource that ran out
     * @param message  one line: what needs how much, what is available, what to change
     * @param cause    the error that showed it
     */
    public ResourceExhaustedException(Resource resource, String message, Throwable cause) {
        super(message, cause);
        this.resource = resource;
    }

    /** @return the resource that ran out */
    public Resource resource() {
        return resource;
    }
}
