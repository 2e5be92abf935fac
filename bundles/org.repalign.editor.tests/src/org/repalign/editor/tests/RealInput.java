package org.repalign.editor.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ToolItem;

/**
 * Real input events ({@link Display#post}) from the UI thread, which then reads and dispatches
 * what the window system delivers: a click on a tool bar button, a key chord.
 */
final class RealInput {

    private RealInput() {
    }

    /**
     * Moves the pointer to the middle of a tool bar button and clicks it.
     *
     * @param item the button
     * @throws InterruptedException when interrupted while waiting for the events
     */
    static void click(ToolItem item) throws InterruptedException {
        Display display = item.getDisplay();
        Rectangle bounds = item.getBounds();
        Point at = item.getParent().toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = at.x;
        move.y = at.y;
        display.post(move);
        settle(150);
        for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
            Event button = new Event();
            button.type = type;
            button.button = 1;
            button.x = at.x;
            button.y = at.y;
            display.post(button);
            settle(50);
        }
        settle(150);
    }

    /**
     * Presses Ctrl and a letter, such as Ctrl+R.
     *
     * @param letter the letter, lower case
     * @throws InterruptedException when interrupted while waiting for the events
     */
    static void control(char letter) throws InterruptedException {
        Display display = Display.getCurrent();
        post(display, SWT.KeyDown, SWT.CTRL, '\0');
        post(display, SWT.KeyDown, 0, letter);
        post(display, SWT.KeyUp, 0, letter);
        post(display, SWT.KeyUp, SWT.CTRL, '\0');
        settle(200);
    }

    private static void post(Display display, int type, int keyCode, char character) throws InterruptedException {
        Event key = new Event();
        key.type = type;
        key.keyCode = keyCode;
        key.character = character;
        display.post(key);
        settle(20);
    }

    /**
     * Dispatches events for a while.
     *
     * @param millis how long
     * @throws InterruptedException when interrupted
     */
    static void settle(long millis) throws InterruptedException {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        do {
            while (display.readAndDispatch()) {
                // drain
            }
            Thread.sleep(10);
        } while (System.currentTimeMillis() < end);
    }
}
