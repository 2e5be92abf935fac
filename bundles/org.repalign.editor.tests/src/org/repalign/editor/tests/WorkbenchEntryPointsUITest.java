package org.repalign.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.repalign.editor.ExperimentEditor;
import org.repalign.rcp.RepAlignPerspective;
import org.repalign.ui.views.RunsView;

/** How a user reaches the editor in the RepAlign window: File > New, the default editor of .repalign files. */
class WorkbenchEntryPointsUITest {

    @Test
    void repAlignPerspectiveOffersTheExperimentWizards() {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(RepAlignPerspective.ID));
        List<String> shortcuts = List.of(page.getNewWizardShortcuts());
        assertTrue(shortcuts.contains("org.repalign.editor.newExperiment"), shortcuts.toString());
        assertTrue(shortcuts.contains("org.repalign.editor.exampleProject"), shortcuts.toString());
        assertEquals(ResourcesPlugin.getWorkspace().getRoot(), page.getInput(), "the workspace is the page input");
        page.resetPerspective();
        List<String> shown = Arrays.stream(page.getViewReferences()).map(r -> r.getId()).toList();
        assertTrue(shown.contains(IPageLayout.ID_PROBLEM_VIEW), "markers have their view: " + shown);
        assertTrue(shown.contains(IPageLayout.ID_PROGRESS_VIEW), "runs show their progress and Cancel: " + shown);
    }

    @Test
    void anExperimentInTheRunsViewOpensInTheExperimentEditor() throws Exception {
        EditorFixture fixture = EditorFixture.openDemo();
        try {
            fixture.editor.getSite().getPage().closeEditor(fixture.editor, false);
            RunsView runs = (RunsView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                    .showView(RunsView.ID);
            Path file = fixture.path().toAbsolutePath().normalize();
            RunsView.WorkspaceExperiment listed = runs.getWorkspaceExperiments().stream()
                    .filter(e -> e.file().equals(file)).findFirst().orElseThrow();
            IEditorPart opened = runs.openExperiment(listed);
            ExperimentEditor editor = assertInstanceOf(ExperimentEditor.class, opened);
            assertEquals(file, editor.getFile().toAbsolutePath().normalize());
            editor.getSite().getPage().closeEditor(editor, false);
        } finally {
            fixture.project.delete(true, true, null);
        }
    }

    @Test
    void repalignFilesOpenInTheExperimentEditor() {
        IEditorDescriptor editor = PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor("x.repalign");
        assertNotNull(editor);
        assertEquals(ExperimentEditor.ID, editor.getId());
    }
}
