package org.repalign.editor.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.part.FileEditorInput;

/** Asks where to save an experiment under a new name, and makes the editor input of that file. */
public final class SaveAsTarget {

    /** The extension of experiment files. */
    public static final String EXTENSION = "repalign";

    private SaveAsTarget() {
    }

    /**
     * Asks for the new file: a workspace Save As dialog for workspace files, a file dialog
     * otherwise.
     *
     * @param shell   the parent shell
     * @param current the editor's input
     * @param file    the current file
     * @return the chosen file with the {@code .repalign} extension, or {@code null} when cancelled
     */
    public static Path ask(Shell shell, IEditorInput current, Path file) {
        IFile resource = current.getAdapter(IFile.class);
        if (resource != null) {
            SaveAsDialog dialog = new SaveAsDialog(shell);
            dialog.setOriginalFile(resource);
            if (dialog.open() != Window.OK || dialog.getResult() == null) {
                return null;
            }
            IPath chosen = dialog.getResult();
            if (!EXTENSION.equals(chosen.getFileExtension())) {
                chosen = chosen.addFileExtension(EXTENSION);
            }
            IFile target = ResourcesPlugin.getWorkspace().getRoot().getFile(chosen);
            return target.getLocation() == null ? null : target.getLocation().toPath();
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + EXTENSION });
        dialog.setFilterPath(file.toAbsolutePath().getParent().toString());
        dialog.setFileName(file.getFileName().toString());
        dialog.setOverwrite(false);
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        Path target = withExtension(Path.of(chosen));
        if (Files.exists(target) && !MessageDialog.openQuestion(shell, "Save As",
                target.getFileName() + " already exists. Replace it?")) {
            return null;
        }
        return target;
    }

    /**
     * @param file a file name as typed
     * @return the name with {@code .repalign} appended when it has another or no extension
     */
    public static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith("." + EXTENSION) ? file : file.resolveSibling(name + "." + EXTENSION);
    }

    /**
     * @param file an absolute file
     * @return the editor input for it: a workspace file input when the workspace holds it, else
     *         a file store input
     */
    public static IEditorInput inputFor(Path file) {
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        IFile resource = root.getFileForLocation(IPath.fromPath(file));
        if (resource != null) {
            try {
                resource.refreshLocal(org.eclipse.core.resources.IResource.DEPTH_ZERO, null);
            } catch (org.eclipse.core.runtime.CoreException e) {
                // the editor still works on the file; the workspace sees it after its next refresh
            }
            return new FileEditorInput(resource);
        }
        return new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(file.toUri()));
    }
}
