package org.repalign.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repalign.testing.ui.DisplayWaits.drain;
import static org.repalign.testing.ui.DisplayWaits.waitFor;
import static org.repalign.testing.ui.DisplayWaits.waitUntil;
import static org.repalign.testing.ui.RealInput.key;
import static org.repalign.testing.ui.TreeRows.find;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.ProtocolSettings;
import org.repalign.analysis.SaeSettings;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.run.ExperimentJob;
import org.repalign.analysis.run.ExperimentRunner;
import org.repalign.analysis.run.RunOutcome;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.synth.SyntheticGenerator;
import org.repalign.compute.synth.SyntheticModelSpec;
import org.repalign.testing.ui.ContextMenus;
import org.repalign.testing.ui.ContextMenus.RowSelection;
import org.repalign.testing.ui.LoggedErrors;
import org.repalign.testing.ui.Screenshots;
import org.repalign.ui.WorkbenchRuns;
import org.repalign.ui.views.AlignmentMatrixView;
import org.repalign.ui.views.RunsView;

/**
 * The Runs view as a person meets it, driven by posted mouse and key events: a run written by
 * the plain analysis API into a workspace folder (what {@code ./repalign run} does) appears by
 * itself with its status, start, duration and experiment; the context menu offers its items and
 * Delete removes only the run's folder after the confirmation; a running run is listed with its
 * progress and a cancelled one says so. A screenshot per step goes to
 * {@code target/screenshots/runs-view/}; the workspace log must stay free of errors.
 */
class RunsViewUITest {

    private static final long APPEAR_MS = 5000;

    @TempDir
    Path temporary;

    private IProject project;
    private RunsView view;
    private Display display;
    private Path pictures;
    private String testName;
    private int step;
    private final LoggedErrors logged = new LoggedErrors();

    @BeforeEach
    void open(TestInfo info) throws Exception {
        testName = info.getTestMethod().orElseThrow().getName();
        display = Display.getCurrent();
        logged.start();
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("runs-view-" + System.nanoTime());
        project.create(null);
        project.open(null);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        view = (RunsView) page.showView(RunsView.ID);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        pictures = Files.createDirectories(Path.of("target", "screenshots", "runs-view"));
        drain();
    }

    @AfterEach
    void close() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        project.delete(true, true, null);
        drain();
        logged.stop();
        assertEquals(List.of(), logged.errors(), "no error in the workspace log");
    }

    @Test
    void aCommandLineRunAppearsByItselfWithStatusStartDurationAndExperiment() throws Exception {
        Path experimentFile = experimentFile("study.repalign");
        RunsView.WorkspaceExperiment experiment = listed(experimentFile);
        screenshot("experiment-without-runs");

        // as ./repalign run study.repalign does: the plain runner, no workspace refresh
        RunOutcome outcome = new ExperimentRunner().run(plan("cli-study", false), experiment.resultsFolder(),
                RunListener.NONE, new NullProgressMonitor());
        String runId = outcome.runId();
        TreeItem row = waitFor(() -> row(runId), APPEAR_MS,
                () -> "the command-line run appears in the Runs view by itself; tree: " + describe());
        screenshot("command-line-run-listed");
        assertTrue(view.getViewer().getExpandedState(experiment), "the experiment opens to show its new run");

        assertEquals(RunsView.COLUMNS, Arrays.stream(view.getViewer().getTree().getColumns())
                .map(c -> c.getText()).toList(), "column titles");
        assertEquals("finished", row.getText(1));
        assertTrue(row.getText(2).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"), "start time: " + row.getText(2));
        assertTrue(row.getText(3).matches("\\d+\\.\\d s|\\d+ min \\d{2} s"), "duration: " + row.getText(3));
        assertEquals("cli-study", row.getText(4));
        waitUntil(() -> project.getFolder("study.results").getFolder(runId).exists(), APPEAR_MS,
                "the workspace is refreshed, so the Project Explorer shows the run too");
    }

    @Test
    void theContextMenuOffersItsItemsAndDeleteRemovesOnlyTheRun() throws Exception {
        Path experimentFile = experimentFile("menu.repalign");
        RunsView.WorkspaceExperiment experiment = listed(experimentFile);
        RunOutcome kept = new ExperimentRunner().run(plan("menu-study", false), experiment.resultsFolder(),
                RunListener.NONE, new NullProgressMonitor());
        RunOutcome deleted = new ExperimentRunner().run(plan("menu-study", false), experiment.resultsFolder(),
                RunListener.NONE, new NullProgressMonitor());
        view.refreshTree();
        view.getViewer().expandToLevel(experiment, 1);
        TreeItem row = waitFor(() -> row(deleted.runId()), APPEAR_MS, "the run to delete is listed");
        view.selectRun(deleted.runFolder());
        AlignmentMatrixView matrix = (AlignmentMatrixView) PlatformUI.getWorkbench().getActiveWorkbenchWindow()
                .getActivePage().showView(AlignmentMatrixView.ID, null, IWorkbenchPage.VIEW_CREATE);
        waitUntil(() -> matrix.getRun() != null && matrix.getRun().folder().equals(deleted.runFolder()), APPEAR_MS,
                "the result views show the selected run");

        Menu menu = openContextMenu(row);
        List<String> items = Arrays.stream(menu.getItems()).filter(i -> (i.getStyle() & SWT.SEPARATOR) == 0)
                .map(MenuItem::getText).map(t -> t.replace("&", "")).toList();
        assertEquals(List.of("Open experiment", "Show In", "Re-run", "Cancel run", "Delete\u2026", "Show in file system",
                "Copy path", "Remove from list"), items);
        assertTrue(enabled(menu, "Delete"), "Delete applies to a run folder");
        assertTrue(enabled(menu, "Re-run"), "the run's experiment is known");
        assertFalse(enabled(menu, "Cancel run"), "a finished run cannot be cancelled");
        screenshot("context-menu");

        Supplier<Shell> confirmation = () -> Arrays.stream(display.getShells())
                .filter(s -> s.isVisible() && "Delete Run".equals(s.getText())).findFirst().orElse(null);
        // the confirmation is modal: it is answered from inside its own event loop
        boolean[] asked = new boolean[1];
        long[] answeredAt = new long[1];
        display.timerExec(100, new Runnable() {
            @Override
            public void run() {
                Shell confirm = confirmation.get();
                if (confirm == null) {
                    if (!asked[0]) {
                        display.timerExec(100, this);
                    }
                    return;
                }
                if (!asked[0]) {
                    asked[0] = true;
                    answeredAt[0] = System.currentTimeMillis();
                    try {
                        screenshot("delete-confirmation");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    Rectangle area = confirm.getBounds();
                    Event move = new Event();
                    move.type = SWT.MouseMove;
                    move.x = area.x + area.width / 2;
                    move.y = area.y + area.height / 2;
                    display.post(move);
                    key('\r');
                } else if (System.currentTimeMillis() - answeredAt[0] > 2000) {
                    System.out.println("RunsViewUITest: the dialog took no key, pressing OK");
                    Arrays.stream(buttons(confirm)).filter(b -> b.getText().replace("&", "").equals("OK")).findFirst()
                            .orElseThrow().notifyListeners(SWT.Selection, new Event());
                    return;
                }
                display.timerExec(100, this);
            }
        });
        choose(menu, 'd', "Delete", () -> asked[0]);
        waitUntil(() -> !Files.exists(deleted.runFolder()), APPEAR_MS, "the run's folder is deleted");
        waitUntil(() -> row(deleted.runId()) == null, APPEAR_MS, "the deleted run leaves the tree");
        screenshot("after-delete");
        waitUntil(() -> matrix.getRun() == null, APPEAR_MS, "the result views leave the deleted run");
        assertTrue(Files.isDirectory(kept.runFolder()), "the other run stays");
        assertTrue(Files.isRegularFile(experimentFile), "the experiment stays");
        assertTrue(row(kept.runId()) != null, "the other run is still listed");
    }

    @Test
    void aRunningRunIsListedWithItsProgressAndACancelledRunSaysSo() throws Exception {
        Path out = temporary.resolve("live-results");
        ExperimentJob job = WorkbenchRuns.start(plan("long-study", true), out, status -> {
        });
        try {
            runAndCancel(job, out);
        } finally {
            job.cancel();
            job.join(60_000, null);
        }
    }

    private void runAndCancel(ExperimentJob job, Path out) throws Exception {
        TreeItem row = waitFor(() -> {
            TreeItem item = liveRow("long-study");
            return item != null && item.getText(1).startsWith("running \u00b7") && item.getText(1).contains("SAE")
                    ? item : null;
        }, 60_000, "the running run is listed with its progress");
        screenshot("running-run-listed");
        assertEquals("(running)", row.getText(0));
        assertFalse(row.getText(2).isEmpty(), "start time");

        Menu menu = openContextMenu(row);
        assertTrue(enabled(menu, "Cancel run"), "a running run can be cancelled");
        assertFalse(enabled(menu, "Delete"), "nothing to delete yet");
        choose(menu, 'c', "Cancel run", () -> job.getResult() != null);
        waitUntil(() -> job.getResult() != null, 60_000, "the job stops");
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        TreeItem cancelled = waitFor(() -> {
            TreeItem item = liveRow("long-study");
            return item != null && "cancelled".equals(item.getText(1)) ? item : null;
        }, APPEAR_MS, "the run is listed as cancelled");
        waitUntil(() -> view.getLastAnnouncement() != null && view.getLastAnnouncement().contains("cancelled"),
                APPEAR_MS, "the status line says that the run was cancelled");
        screenshot("cancelled-run");
        assertEquals("(not written)", cancelled.getText(0));
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(), left.toList(), "a cancelled run leaves nothing behind, no temporary folder");
        }
    }

    // ---- helpers


    private Path experimentFile(String name) throws Exception {
        IFile file = project.getFile(name);
        file.create(new ByteArrayInputStream(new byte[0]), true, null);
        drain();
        return file.getLocation().toFile().toPath().toAbsolutePath().normalize();
    }

    private RunsView.WorkspaceExperiment listed(Path file) throws Exception {
        return waitFor(() -> view.getWorkspaceExperiments().stream().filter(e -> e.file().equals(file)).findFirst()
                .orElse(null), APPEAR_MS, "the experiment is listed");
    }

    private static ExperimentPlan plan(String name, boolean slow) {
        List<SyntheticModelSpec> models = List.of(SyntheticModelSpec.of("m1", 16, 1.0, 0.3),
                SyntheticModelSpec.of("m2", 20, 2.0, 0.6), SyntheticModelSpec.of("m3", 12, 0.5, 1.2));
        SyntheticGenerator generator = new SyntheticGenerator(5L, 240, 40, 4, 1.0, 0.25, 1.0, 1000.0, models);
        return new ExperimentPlan(name, "", 3L, List.of(), Optional.of(generator), null, null, null,
                Preprocessing.CENTERED, List.of("cka"), new ProtocolSettings(1, 120, 0, TieRule.RANDOM),
                new SaeSettings("topk", "l2prh", 32, 4, slow ? 200_000 : 120, 64, 4e-3, 1e-5, 0.2),
                List.of(slow ? new AnalysisSettings.Signal() : new AnalysisSettings.Bias()), null);
    }

    private TreeItem row(String runId) {
        return find(view.getViewer().getTree().getItems(), item -> runId.equals(item.getText(0)));
    }

    private TreeItem liveRow(String experiment) {
        return find(view.getViewer().getTree().getItems(),
                item -> item.getText(0).startsWith("(") && experiment.equals(item.getText(4)));
    }

    /**
     * Opens the tree's context menu on a row: a posted right click; where the X server gives the
     * click to no window (no window manager), the menu key (Shift+F10) over the focused tree.
     */
    private static Menu openContextMenu(TreeItem row) throws Exception {
        return ContextMenus.open(row.getParent(), row, RowSelection.FIRST_COLUMN, "RunsViewUITest");
    }

    /**
     * Chooses a menu item by its mnemonic key; where the open menu does not take posted keys,
     * selects the item as a click would.
     */
    private void choose(Menu menu, char mnemonic, String text, BooleanSupplier chosen) throws Exception {
        key(mnemonic);
        try {
            waitUntil(chosen, 2000, text + " chosen with its mnemonic");
        } catch (AssertionError noKey) {
            System.out.println("RunsViewUITest: the menu took no key, selecting " + text);
            MenuItem item = Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").startsWith(text))
                    .findFirst().orElseThrow();
            menu.setVisible(false);
            item.notifyListeners(SWT.Selection, new Event());
            waitUntil(chosen, 3000, text + " chosen");
        }
    }

    private static boolean enabled(Menu menu, String text) {
        return Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + text)).isEnabled();
    }

    private static Button[] buttons(Control root) {
        List<Button> found = new ArrayList<>();
        collect(root, found);
        return found.toArray(Button[]::new);
    }

    private static void collect(Control control, List<Button> found) {
        if (control instanceof Button button) {
            found.add(button);
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, found);
            }
        }
    }

    private void screenshot(String name) throws Exception {
        drain();
        Screenshots.ofShell(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                pictures.resolve(testName + "-" + (++step) + "-" + name + ".png"));
    }

    private String describe() {
        List<String> lines = new ArrayList<>();
        describe(view.getViewer().getTree().getItems(), "", lines);
        return lines + " elements " + Arrays.toString(
                ((org.eclipse.jface.viewers.ITreeContentProvider) view.getViewer().getContentProvider()).getElements(null))
                + " workspace " + view.getWorkspaceExperiments();
    }

    private static void describe(TreeItem[] items, String indent, List<String> lines) {
        for (TreeItem item : items) {
            lines.add(indent + item.getText(0) + "|" + item.getText(1) + "|" + item.getExpanded());
            describe(item.getItems(), indent + "  ", lines);
        }
    }
}
