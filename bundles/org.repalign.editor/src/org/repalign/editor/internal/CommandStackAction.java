package org.repalign.editor.internal;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/** Undo or Redo on an editing domain's command stack, named after the command it affects. */
public final class CommandStackAction extends Action {

    private final CommandStack stack;
    private final boolean undo;

    /**
     * @param stack the command stack
     * @param undo  {@code true} for Undo, {@code false} for Redo
     */
    public CommandStackAction(CommandStack stack, boolean undo) {
        this.stack = stack;
        this.undo = undo;
        setId(undo ? ActionFactory.UNDO.getId() : ActionFactory.REDO.getId());
        setActionDefinitionId(undo ? "org.eclipse.ui.edit.undo" : "org.eclipse.ui.edit.redo");
        setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(undo ? ISharedImages.IMG_TOOL_UNDO : ISharedImages.IMG_TOOL_REDO));
        update();
    }

    /** Updates enablement and text from the command stack. */
    public void update() {
        Command command = undo ? stack.getUndoCommand() : stack.getRedoCommand();
        setEnabled(undo ? stack.canUndo() : stack.canRedo());
        String label = command == null || command.getLabel() == null ? "" : " " + command.getLabel();
        setText((undo ? "&Undo" : "&Redo") + label);
    }

    @Override
    public void run() {
        if (undo) {
            stack.undo();
        } else {
            stack.redo();
        }
    }
}
