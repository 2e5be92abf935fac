package org.repalign.editor;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Connects the workbench's global Undo and Redo to the active experiment editor's command stack. */
public final class ExperimentEditorContributor extends EditorActionBarContributor {

    @Override
    public void setActiveEditor(IEditorPart part) {
        IActionBars bars = getActionBars();
        if (part instanceof ExperimentEditor editor) {
            bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor.undoAction());
            bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor.redoAction());
        } else {
            bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), null);
            bars.setGlobalActionHandler(ActionFactory.REDO.getId(), null);
        }
        bars.updateActionBars();
    }
}
