package org.repalign.editor.internal;

import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;
import org.repalign.analysis.experiment.DemoExperiment;
import org.repalign.model.ExperimentFiles;

/** File > New > Example > RepAlign synthetic demo: a project holding the demo experiment. */
public final class ExampleProjectWizard extends Wizard implements INewWizard {

    /** The name of the experiment file in the new project. */
    public static final String FILE_NAME = "demo.repalign";

    private IWorkbench workbench;
    private WizardNewProjectCreationPage page;

    /** Creates the wizard. */
    public ExampleProjectWizard() {
        setWindowTitle("RepAlign Example");
    }

    @Override
    public void init(IWorkbench currentWorkbench, IStructuredSelection selection) {
        this.workbench = currentWorkbench;
    }

    @Override
    public void addPages() {
        page = new WizardNewProjectCreationPage("exampleProject");
        page.setTitle("RepAlign synthetic demo");
        page.setDescription("A project with the synthetic demo experiment (" + FILE_NAME + ").");
        page.setInitialProjectName("repalign-demo");
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IProject project = page.getProjectHandle();
        IFile file = project.getFile(FILE_NAME);
        try {
            if (!project.exists()) {
                IProjectDescription description = project.getWorkspace().newProjectDescription(project.getName());
                if (!page.useDefaults()) {
                    description.setLocationURI(page.getLocationURI());
                }
                project.create(description, null);
            }
            project.open(null);
            ExperimentFiles.save(DemoExperiment.create(), file.getLocation().toFile().toPath());
            file.refreshLocal(IResource.DEPTH_ZERO, null);
        } catch (CoreException | IOException e) {
            page.setErrorMessage(e.getMessage());
            return false;
        }
        IWorkbenchPage active = workbench == null || workbench.getActiveWorkbenchWindow() == null ? null
                : workbench.getActiveWorkbenchWindow().getActivePage();
        if (active != null) {
            try {
                IDE.openEditor(active, file, true);
            } catch (PartInitException e) {
                page.setErrorMessage(e.getMessage());
                return false;
            }
        }
        return true;
    }
}
