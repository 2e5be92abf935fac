package org.repalign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repalign.testing.ui.DisplayWaits.drain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repalign.ui.views.RunsView;
import org.repalign.ui.views.RunsView.RunFolder;
import org.repalign.ui.views.RunsView.WorkspaceExperiment;

/** The Runs view lists the workspace's experiments with their runs and follows the workspace. */
class RunsNavigatorUITest {

    private IProject project;
    private RunsView view;

    @BeforeEach
    void createProject() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("runs-" + System.nanoTime());
        project.create(null);
        project.open(null);
        view = (RunsView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(RunsView.ID);
        drain();
    }

    @AfterEach
    void deleteProject() throws Exception {
        project.delete(true, true, null);
        drain();
    }

    @Test
    void experimentsAppearWithTheirRunsNewestFirstAndFollowTheWorkspace() throws Exception {
        IFile file = project.getFile("study.repalign");
        file.create(new java.io.ByteArrayInputStream(new byte[0]), true, null);
        Path location = file.getLocation().toFile().toPath().toAbsolutePath().normalize();
        Path older = fakeRun(location.resolveSibling("study.results").resolve("20261201T100000Z-aaaaaaaa"));
        Path newer = fakeRun(location.resolveSibling("study.results").resolve("20261202T100000Z-bbbbbbbb"));
        Files.createDirectories(location.resolveSibling("study.results").resolve("not-a-run"));
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        drain();

        WorkspaceExperiment experiment = find(location);
        assertEquals(project.getName() + "/study.repalign", experiment.label());
        assertEquals(location.resolveSibling("study.results"), experiment.resultsFolder());
        assertEquals(List.of(new RunFolder(newer), new RunFolder(older)), children(experiment), "newest first");
        assertEquals(experiment, content().getParent(new RunFolder(newer)));

        view.addFolder(experiment.resultsFolder());
        assertFalse(view.getFolders().contains(experiment.resultsFolder()), "no second root for the same runs");
        long roots = Arrays.stream(content().getElements(null)).filter(experiment::equals).count();
        assertEquals(1, roots);

        Path third = fakeRun(experiment.resultsFolder().resolve("20261203T100000Z-cccccccc"));
        project.getFolder("study.results").refreshLocal(IResource.DEPTH_INFINITE, null);
        drain();
        assertEquals(new RunFolder(third), children(find(location)).get(0), "a finished run appears by itself");

        file.delete(true, null);
        drain();
        assertTrue(view.getWorkspaceExperiments().stream().noneMatch(e -> e.file().equals(location)),
                "a deleted experiment leaves the tree");
    }

    @Test
    void anExperimentWithoutRunsHasNoChildren() throws Exception {
        IFile file = project.getFile("fresh.repalign");
        file.create(new java.io.ByteArrayInputStream(new byte[0]), true, null);
        drain();
        WorkspaceExperiment experiment = find(file.getLocation().toFile().toPath().toAbsolutePath().normalize());
        assertEquals(List.of(), children(experiment));
        assertNull(content().getParent(experiment));
    }

    private WorkspaceExperiment find(Path file) {
        return view.getWorkspaceExperiments().stream().filter(e -> e.file().equals(file)).findFirst()
                .orElseThrow(() -> new AssertionError("not listed: " + file + " in " + view.getWorkspaceExperiments()));
    }

    private List<Object> children(Object parent) {
        return Arrays.asList(content().getChildren(parent));
    }

    private ITreeContentProvider content() {
        return (ITreeContentProvider) view.getViewer().getContentProvider();
    }

    private static Path fakeRun(Path folder) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("report.json"), "{}");
        return folder.toAbsolutePath().normalize();
    }
}
