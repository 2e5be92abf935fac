package org.repalign.scenario.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repalign.testing.ui.DisplayWaits.settle;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.repalign.analysis.experiment.DemoExperiment;
import org.repalign.editor.ExperimentEditor;
import org.repalign.model.ExperimentFiles;
import org.repalign.rcp.RepAlignPerspective;
import org.repalign.rcp.ResultsPerspective;
import org.repalign.rcp.internal.AboutDialog;
import org.repalign.rcp.internal.RepAlignWorkbenchAdvisor;
import org.repalign.rcp.internal.WorkbenchLayouts;

/**
 * The window's layouts and the Help menu's dialog: an experiment opened in the Results
 * perspective (editor area hidden) is shown; a layout saved by the first RepAlign perspective is
 * replaced by the Experiment perspective; the IDE leftovers are hidden in the RepAlign
 * application; About RepAlign reads the compute environment without blocking the UI.
 */
class WorkbenchLayoutUITest {

    private static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    }

    @Test
    void theResultViewsAreTabsOfTheExperimentPerspective() throws InterruptedException {
        IWorkbenchPage page = window().getActivePage();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(RepAlignPerspective.ID));
        page.resetPerspective();
        settle(100);
        try {
            for (String id : List.of(org.repalign.ui.views.AlignmentMatrixView.ID, org.repalign.ui.views.DifferenceView.ID,
                    org.repalign.ui.views.FrequencyView.ID, org.repalign.ui.views.FeatureMatchingView.ID,
                    org.repalign.ui.views.ProbesView.ID)) {
                assertTrue(page.findViewReference(id) != null, id + " is a tab after a reset, not only in Show View");
            }
            // one tab more pushes the views' toolbars under the tabs at 1024 x 700: the Layers
            // view opens from Show View and from the Show In menu of a run holding the layers analysis
            assertTrue(java.util.Arrays.asList(page.getShowViewShortcuts()).contains(org.repalign.ui.views.LayersView.ID));
        } finally {
            page.resetPerspective();
        }
    }

    @Test
    void anExperimentOpenedInTheResultsPerspectiveIsShown() throws Exception {
        IWorkbenchPage page = window().getActivePage();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(ResultsPerspective.ID));
        page.resetPerspective();
        settle(100);
        assertFalse(page.isEditorAreaVisible(), "the Results perspective starts without the editor area");
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("layout-" + System.nanoTime());
        project.create(null);
        project.open(null);
        try {
            IFile file = project.getFile("demo.repalign");
            ExperimentFiles.save(DemoExperiment.create(), file.getLocation().toFile().toPath());
            file.refreshLocal(IResource.DEPTH_ZERO, null);
            IEditorPart editor = IDE.openEditor(page, file, true);
            try {
                settle(300);
                assertTrue(page.isEditorAreaVisible(), "opening an experiment shows the editor area");
                Control control = assertInstanceOf(ExperimentEditor.class, editor).getActivePageInstance()
                        .getPartControl();
                Point size = control.getSize();
                assertTrue(control.isVisible() && size.x > 200 && size.y > 80, "the editor has room: " + size);
            } finally {
                page.closeEditor(editor, false);
            }
        } finally {
            project.delete(true, true, null);
            page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                    .findPerspectiveWithId(RepAlignPerspective.ID));
        }
    }

    @Test
    void aLayoutSavedByTheFirstPerspectiveIsReplaced() throws Exception {
        IWorkbenchWindow window = window();
        MWindow model = window.getService(MWindow.class);
        EModelService models = window.getService(EModelService.class);
        MPerspectiveStack stack = models.findElements(model, null, MPerspectiveStack.class).get(0);
        MPerspective legacy = models.createModelElement(MPerspective.class);
        legacy.setElementId(RepAlignPerspective.LEGACY_ID);
        legacy.setLabel("RepAlign");
        stack.getChildren().add(legacy);
        // how the workbench restores a saved perspective that no plug-in contributes any more
        MPerspective localCopy = models.createModelElement(MPerspective.class);
        localCopy.setElementId(RepAlignPerspective.LEGACY_ID + ".<RepAlign>");
        localCopy.setLabel("RepAlign");
        stack.getChildren().add(localCopy);
        assertTrue(WorkbenchLayouts.replaceLegacyPerspective(window));
        settle(100);
        assertEquals(List.of(), models.findElements(model, null, MPerspective.class).stream()
                .map(MPerspective::getElementId).filter(id -> id.startsWith(RepAlignPerspective.LEGACY_ID)).toList());
        assertEquals(RepAlignPerspective.ID, window.getActivePage().getPerspective().getId());
        assertTrue(window.getActivePage().isEditorAreaVisible());
        assertFalse(WorkbenchLayouts.replaceLegacyPerspective(window), "nothing left to replace");
    }

    @Test
    void theIdeLeftoversAreHiddenInTheApplication() {
        assertFalse(PlatformUI.getWorkbench().getActivitySupport().getActivityManager().getEnabledActivityIds()
                .contains(RepAlignWorkbenchAdvisor.IDE_LEFTOVERS_ACTIVITY));
        assertTrue(PlatformUI.getWorkbench().getActivitySupport().getActivityManager()
                .getActivity(RepAlignWorkbenchAdvisor.IDE_LEFTOVERS_ACTIVITY).isDefined());
    }

    @Test
    void aboutShowsTheComputeEnvironment() throws Exception {
        AboutDialog about = new AboutDialog(window().getShell());
        about.setBlockOnOpen(false);
        about.open();
        try {
            long deadline = System.currentTimeMillis() + 120_000;
            while (about.environmentJob().getResult() == null || rows(about).stream().anyMatch(r -> r.contains(
                    "starting ND4J"))) {
                assertTrue(System.currentTimeMillis() < deadline, "the environment is read within 120 s");
                settle(50);
            }
            List<String> rows = rows(about);
            assertTrue(rows.stream().anyMatch(r -> r.startsWith("Java: " + System.getProperty("java.version"))), rows
                    .toString());
            assertTrue(rows.stream().anyMatch(r -> r.startsWith("ND4J backend: ") && r.contains("Cpu")), rows.toString());
            assertTrue(rows.stream().anyMatch(r -> r.matches("BLAS threads: [1-9][0-9]*")), rows.toString());
            assertTrue(about.factsText().startsWith("RepAlign "), about.factsText());
        } finally {
            about.close();
        }
    }

    private static List<String> rows(AboutDialog about) {
        return Arrays.stream(about.facts().getItems()).map((TableItem item) -> item.getText(0) + ": " + item.getText(1))
                .toList();
    }
}
