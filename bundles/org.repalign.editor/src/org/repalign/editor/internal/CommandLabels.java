package org.repalign.editor.internal;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

/**
 * Readable names of the editor's commands for the Undo and Redo menu items: "Set Subsample Size"
 * instead of EMF's "Set", with the feature named as the item providers name it.
 */
public final class CommandLabels {

    private final AdapterFactory adapterFactory;

    /** @param adapterFactory the editing domain's adapter factory (its item providers name the features) */
    public CommandLabels(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    /**
     * @param command a command of the editor's command stack, or {@code null}
     * @return what it does, e.g. "Set Subsample Size" or "Add Analysis", or "" when unknown
     */
    public String describe(Command command) {
        if (command == null) {
            return "";
        }
        if (command instanceof SetCommand set && set.getOwner() != null && set.getFeature() != null) {
            return "Set " + featureName(set.getOwner(), set.getFeature());
        }
        if (command instanceof AddCommand add && add.getOwner() != null && add.getFeature() != null) {
            return "Add to " + featureName(add.getOwner(), add.getFeature());
        }
        if (command instanceof RemoveCommand remove && remove.getOwner() != null && remove.getFeature() != null) {
            return "Remove from " + featureName(remove.getOwner(), remove.getFeature());
        }
        String own = command.getLabel();
        if (command instanceof CommandWrapper wrapper && isGeneric(own)) {
            return describe(wrapper.getCommand());
        }
        if (command instanceof CompoundCommand compound && isGeneric(own)) {
            List<Command> parts = compound.getCommandList();
            return parts.isEmpty() ? "" : describe(parts.get(0));
        }
        return own == null ? "" : own;
    }

    private static boolean isGeneric(String label) {
        return label == null || label.isBlank() || label.equals(CommandWrapper.class.getSimpleName())
                || label.equals("Set") || label.startsWith("Unknown");
    }

    private String featureName(EObject owner, EStructuralFeature feature) {
        if (adapterFactory.adapt(owner, IItemPropertySource.class) instanceof IItemPropertySource source) {
            IItemPropertyDescriptor descriptor = source.getPropertyDescriptor(owner, feature);
            if (descriptor != null && descriptor.getDisplayName(owner) != null) {
                return descriptor.getDisplayName(owner);
            }
        }
        return words(feature.getName());
    }

    /**
     * @param name a camel-case name such as {@code subsampleSize}
     * @return it as title-case words, "Subsample Size"
     */
    static String words(String name) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i == 0) {
                text.append(Character.toUpperCase(c));
            } else if (Character.isUpperCase(c)) {
                text.append(' ').append(c);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
