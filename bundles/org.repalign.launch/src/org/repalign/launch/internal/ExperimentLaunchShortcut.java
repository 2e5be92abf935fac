package org.repalign.launch.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut2;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PlatformUI;
import org.repalign.launch.ExperimentLaunchConfigurations;

/**
 * Run As &gt; RepAlign Experiment on a {@code .repalign} file in the Project Explorer or in the
 * experiment editor: launches the file's configuration, creating it on first use, so the run
 * joins the Run menu's history.
 */
public final class ExperimentLaunchShortcut implements ILaunchShortcut2 {

    @Override
    public void launch(ISelection selection, String mode) {
        launch(fileOf(selection), mode);
    }

    @Override
    public void launch(IEditorPart editor, String mode) {
        launch(fileOf(editor.getEditorInput()), mode);
    }

    /**
     * @param file an experiment file, or {@code null}
     * @param mode the launch mode
     */
    static void launch(Path file, String mode) {
        if (file == null) {
            return;
        }
        try {
            DebugUITools.launch(ExperimentLaunchConfigurations.findOrCreate(file), mode);
        } catch (CoreException e) {
            ErrorDialog.openError(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "Run Experiment",
                    file.getFileName() + " cannot be launched", e.getStatus());
        }
    }

    @Override
    public ILaunchConfiguration[] getLaunchConfigurations(ISelection selection) {
        return configurations(fileOf(selection));
    }

    @Override
    public ILaunchConfiguration[] getLaunchConfigurations(IEditorPart editor) {
        return configurations(fileOf(editor.getEditorInput()));
    }

    @Override
    public IResource getLaunchableResource(ISelection selection) {
        return selection instanceof IStructuredSelection s ? Adapters.adapt(s.getFirstElement(), IFile.class) : null;
    }

    @Override
    public IResource getLaunchableResource(IEditorPart editor) {
        return Adapters.adapt(editor.getEditorInput(), IFile.class);
    }

    private static ILaunchConfiguration[] configurations(Path file) {
        if (file == null) {
            return null;
        }
        try {
            List<ILaunchConfiguration> found = ExperimentLaunchConfigurations.of(file);
            return found.toArray(ILaunchConfiguration[]::new);
        } catch (CoreException e) {
            return null;
        }
    }

    /**
     * @param selection a selection
     * @return the experiment file it holds, or {@code null}
     */
    static Path fileOf(ISelection selection) {
        if (selection instanceof IStructuredSelection s && s.size() == 1) {
            IFile file = Adapters.adapt(s.getFirstElement(), IFile.class);
            if (file != null) {
                return location(file);
            }
            if (s.getFirstElement() instanceof IEditorInput input) {
                return fileOf(input);
            }
        }
        return null;
    }

    /**
     * @param input an editor input
     * @return the experiment file it shows, or {@code null}
     */
    static Path fileOf(IEditorInput input) {
        IFile file = Adapters.adapt(input, IFile.class);
        if (file != null) {
            return location(file);
        }
        if (input instanceof IURIEditorInput uri && "file".equals(uri.getURI().getScheme())) {
            return Path.of(uri.getURI());
        }
        return null;
    }

    private static Path location(IFile file) {
        return file.getLocation() == null || !"repalign".equals(file.getFileExtension()) ? null
                : file.getLocation().toFile().toPath().toAbsolutePath().normalize();
    }
}
