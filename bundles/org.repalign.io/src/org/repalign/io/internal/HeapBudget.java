package org.repalign.io.internal;

/** Refuses heap allocations that could not succeed, before they are attempted. */
public final class HeapBudget {

    private HeapBudget() {
    }

    /**
     * @param bytes bytes about to be allocated
     * @param what  what they are for, e.g. {@code the CSR values}
     * @throws MalformedContentException when the heap cannot hold them
     */
    public static void require(long bytes, String what) throws MalformedContentException {
        Runtime runtime = Runtime.getRuntime();
        long available = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        if (bytes > available) {
            throw new MalformedContentException(what + " need " + DataSize.format(bytes) + " of heap but only "
                    + DataSize.format(available) + " is available; raise -Xmx");
        }
    }
}
