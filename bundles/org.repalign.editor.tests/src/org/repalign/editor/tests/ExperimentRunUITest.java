package org.repalign.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repalign.model.ExperimentPackage.Literals.PROTOCOL__SUBSAMPLES;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.repalign.analysis.experiment.DemoExperiment;
import org.repalign.analysis.run.ExperimentJob;
import org.repalign.editor.ExperimentEditor;
import org.repalign.editor.internal.RunExperimentHandler;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentFactory;
import org.repalign.model.ExperimentFiles;
import org.repalign.model.MetricSetting;
import org.repalign.model.Protocol;
import org.repalign.testing.ui.DisplayWaits;
import org.repalign.testing.ui.RealInput;
import org.repalign.ui.views.RunsView;

/**
 * The Run Experiment command runs a small synthetic experiment into {@code NAME.results/}: from
 * the Run button of the editor's header and from Ctrl+R, both by real input events, and for a
 * file selected in the Project Explorer; disabled, with the reason in the tooltip, while the
 * experiment has errors.
 */
class ExperimentRunUITest {

    private IProject project;
    private ExperimentEditor editor;

    @AfterEach
    void cleanUp() throws Exception {
        if (editor != null) {
            editor.getSite().getPage().closeEditor(editor, false);
        }
        project.delete(true, true, null);
    }

    @Test
    void runButtonWritesAReportBesideTheFileAndTheRunsViewListsIt() throws Exception {
        Path path = openTinyExperiment();
        IWorkbenchPage page = editor.getSite().getPage();
        ToolItem run = editor.runButton();
        assertNotNull(run, "the header has the Run button");
        assertEquals("Run", run.getText());
        assertTrue(run.isEnabled());
        assertTrue(run.getToolTipText().startsWith("Run the experiment; results go to tiny.results/"),
                run.getToolTipText());

        RealInput.click(run);
        ExperimentJob job = startedJob();
        waitFor(job);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
        Path report = job.outcome().reportFile();
        assertEquals(path.resolveSibling("tiny.results"), job.outcome().runFolder().getParent());
        assertTrue(Files.isRegularFile(report), report.toString());
        assertTrue(Files.readString(report).contains("bias"));
        assertNull(editor.getHeaderMessage());

        // the Runs view shows the workspace experiment with its runs and selects the new run
        Path runFolder = job.outcome().runFolder().toAbsolutePath().normalize();
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 10_000;
        while (!selects(page, runFolder) && System.currentTimeMillis() < deadline) {
            while (display.readAndDispatch()) {
                // deliver the run's completion
            }
            Thread.sleep(10);
        }
        assertTrue(selects(page, runFolder), "the Runs view selects " + runFolder);
        RunsView runs = (RunsView) page.findView(RunsView.ID);
        Path experimentFile = path.toAbsolutePath().normalize();
        assertTrue(runs.getWorkspaceExperiments().stream().anyMatch(e -> e.file().equals(experimentFile)),
                runs.getWorkspaceExperiments().toString());
    }

    @Test
    void controlRRunsTheExperimentOfTheActiveEditor() throws Exception {
        Path path = openTinyExperiment();
        editor.setFocus();
        DisplayWaits.settle(200);
        Command command = PlatformUI.getWorkbench().getService(ICommandService.class)
                .getCommand(RunExperimentHandler.COMMAND_ID);
        assertTrue(command.isDefined() && command.isEnabled(), "Run Experiment is enabled for the editor");

        RealInput.control('r');
        ExperimentJob job = startedJob();
        waitFor(job);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
        assertEquals(path.resolveSibling("tiny.results"), job.outcome().runFolder().getParent());
        assertTrue(Files.isRegularFile(job.outcome().reportFile()));
    }

    /**
     * Items that show the command ask the handler again, with their own contexts, when its state
     * changes; two contexts that disagree (the editor active, nothing active) must not make the
     * handler call itself without end. The outer evaluation decides the state.
     */
    @Test
    void contextsThatDisagreeDoNotMakeTheEnabledStateFlipWithoutEnd() throws Exception {
        openTinyExperiment();
        RunExperimentHandler handler = new RunExperimentHandler();
        org.eclipse.core.expressions.EvaluationContext withEditor =
                new org.eclipse.core.expressions.EvaluationContext(null, new Object());
        withEditor.addVariable(org.eclipse.ui.ISources.ACTIVE_PART_NAME, editor);
        org.eclipse.core.expressions.EvaluationContext withNothing =
                new org.eclipse.core.expressions.EvaluationContext(null, new Object());
        int[] notifications = { 0 };
        handler.addHandlerListener(event -> {
            notifications[0]++;
            // an item asks with the other context, as a tool item does from inside the change
            handler.setEnabled(handler.isEnabled() ? withNothing : withEditor);
        });
        handler.setEnabled(withNothing); // a new handler starts enabled
        assertFalse(handler.isEnabled(), "nothing to run");
        handler.setEnabled(withEditor);
        assertTrue(handler.isEnabled(), "the open experiment has no errors");
        assertEquals(2, notifications[0], "one notification per change of state");
        handler.dispose();
    }

    @Test
    void anExperimentWithErrorsDoesNotRunAndTheButtonSaysWhy() throws Exception {
        openTinyExperiment();
        EditorFixture.type((Text) editor.reveal(editor.getExperiment().getProtocol(), PROTOCOL__SUBSAMPLES), "-1");
        DisplayWaits.settle(300);
        ToolItem run = editor.runButton();
        assertFalse(run.isEnabled(), "Run waits for the error");
        assertTrue(run.getToolTipText().startsWith("Run is disabled while the experiment has an error"),
                run.getToolTipText());
        editor.setFocus();
        RealInput.control('r');
        DisplayWaits.settle(500);
        assertNull(editor.lastJob(), "Ctrl+R starts nothing while the experiment has errors");

        // fixed: Run is back
        EditorFixture.type((Text) editor.reveal(editor.getExperiment().getProtocol(), PROTOCOL__SUBSAMPLES), "1");
        DisplayWaits.settle(300);
        assertTrue(editor.runButton().isEnabled(), "Run is back: " + editor.problems());
    }

    @Test
    void aSelectedExperimentFileRunsFromTheProjectExplorer() throws Exception {
        IFile file = saveTinyExperiment();
        Path results = file.getLocation().toFile().toPath().resolveSibling("tiny.results");
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IViewPart explorer = page.showView(IPageLayout.ID_PROJECT_EXPLORER);
        page.activate(explorer);
        // the explorer shows the new project once it has seen the resource change
        long shown = System.currentTimeMillis() + 10_000;
        do {
            ((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(file));
            DisplayWaits.settle(200);
        } while (!file.equals(firstSelected(explorer)) && System.currentTimeMillis() < shown);
        assertEquals(file, firstSelected(explorer), "the Project Explorer selects the file");
        assertEquals(explorer, page.getActivePart());
        Command command = PlatformUI.getWorkbench().getService(ICommandService.class)
                .getCommand(RunExperimentHandler.COMMAND_ID);
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        // as a menu asks before it shows the command
        command.setEnabled(handlers.getCurrentState());
        assertTrue(command.isEnabled(), "Run Experiment is enabled for a selected .repalign file");

        handlers.executeCommand(RunExperimentHandler.COMMAND_ID, null);
        long deadline = System.currentTimeMillis() + 180_000;
        while (report(results) == null && System.currentTimeMillis() < deadline) {
            DisplayWaits.settle(100);
        }
        Path report = report(results);
        assertNotNull(report, "the run writes its report into " + results);
        assertTrue(Files.readString(report).contains("bias"));
    }

    private static Object firstSelected(IViewPart view) {
        return view.getSite().getSelectionProvider().getSelection() instanceof StructuredSelection selection
                ? selection.getFirstElement()
                : null;
    }

    /** @return the report of the first finished run under a results folder, or {@code null} */
    private static Path report(Path results) throws java.io.IOException {
        if (!Files.isDirectory(results)) {
            return null;
        }
        try (java.util.stream.Stream<Path> runs = Files.list(results)) {
            return runs.map(run -> run.resolve("report.json")).filter(Files::isRegularFile).findFirst().orElse(null);
        }
    }

    /** Saves the tiny experiment in a new project and opens it in the editor. */
    private Path openTinyExperiment() throws Exception {
        IFile file = saveTinyExperiment();
        Path path = file.getLocation().toFile().toPath();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = (ExperimentEditor) IDE.openEditor(page, file, ExperimentEditor.ID, true);
        assertTrue(editor.problems().isEmpty(), editor.problems().toString());
        DisplayWaits.settle(300);
        return path;
    }

    /** Saves the tiny experiment as {@code tiny.repalign} in a new project. */
    private IFile saveTinyExperiment() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("run-test-" + System.nanoTime());
        project.create(null);
        project.open(null);
        IFile file = project.getFile("tiny.repalign");
        ExperimentFiles.save(tinyExperiment(), file.getLocation().toFile().toPath());
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        return file;
    }

    private ExperimentJob startedJob() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (editor.lastJob() == null && System.currentTimeMillis() < deadline) {
            DisplayWaits.settle(50);
        }
        assertNotNull(editor.lastJob(), "no run started; header: " + editor.getHeaderMessage());
        return editor.lastJob();
    }

    private static boolean selects(IWorkbenchPage page, Path runFolder) {
        return page.findView(RunsView.ID) instanceof RunsView runs
                && new RunsView.RunFolder(runFolder).equals(runs.getViewer().getStructuredSelection().getFirstElement());
    }

    /** Five synthetic models, 300 items, one metric, one subsample, the bias analysis only. */
    private static Experiment tinyExperiment() {
        Experiment experiment = DemoExperiment.create();
        experiment.setName("tiny");
        experiment.getSynthetic().setItems(300);
        experiment.getAnalyses().removeIf(a -> !(a instanceof org.repalign.model.BiasAnalysis));
        experiment.getMetrics().clear();
        MetricSetting cka = ExperimentFactory.eINSTANCE.createMetricSetting();
        cka.setId("cka");
        experiment.getMetrics().add(cka);
        Protocol protocol = experiment.getProtocol();
        protocol.setSubsamples(1);
        protocol.setSubsampleSize(200);
        protocol.setPermutations(0);
        return experiment;
    }

    private static void waitFor(Job job) throws InterruptedException {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 180_000;
        while (job.getResult() == null && System.currentTimeMillis() < deadline) {
            while (display.readAndDispatch()) {
                // keep the workbench responsive while the job runs
            }
            Thread.sleep(20);
        }
        assertNotNull(job.getResult(), "the run did not finish within 180 s");
    }
}
