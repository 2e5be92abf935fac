package org.repalign.launch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repalign.testing.ui.DisplayWaits.drain;
import static org.repalign.testing.ui.DisplayWaits.waitFor;
import static org.repalign.testing.ui.TreeRows.findByText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.ILaunchShortcut2;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.repalign.analysis.experiment.DemoExperiment;
import org.repalign.editor.ExperimentEditor;
import org.repalign.launch.ExperimentLaunchConfigurations;
import org.repalign.model.BiasAnalysis;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentFactory;
import org.repalign.model.ExperimentFiles;
import org.repalign.model.MetricSetting;
import org.repalign.testing.ui.ContextMenus;
import org.repalign.testing.ui.ContextMenus.RowSelection;
import org.repalign.testing.ui.LoggedErrors;
import org.repalign.testing.ui.Screenshots;
import org.repalign.ui.RunMonitor;
import org.repalign.ui.RunMonitor.LiveRun;
import org.repalign.ui.RunStatus;
import org.repalign.ui.views.RunsView;

/**
 * Run As &gt; RepAlign Experiment: the Project Explorer's context menu (opened with a posted right
 * click) offers Run As on an experiment file, the launch shortcut runs the selected file and the
 * file shown in the experiment editor through one launch configuration that joins the Run
 * history, the run is listed in the Runs view, and an experiment that cannot run fails its
 * launch with the reason. Screenshots go to {@code target/screenshots/launch/}.
 */
class ExperimentLaunchUITest {

    private static final String SHORTCUT = "org.repalign.launch.experimentShortcut";

    private IProject project;
    private Path pictures;
    private String testName;
    private int step;
    private final LoggedErrors logged = new LoggedErrors();

    @BeforeEach
    void createProject(TestInfo info) throws Exception {
        testName = info.getTestMethod().orElseThrow().getName();
        logged.start();
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("launch-" + System.nanoTime());
        project.create(null);
        project.open(null);
        pictures = Files.createDirectories(Path.of("target", "screenshots", "launch"));
    }

    @AfterEach
    void deleteProject() throws Exception {
        page().closeAllEditors(false);
        for (ILaunchConfiguration configuration : DebugPlugin.getDefault().getLaunchManager()
                .getLaunchConfigurations(ExperimentLaunchConfigurations.type())) {
            configuration.delete();
        }
        project.delete(true, true, null);
        drain();
        logged.stop();
        assertEquals(List.of(), logged.errors(), "no error in the workspace log");
    }

    @Test
    void runAsFromTheProjectExplorerRunsTheExperimentAndTheRunIsListed() throws Exception {
        IFile file = tinyExperiment("tiny.repalign");
        IViewPart explorer = page().showView(IPageLayoutIds.PROJECT_EXPLORER);
        ((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(file));
        drain();
        Tree tree = ((CommonNavigator) explorer).getCommonViewer().getTree();
        TreeItem row = waitFor(() -> findByText(tree.getItems(), "tiny.repalign"), 5000,
                "the file is in the Project Explorer");
        Menu menu = openContextMenu(tree, row);
        List<String> items = Arrays.stream(menu.getItems()).map(MenuItem::getText).map(t -> t.replace("&", "")).toList();
        assertTrue(items.stream().anyMatch(t -> t.startsWith("Run As")), "Run As in " + items);
        screenshot("project-explorer-context-menu");
        menu.setVisible(false);
        drain();

        shortcut().launch(page().getSelection(), "run");
        LiveRun run = waitForRun(file, 1);
        assertEquals(RunStatus.FINISHED, run.status(), String.valueOf(run.message()));
        assertTrue(Files.isRegularFile(run.runFolder().resolve("report.json")));
        assertEquals(location(file).resolveSibling("tiny.results"), run.runFolder().getParent());

        RunsView runs = (RunsView) page().findView(RunsView.ID);
        assertNotNull(runs, "the Runs view is shown");
        String runId = run.runFolder().getFileName().toString();
        waitFor(() -> findByText(runs.getViewer().getTree().getItems(), runId), 10_000,
                "the run is listed in the Runs view");
        screenshot("run-listed");

        ILaunchConfiguration configuration = ExperimentLaunchConfigurations.of(location(file)).get(0);
        assertEquals(configuration, DebugUITools.getLastLaunch(IDebugUIConstants.ID_RUN_LAUNCH_GROUP),
                "the run is in the Run history");
        assertEquals(List.of(file), Arrays.asList(configuration.getMappedResources()));
    }

    @Test
    void theEditorRunsItsExperimentThroughTheSameConfiguration() throws Exception {
        IFile file = tinyExperiment("edited.repalign");
        shortcut().launch(new StructuredSelection(file), "run");
        waitForRun(file, 1);
        ExperimentEditor editor = (ExperimentEditor) IDE.openEditor(page(), file, ExperimentEditor.ID, true);
        drain();
        shortcut().launch(editor, "run");
        LiveRun second = waitForRun(file, 2);
        assertEquals(RunStatus.FINISHED, second.status(), String.valueOf(second.message()));
        assertEquals(1, ExperimentLaunchConfigurations.of(location(file)).size(), "one configuration per file");
        assertEquals(1, shortcut().getLaunchConfigurations(editor).length);
        screenshot("editor-run");
    }

    @Test
    void anExperimentThatCannotRunFailsItsLaunchWithTheReason() throws Exception {
        IFile file = project.getFile("broken.repalign");
        file.create(new java.io.ByteArrayInputStream("not an experiment".getBytes()), true, null);
        ILaunchConfigurationWorkingCopy copy = ExperimentLaunchConfigurations.type().newInstance(null, "broken");
        ExperimentLaunchConfigurations.initialize(copy, location(file));
        // launched off the display thread, as the debug UI does
        CoreException[] thrown = new CoreException[1];
        Thread launching = new Thread(() -> {
            try {
                copy.launch("run", null);
            } catch (CoreException e) {
                thrown[0] = e;
            }
        });
        launching.start();
        waitFor(() -> launching.isAlive() ? null : Boolean.TRUE, 30_000, "the launch returns");
        CoreException failure = thrown[0];
        assertNotNull(failure, "the launch fails");
        assertTrue(failure.getMessage().startsWith("broken.repalign"), failure.getMessage());
        // the run never started: nothing is listed for it
        assertTrue(RunMonitor.getDefault().runs().stream().noneMatch(r -> location(file).equals(r.experimentFile())));
    }

    // ---- helpers

    /** The Project Explorer's id (the constant lives in a bundle this fragment does not need). */
    private interface IPageLayoutIds {
        String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
    }

    private IFile tinyExperiment(String name) throws Exception {
        IFile file = project.getFile(name);
        Experiment experiment = DemoExperiment.create();
        experiment.setName(name.replace(".repalign", ""));
        experiment.getSynthetic().setItems(300);
        experiment.getAnalyses().removeIf(a -> !(a instanceof BiasAnalysis));
        experiment.getMetrics().clear();
        MetricSetting cka = ExperimentFactory.eINSTANCE.createMetricSetting();
        cka.setId("cka");
        experiment.getMetrics().add(cka);
        experiment.getProtocol().setSubsamples(1);
        experiment.getProtocol().setSubsampleSize(200);
        experiment.getProtocol().setPermutations(0);
        ExperimentFiles.save(experiment, location(file));
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        return file;
    }

    private static Path location(IFile file) {
        return file.getLocation().toFile().toPath().toAbsolutePath().normalize();
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static ILaunchShortcut2 shortcut() throws CoreException {
        for (IConfigurationElement element : Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.eclipse.debug.ui.launchShortcuts")) {
            if (SHORTCUT.equals(element.getAttribute("id"))) {
                return (ILaunchShortcut2) element.createExecutableExtension("class");
            }
        }
        throw new AssertionError("no launch shortcut " + SHORTCUT);
    }

    private LiveRun waitForRun(IFile file, int count) throws InterruptedException {
        Path path = location(file);
        return waitFor(() -> {
            List<LiveRun> runs = RunMonitor.getDefault().runs().stream().filter(r -> path.equals(r.experimentFile()))
                    .toList();
            return runs.size() >= count && !runs.get(count - 1).isLive() ? runs.get(count - 1) : null;
        }, 180_000, "run " + count + " of " + file.getName() + " ends");
    }

    /** Opens the tree's context menu on a row (a tree without columns): a right click, else Shift+F10. */
    private static Menu openContextMenu(Tree tree, TreeItem row) throws Exception {
        return ContextMenus.open(tree, row, RowSelection.WHOLE_ROW, null);
    }

    private void screenshot(String name) throws Exception {
        drain();
        Screenshots.ofShell(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                pictures.resolve(testName + "-" + (++step) + "-" + name + ".png"));
    }
}
