package org.repalign.scenario.tests;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ToolItem;

/**
 * A person at the keyboard and mouse: real input events posted to the display
 * ({@link Display#post}) by a thread other than the UI thread (which only hands each event to
 * the window system), so that modal dialogs run their own event loops as they do for a person.
 * <p>
 * On GTK 3, {@link Display#post} synthesizes a mouse press without root coordinates: native
 * widgets (buttons, text fields, tool bars) take it, but custom-drawn tab folders see it at a
 * wrong place. Tabs are therefore switched with the keyboard, as a person may do too. Widgets are only looked at on the UI thread,
 * through {@link #ui}.
 */
final class UserInput {

    /** Pause between two posted events, so that the toolkit sees them as separate gestures. */
    private static final int EVENT_PAUSE_MS = 15;

    private final Display display;

    /** @param display the display of the workbench */
    UserInput(Display display) {
        this.display = display;
    }

    /**
     * Runs a look at the widgets on the UI thread.
     *
     * @param <T>  the result type
     * @param look what to compute
     * @return its result
     */
    <T> T ui(Supplier<T> look) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        AtomicReference<Error> error = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(look.get());
            } catch (RuntimeException e) {
                failure.set(e);
            } catch (Error e) {
                error.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        if (error.get() != null) {
            throw error.get();
        }
        return result.get();
    }

    /**
     * Runs an action on the UI thread.
     *
     * @param action the action
     */
    void run(Runnable action) {
        ui(() -> {
            action.run();
            return null;
        });
    }

    /**
     * Waits until a condition, checked on the UI thread, holds.
     *
     * @param what      what is awaited, for the failure message
     * @param seconds   how long to wait at most
     * @param condition the condition
     */
    void waitUntil(String what, int seconds, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (!ui(condition::getAsBoolean)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("waited " + seconds + " s for: " + what);
            }
            pause(50);
        }
    }

    /**
     * Clicks the middle of a control.
     *
     * @param control the control
     */
    void click(Control control) {
        click(ui(() -> {
            Point size = control.getSize();
            return control.toDisplay(size.x / 2, size.y / 2);
        }));
    }

    /**
     * Clicks a tab.
     *
     * @param tab the tab
     */
    void click(CTabItem tab) {
        click(ui(() -> {
            Rectangle bounds = tab.getBounds();
            return tab.getParent().toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
        }));
    }

    /**
     * Clicks a tool bar button.
     *
     * @param item the button
     */
    void click(ToolItem item) {
        click(ui(() -> {
            Rectangle bounds = item.getBounds();
            return item.getParent().toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
        }));
    }

    /**
     * Moves the mouse to a point of the screen and clicks the left button.
     *
     * @param point display coordinates
     */
    void click(Point point) {
        // custom-drawn widgets (tab folders) act on a press only after they saw the pointer arrive
        moveTo(point.x - 3, point.y);
        pause(100);
        moveTo(point.x, point.y);
        waitUntil("the pointer reaches " + point, 5, () -> display.getCursorLocation().equals(point));
        pause(300);
        // GTK places a press at the event's coordinates, not at the pointer's
        Event down = new Event();
        down.type = SWT.MouseDown;
        down.button = 1;
        down.x = point.x;
        down.y = point.y;
        post(down);
        Event up = new Event();
        up.type = SWT.MouseUp;
        up.button = 1;
        up.x = point.x;
        up.y = point.y;
        post(up);
        pause(150);
    }

    private void moveTo(int x, int y) {
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = x;
        move.y = y;
        post(move);
    }

    /**
     * Types characters.
     *
     * @param text the characters
     */
    void type(String text) {
        for (char c : text.toCharArray()) {
            key(0, c);
        }
        pause(100);
    }

    /**
     * Presses a special key (SWT.TAB, SWT.END, SWT.BS, ...) a number of times.
     *
     * @param keyCode the key
     * @param times   how often
     */
    void press(int keyCode, int times) {
        for (int i = 0; i < times; i++) {
            key(keyCode, '\0');
        }
        pause(100);
    }

    /**
     * Presses Ctrl and a letter, such as Ctrl+Z.
     *
     * @param letter the letter, lower case
     */
    void control(char letter) {
        chord(SWT.CTRL, 0, letter);
    }

    /**
     * Presses a modifier and a key, such as Alt+Page Down.
     *
     * @param modifier  the modifier key (SWT.CTRL, SWT.ALT, SWT.SHIFT)
     * @param keyCode   a special key, or 0
     * @param character the character when {@code keyCode} is 0
     */
    void chord(int modifier, int keyCode, char character) {
        Event down = new Event();
        down.type = SWT.KeyDown;
        down.keyCode = modifier;
        post(down);
        key(keyCode, character);
        Event up = new Event();
        up.type = SWT.KeyUp;
        up.keyCode = modifier;
        post(up);
        pause(200);
    }

    private void key(int keyCode, char character) {
        Event down = new Event();
        down.type = SWT.KeyDown;
        down.keyCode = keyCode;
        down.character = character;
        post(down);
        Event up = new Event();
        up.type = SWT.KeyUp;
        up.keyCode = keyCode;
        up.character = character;
        post(up);
    }

    private void post(Event event) {
        // GTK moves the pointer only on the UI thread; the event itself reaches the window later
        if (!ui(() -> display.post(event))) {
            throw new AssertionError("the display did not take the input event " + event);
        }
        pause(EVENT_PAUSE_MS);
    }

    /**
     * Waits without blocking the UI thread.
     *
     * @param millis how long
     */
    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
