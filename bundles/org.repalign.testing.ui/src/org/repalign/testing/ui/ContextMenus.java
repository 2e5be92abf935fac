package org.repalign.testing.ui;

import static org.repalign.testing.ui.DisplayWaits.drain;
import static org.repalign.testing.ui.DisplayWaits.waitFor;

import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Opens a tree's context menu on a row as a person does: a posted right click; where the X server
 * gives the click to no window (no window manager), the menu key (Shift+F10) over the focused
 * tree.
 */
public final class ContextMenus {

    /** How the row is selected and where it is clicked; the callers' tests differ in these. */
    public enum RowSelection {
        /** Selects the row quietly and clicks in its first column's cell. */
        FIRST_COLUMN,
        /** Selects the row quietly and clicks in the row's bounds (a tree without columns). */
        WHOLE_ROW,
        /**
         * Selects the row, tells the tree's selection listeners as a click would, and clicks in its
         * first column's cell.
         */
        FIRST_COLUMN_NOTIFIED
    }

    private ContextMenus() {
    }

    /**
     * Opens the context menu on a row and waits until it shows items: 2 s after the right click,
     * then 3 s after Shift+F10.
     *
     * @param tree      the tree
     * @param row       the row
     * @param selection how to select and where to click
     * @param reporter  the name that prefixes a note on standard output when the right click
     *                  opened nothing, or {@code null} for no note
     * @return the open menu
     * @throws InterruptedException when interrupted
     * @throws AssertionError       when no menu opened
     */
    public static Menu open(Tree tree, TreeItem row, RowSelection selection, String reporter)
            throws InterruptedException {
        tree.setSelection(row);
        if (selection == RowSelection.FIRST_COLUMN_NOTIFIED) {
            Event event = new Event();
            event.item = row;
            tree.notifyListeners(SWT.Selection, event);
        }
        tree.showItem(row);
        tree.forceFocus();
        drain();
        Rectangle bounds = selection == RowSelection.WHOLE_ROW ? row.getBounds() : row.getBounds(0);
        Point centre = tree.toDisplay(bounds.x + Math.min(bounds.width / 2, 40), bounds.y + bounds.height / 2);
        RealInput.mouseClick(centre, 3);
        Supplier<Menu> open = () -> {
            Menu menu = tree.getMenu();
            return menu != null && menu.isVisible() && menu.getItemCount() > 0 ? menu : null;
        };
        try {
            return waitFor(open, 2000, "the context menu opens on a right click");
        } catch (AssertionError noClick) {
            if (reporter != null) {
                System.out.println(reporter + ": no menu after a right click, trying Shift+F10");
            }
            RealInput.keyCombination(SWT.SHIFT, SWT.F10);
            return waitFor(open, 3000, "the context menu opens on a right click or Shift+F10");
        }
    }
}
