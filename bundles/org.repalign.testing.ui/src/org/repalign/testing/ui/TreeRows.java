package org.repalign.testing.ui;

import java.util.function.Predicate;

import org.eclipse.swt.widgets.TreeItem;

/** Finds tree rows, depth first, by their text or by any other test. */
public final class TreeRows {

    private TreeRows() {
    }

    /**
     * @param items  the rows to search, with all rows below them
     * @param wanted the test
     * @return the first row, depth first, that passes the test, or {@code null}
     */
    public static TreeItem find(TreeItem[] items, Predicate<TreeItem> wanted) {
        for (TreeItem item : items) {
            if (wanted.test(item)) {
                return item;
            }
            TreeItem below = find(item.getItems(), wanted);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    /**
     * @param items the rows to search, with all rows below them
     * @param text  the text of the row's first column
     * @return the first row, depth first, with that text in its first column, or {@code null}
     */
    public static TreeItem findByFirstColumn(TreeItem[] items, String text) {
        return find(items, item -> text.equals(item.getText(0)));
    }

    /**
     * @param items the rows to search, with all rows below them
     * @param text  the row's text, as a tree without columns shows it or in the first column
     * @return the first row, depth first, with that text, or {@code null}
     */
    public static TreeItem findByText(TreeItem[] items, String text) {
        return find(items, item -> text.equals(item.getText()) || text.equals(item.getText(0)));
    }
}
