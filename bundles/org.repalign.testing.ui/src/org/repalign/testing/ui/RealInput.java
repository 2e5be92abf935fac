package org.repalign.testing.ui;

import static org.repalign.testing.ui.DisplayWaits.drain;
import static org.repalign.testing.ui.DisplayWaits.settle;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ToolItem;

/**
 * Real input events ({@link Display#post}) posted from the UI thread, which the window system
 * delivers back as a person's clicks and keys would come. Two families: the quick posts
 * ({@link #mouseClick}, {@link #key}, {@link #keyCode}, {@link #keyCombination}) post the events
 * back to back; the paced ones ({@link #click(ToolItem)}, {@link #clickAt}, {@link #control})
 * let the display settle between events.
 */
public final class RealInput {

    private RealInput() {
    }

    /**
     * Moves the pointer to a point, dispatches pending events, then presses and releases a mouse
     * button there without waiting in between.
     *
     * @param at     the point, in display coordinates
     * @param button the button: 1 left, 3 right
     */
    public static void mouseClick(Point at, int button) {
        Display display = Display.getCurrent();
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = at.x;
        move.y = at.y;
        display.post(move);
        drain();
        Event down = new Event();
        down.type = SWT.MouseDown;
        down.button = button;
        display.post(down);
        Event up = new Event();
        up.type = SWT.MouseUp;
        up.button = button;
        display.post(up);
    }

    /**
     * Presses and releases a character key.
     *
     * @param character the character
     */
    public static void key(char character) {
        Display display = Display.getCurrent();
        Event down = new Event();
        down.type = SWT.KeyDown;
        down.character = character;
        display.post(down);
        Event up = new Event();
        up.type = SWT.KeyUp;
        up.character = character;
        display.post(up);
    }

    /**
     * Presses and releases a key by its code, then dispatches pending events.
     *
     * @param code the key code, such as {@link SWT#ARROW_DOWN}
     */
    public static void keyCode(int code) {
        Display display = Display.getCurrent();
        Event key = new Event();
        key.type = SWT.KeyDown;
        key.keyCode = code;
        display.post(key);
        key.type = SWT.KeyUp;
        display.post(key);
        drain();
    }

    /**
     * Presses a modifier, presses and releases a key, releases the modifier.
     *
     * @param modifier the modifier's key code, such as {@link SWT#SHIFT}
     * @param keyCode  the key's code, such as {@link SWT#F10}
     */
    public static void keyCombination(int modifier, int keyCode) {
        Display display = Display.getCurrent();
        Event down = new Event();
        down.type = SWT.KeyDown;
        down.keyCode = modifier;
        display.post(down);
        Event key = new Event();
        key.type = SWT.KeyDown;
        key.keyCode = keyCode;
        display.post(key);
        key.type = SWT.KeyUp;
        display.post(key);
        Event up = new Event();
        up.type = SWT.KeyUp;
        up.keyCode = modifier;
        display.post(up);
    }

    /**
     * Moves the pointer to the middle of a tool bar button and clicks it with the left button,
     * settling 150 ms after the move, 50 ms after each button event and 150 ms at the end.
     *
     * @param item the button
     * @throws InterruptedException when interrupted while waiting for the events
     */
    public static void click(ToolItem item) throws InterruptedException {
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
     * Moves the pointer to a point of a control and clicks the left button where the pointer is,
     * settling 100 ms after the move and 50 ms after each button event.
     *
     * @param control the control
     * @param x       the point's x, in the control's coordinates
     * @param y       the point's y, in the control's coordinates
     * @throws InterruptedException when interrupted while waiting for the events
     */
    public static void clickAt(Control control, int x, int y) throws InterruptedException {
        Display display = control.getDisplay();
        Point at = control.toDisplay(x, y);
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = at.x;
        move.y = at.y;
        display.post(move);
        settle(100);
        for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
            Event button = new Event();
            button.type = type;
            button.button = 1;
            display.post(button);
            settle(50);
        }
    }

    /**
     * Presses Ctrl and a letter, such as Ctrl+R, settling 20 ms after each key event and 200 ms
     * at the end.
     *
     * @param letter the letter, lower case
     * @throws InterruptedException when interrupted while waiting for the events
     */
    public static void control(char letter) throws InterruptedException {
        Display display = Display.getCurrent();
        pacedKey(display, SWT.KeyDown, SWT.CTRL, '\0');
        pacedKey(display, SWT.KeyDown, 0, letter);
        pacedKey(display, SWT.KeyUp, 0, letter);
        pacedKey(display, SWT.KeyUp, SWT.CTRL, '\0');
        settle(200);
    }

    private static void pacedKey(Display display, int type, int keyCode, char character) throws InterruptedException {
        Event key = new Event();
        key.type = type;
        key.keyCode = keyCode;
        key.character = character;
        display.post(key);
        settle(20);
    }
}
