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
    private final CommandLabels labels;

    /**
     * @param stack  the command stack
     * @param undo   {@code true} for Undo, {@code false} for Redo
     * @param labels names the commands ("Undo Set Subsample Size")
     */
    public CommandStackAction(CommandStack stack, boolean undo, CommandLabels labels) {
        this.stack = stack;
        this.undo = undo;
        this.labels = labels;
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
        String label = labels.describe(command).replace("&", "&&");
        setText((undo ? "&Undo" : "&Redo") + (label.isEmpty() ? "" : " " + label));
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
