package org.repalign.ui.results;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * Shows result tables of one kind (one table name of an analysis). Contributed to
 * {@code org.repalign.ui.resultViewers}; the generic viewer, Result Tables, creates one instance per
 * table kind, calls {@link #createControl} once and {@link #show} whenever the user picks a
 * table of that kind. A viewer only reads the table; it computes no alignment.
 */
public interface ResultViewer {

    /**
     * @param parent the parent, with a fill layout
     * @return the viewer's top control
     */
    Control createControl(Composite parent);

    /**
     * @param table the table to show, or {@code null} to show nothing
     */
    void show(ResultTableFile table);
}
