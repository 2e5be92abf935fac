package org.repalign.editor.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.repalign.analysis.experiment.DemoExperiment;
import org.repalign.analysis.experiment.ExperimentTemplates;
import org.repalign.analysis.experiment.ExperimentTemplates.SourceFile;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentFiles;
import org.repalign.ui.preferences.RepAlignPreferences;

/**
 * File > New > Experiment: creates a {@code .repalign} file in a workspace folder and opens it.
 * Initialization data {@value #OWN_FILES} (given in the extension's class attribute after a
 * colon, or through {@link IExecutableExtension#setInitializationData} by a caller such as the
 * Welcome view's "New experiment from your files…") starts it on the user's own files instead of
 * the synthetic example.
 */
public final class NewExperimentWizard extends Wizard implements INewWizard, IExecutableExtension {

    /** The initialization data that starts the wizard on the user's own files. */
    public static final String OWN_FILES = "ownFiles";

    private IWorkbench workbench;
    private IContainer initialFolder;
    private boolean ownFiles;
    private NewExperimentPage page;
    private IFile created;

    /** Creates the wizard. */
    public NewExperimentWizard() {
        setWindowTitle("New Experiment");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void init(IWorkbench currentWorkbench, IStructuredSelection selection) {
        this.workbench = currentWorkbench;
        Object first = selection == null ? null : selection.getFirstElement();
        IResource resource = first instanceof IResource r ? r
                : first == null ? null : org.eclipse.core.runtime.Adapters.adapt(first, IResource.class);
        if (resource instanceof IContainer container) {
            initialFolder = container;
        } else if (resource != null) {
            initialFolder = resource.getParent();
        }
    }

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        ownFiles = OWN_FILES.equals(data);
    }

    @Override
    public void addPages() {
        page = new NewExperimentPage(initialFolder, ownFiles);
        addPage(page);
    }

    /** @return the first page */
    public NewExperimentPage page() {
        return page;
    }

    /** @return the file created by Finish, or {@code null} */
    public IFile created() {
        return created;
    }

    @Override
    public boolean performFinish() {
        IContainer folder;
        try {
            folder = page.folderCreatingIt();
        } catch (CoreException e) {
            page.setErrorMessage(e.getMessage());
            return false;
        }
        IFile file = folder.getFile(IPath.fromOSString(page.fileName()));
        Path target = file.getLocation().toFile().toPath();
        String name = page.fileName().substring(0, page.fileName().length() - ".repalign".length());
        Experiment experiment;
        try {
            if (page.fromSynthetic()) {
                experiment = DemoExperiment.create();
                experiment.setName(name);
            } else {
                experiment = ExperimentTemplates.fromFiles(name, target, sources(page.sourceFiles()), page.itemsFile(),
                        null, null, null, null);
            }
            experiment.setSeed(RepAlignPreferences.seed());
            ExperimentFiles.save(experiment, target);
            file.refreshLocal(IResource.DEPTH_ZERO, null);
        } catch (IOException | IllegalArgumentException | CoreException e) {
            page.setErrorMessage(e.getMessage());
            return false;
        }
        created = file;
        IWorkbenchPage active = workbench == null || workbench.getActiveWorkbenchWindow() == null ? null
                : workbench.getActiveWorkbenchWindow().getActivePage();
        if (active != null) {
            try {
                IDE.openEditor(active, file, true);
            } catch (PartInitException e) {
                page.setErrorMessage(e.getMessage());
            }
        }
        return true;
    }

    /**
     * @param files representation files, or folders of per-layer files
     * @return sources named after the files (without extension) or folders, made unique
     */
    static List<SourceFile> sources(List<Path> files) {
        List<SourceFile> result = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            // a folder of per-layer files keeps its whole name
            String stem = java.nio.file.Files.isDirectory(file) ? name : name.replaceFirst("\\.[^.]*$", "");
            String id = stem.isEmpty() ? "source" : stem;
            for (int n = 2; !used.add(id); n++) {
                id = stem + "-" + n;
            }
            result.add(new SourceFile(id, file, null));
        }
        return result;
    }
}
