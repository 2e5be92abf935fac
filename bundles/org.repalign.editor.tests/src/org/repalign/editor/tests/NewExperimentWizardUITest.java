package org.repalign.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repalign.analysis.experiment.DemoExperiment;
import org.repalign.editor.ExperimentEditor;
import org.repalign.editor.internal.NewExperimentWizard;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentFiles;

/** The New Experiment wizard in the running workbench: both starting points create and open a file. */
class NewExperimentWizardUITest {

    private IProject project;
    private WizardDialog dialog;

    @BeforeEach
    void createProject() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("wizard-test-" + System.nanoTime());
        project.create(null);
        project.open(null);
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        project.delete(true, true, null);
    }

    private NewExperimentWizard openWizard() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        NewExperimentWizard wizard = new NewExperimentWizard();
        wizard.init(workbench, new StructuredSelection(project));
        dialog = new WizardDialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return wizard;
    }

    @Test
    void syntheticExampleCreatesAndOpensTheDemoExperiment() throws Exception {
        NewExperimentWizard wizard = openWizard();
        assertNull(wizard.page().getErrorMessage(), "the selected project is the folder");
        assertTrue(wizard.canFinish());
        assertTrue(wizard.performFinish());

        Path file = wizard.created().getLocation().toFile().toPath();
        assertEquals("experiment.repalign", file.getFileName().toString());
        Experiment experiment = ExperimentFiles.load(file);
        assertEquals("experiment", experiment.getName());
        assertEquals(DemoExperiment.create().getSynthetic().getModels().size(),
                experiment.getSynthetic().getModels().size());
        IEditorPart active = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
        assertTrue(active instanceof ExperimentEditor, "the new file is open in the experiment editor");
        assertEquals(file, ((ExperimentEditor) active).getFile());

        wizard.page().setFromSynthetic(true);
        assertFalse(wizard.canFinish(), "the file exists now");
        assertNotNull(wizard.page().getErrorMessage());
    }

    @Test
    void ownFilesNeedTwoSourcesAndBecomeSourcesWithRelativePaths() throws Exception {
        Path folder = project.getLocation().toFile().toPath();
        Path first = Files.writeString(folder.resolve("llama.txt"), "a 1 2\n");
        Path second = Files.writeString(folder.resolve("clip.txt"), "a 3 4\n");
        NewExperimentWizard wizard = openWizard();
        wizard.page().setFromSynthetic(false);
        wizard.page().addSource(first);
        wizard.page().setFromSynthetic(false);
        assertFalse(wizard.canFinish(), "one source is not enough");
        wizard.page().addSource(second);
        wizard.page().setFromSynthetic(false);
        assertTrue(wizard.canFinish(), String.valueOf(wizard.page().getErrorMessage()));
        assertTrue(wizard.performFinish());

        Experiment experiment = ExperimentFiles.load(wizard.created().getLocation().toFile().toPath());
        assertEquals(List.of("llama", "clip"), experiment.getSources().stream().map(s -> s.getId()).toList());
        assertEquals(List.of("llama.txt", "clip.txt"), experiment.getSources().stream().map(s -> s.getFile()).toList());
    }
}
