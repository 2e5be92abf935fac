package org.repalign.testing.ui;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/**
 * Waiting on the UI thread while the display keeps dispatching: drain the pending events, let the
 * workbench settle for a while, or wait until a value appears.
 */
public final class DisplayWaits {

    private DisplayWaits() {
    }

    /** Dispatches the current display's pending events, then returns. */
    public static void drain() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // let the workbench process pending events
        }
    }

    /**
     * Dispatches events for a while (at least once), sleeping 10 ms between rounds, so that
     * layouts settle and widgets paint.
     *
     * @param millis how long
     * @throws InterruptedException when interrupted
     */
    public static void settle(long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        do {
            drain();
            Thread.sleep(10);
        } while (System.currentTimeMillis() < end);
    }

    /**
     * Dispatches events until a value appears, checking every 20 ms.
     *
     * @param <T>    the value's type
     * @param value  the value, {@code null} while not there yet
     * @param millis how long to wait at most
     * @param what   what is awaited, for the failure message
     * @return the value
     * @throws InterruptedException when interrupted
     * @throws AssertionError       when the value did not appear in time
     */
    public static <T> T waitFor(Supplier<T> value, long millis, String what) throws InterruptedException {
        return waitFor(value, millis, () -> what);
    }

    /**
     * Dispatches events until a value appears, checking every 20 ms.
     *
     * @param <T>    the value's type
     * @param value  the value, {@code null} while not there yet
     * @param millis how long to wait at most
     * @param what   what is awaited, asked for only when the wait fails
     * @return the value
     * @throws InterruptedException when interrupted
     * @throws AssertionError       when the value did not appear in time
     */
    public static <T> T waitFor(Supplier<T> value, long millis, Supplier<String> what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        T found = value.get();
        while (found == null && System.currentTimeMillis() < deadline) {
            drain();
            Thread.sleep(20);
            found = value.get();
        }
        if (found == null) {
            throw new AssertionError(what.get() + " (waited " + millis + " ms)");
        }
        return found;
    }

    /**
     * Dispatches events until a condition holds, checking every 20 ms.
     *
     * @param condition the condition
     * @param millis    how long to wait at most
     * @param what      what is awaited, for the failure message
     * @throws InterruptedException when interrupted
     * @throws AssertionError       when the condition did not hold in time
     */
    public static void waitUntil(BooleanSupplier condition, long millis, String what) throws InterruptedException {
        waitFor(() -> condition.getAsBoolean() ? Boolean.TRUE : null, millis, what);
    }
}
