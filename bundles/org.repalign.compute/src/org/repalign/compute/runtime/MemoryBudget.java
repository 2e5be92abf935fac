package org.repalign.compute.runtime;

import java.util.Locale;

/**
 * Checks a large allocation against the memory the JVM may still use before it is made, so that a
 * request the machine cannot serve is refused at once with one clear line instead of an
 * {@link OutOfMemoryError} minutes later. The estimates are the caller's; this class knows the
 * budget: the heap's maximum ({@code -Xmx}) less what is in use, and the largest Java array.
 */
public final class MemoryBudget {

    /** The largest length of a Java array that every current JVM allocates. */
    public static final long MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8L;

    /** The environment variable the {@code repalign} launcher turns into {@code -Xmx}. */
    public static final String HEAP_VARIABLE = "REPALIGN_HEAP";

    private MemoryBudget() {
    }

    /** @return the bytes of heap the JVM may use at most ({@code -Xmx}) */
    public static long heapMax() {
        return Runtime.getRuntime().maxMemory();
    }

    /** @return the bytes of heap that can still be allocated, after a collection if needed */
    public static long heapAvailable() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    }

    /**
     * Refuses a heap allocation that cannot fit.
     *
     * @param bytes the estimated bytes
     * @param what  what needs them, e.g. {@code SAE of 4,096 latents on 768 inputs, batch 2,048}
     * @param hint  what the user can change, e.g. {@code lower --latents or --batch}
     * @throws ResourceExhaustedException when the estimate exceeds the heap still available
     */
    public static void requireHeap(long bytes, String what, String hint) {
        if (bytes <= heapAvailable()) {
            return;
        }
        System.gc();
        long available = heapAvailable();
        if (bytes > available) {
            throw new ResourceExhaustedException(ResourceExhaustedException.Resource.MEMORY,
                    what + " needs about " + size(bytes) + " of memory; Java may use " + size(heapMax())
                            + " (" + size(Math.max(0, available)) + " free): " + hint + moreHeap());
        }
    }

    /**
     * Refuses an array longer than Java allows.
     *
     * @param length the number of elements
     * @param what   what the array holds, e.g. {@code the encoder weights (latents × inputs)}
     * @param hint   what the user can change
     * @return the length as an {@code int}
     * @throws ResourceExhaustedException when the length exceeds {@link #MAX_ARRAY_LENGTH}
     */
    public static int arrayLength(long length, String what, String hint) {
        if (length < 0 || length > MAX_ARRAY_LENGTH) {
            throw new ResourceExhaustedException(ResourceExhaustedException.Resource.MEMORY,
                    what + " would hold " + String.format(Locale.ROOT, "%,d", length)
                            + " values, more than one Java array can hold (" + String.format(Locale.ROOT, "%,d",
                                    MAX_ARRAY_LENGTH) + "): " + hint);
        }
        return (int) length;
    }

    /**
     * @param bytes a number of bytes
     * @return it in readable units, e.g. {@code 16.4 GB} (powers of 1024, one decimal)
     */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB", "PB", "EB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    /** @return the advice to raise the heap, naming the launcher's variable */
    public static String moreHeap() {
        return ", or give Java more memory (" + HEAP_VARIABLE + "=16g for the repalign launcher, -Xmx elsewhere)";
    }
}
