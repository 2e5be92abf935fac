package org.repalign.scenario.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.junit.jupiter.api.Test;
import org.repalign.editor.ExperimentEditor;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentPackage.Literals;
import org.repalign.model.FeatureMatchingAnalysis;
import org.repalign.model.NoiseAnalysis;
import org.repalign.rcp.RepAlignPerspective;
import org.repalign.rcp.internal.WelcomeView;
import org.repalign.testing.ui.WorkspaceLog;
import org.repalign.ui.views.AlignmentMatrixView;
import org.repalign.ui.views.RunsView;

/**
 * A new user's first session, driven with real mouse clicks and key presses: the first start
 * shows the Welcome view; its "Open the demo project" opens the example wizard; Finish opens
 * the demo experiment in an editor that is visible with its pages and its Run button; Alt+Page
 * Down leads to the Metrics & protocol page; an invalid value typed into a field is shown
 * (header, field, problem marker after Ctrl+S) and Ctrl+Z restores the value; Run shows its
 * progress and the results appear in the Runs and Alignment Matrix views; the window still shows the editor at 1024 × 700. Each step is pictured
 * in {@code target/scenario/first-start/}, and the workspace log has no error entry at the end.
 */
class FirstStartScenarioUITest {

    /** How long the demo run may take, made small (fewer items, SAE steps and subsamples). */
    private static final int RUN_SECONDS = 300;

    private final Display display = Display.getCurrent();
    private final UserInput user = new UserInput(display);

    @Test
    void aNewUserOpensTheDemoEditsItAndRunsIt() throws Throwable {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        StepPictures pictures = new StepPictures("first-start");
        Thread person = new Thread(() -> {
            try {
                walk(pictures);
            } catch (Throwable e) {
                failure.set(e);
                user.run(() -> pictures.take(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "failed"));
            }
        }, "person at the keyboard");
        person.start();
        // the UI thread keeps dispatching, as the workbench does, while the person acts
        while (person.isAlive()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        assertEquals(List.of(), WorkspaceLog.errors(), "the workspace log has no error entries");
    }

    private void walk(StepPictures pictures) throws Exception {
        Shell shell = user.ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        user.run(() -> {
            shell.setMaximized(false);
            shell.setBounds(0, 0, 1280, 900);
            shell.forceActive();
        });
        UserInput.pause(500);

        // first start: the Experiment perspective with the Welcome view in front
        user.waitUntil("the Welcome view is shown", 30, () -> {
            IWorkbenchPage page = page();
            return page.findView(WelcomeView.ID) != null && page.isPartVisible(page.findView(WelcomeView.ID));
        });
        assertEquals(RepAlignPerspective.ID, user.ui(() -> page().getPerspective().getId()));
        user.ui(() -> pictures.take(shell, "first-start"));
        assertTabsAreLabelledAndDrawn(shell);

        // Welcome > New experiment from your files…: the wizard starts on the user's own files,
        // in a folder that Finish makes (the workspace is empty); Cancel
        user.click(user.ui(() -> ((WelcomeView) page().findView(WelcomeView.ID)).newExperimentButton()));
        AtomicReference<Shell> fromFiles = new AtomicReference<>();
        user.waitUntil("the New Experiment wizard opens", 30, () -> {
            fromFiles.set(Arrays.stream(display.getShells())
                    .filter(s -> s.isVisible() && "New Experiment".equals(s.getText())).findFirst().orElse(null));
            return fromFiles.get() != null;
        });
        assertTrue(user.ui(() -> button(fromFiles.get(), "Start from representation files of my own (two or more; "
                + "a folder holds one per layer):").getSelection()), "own files are chosen");
        assertFalse(user.ui(() -> button(fromFiles.get(), "Start from the synthetic example (no files needed)")
                .getSelection()));
        user.click(user.ui(() -> button(fromFiles.get(), "Cancel")));
        user.waitUntil("the wizard closes", 10, () -> fromFiles.get().isDisposed());
        user.run(shell::forceActive);
        UserInput.pause(300);

        // Welcome > Open the demo project > Finish
        Button openDemo = user.ui(() -> ((WelcomeView) page().findView(WelcomeView.ID)).openDemoButton());
        user.click(openDemo);
        AtomicReference<Shell> wizard = new AtomicReference<>();
        user.waitUntil("the example wizard opens", 30, () -> {
            wizard.set(Arrays.stream(display.getShells())
                    .filter(s -> s.isVisible() && "RepAlign Example".equals(s.getText())).findFirst().orElse(null));
            return wizard.get() != null;
        });
        user.ui(() -> pictures.take(wizard.get(), "demo-wizard"));
        user.click(user.ui(() -> button(wizard.get(), "Finish")));
        user.waitUntil("the demo experiment is open in the active editor", 60,
                () -> page().getActiveEditor() instanceof ExperimentEditor);
        ExperimentEditor editor = user.ui(() -> (ExperimentEditor) page().getActiveEditor());
        // a window manager gives the focus back to the window when the dialog closes; the test
        // display has none
        user.run(shell::forceActive);
        UserInput.pause(300);

        // the editor is visible on screen, with its pages and its Run button
        assertEditorIsVisible(shell, editor, 500, 200);
        List<String> pages = user.ui(() -> Arrays.stream(pageTabs(editor).getItems()).map(CTabItem::getText).toList());
        assertEquals(List.of("Overview", "Sources", "Synthetic data", "Analyses", "Metrics && protocol"), pages,
                "page tabs (&& shows one &)");
        ToolItem run = user.ui(() -> runButton(editor));
        assertTrue(user.ui(() -> run.getBounds().width > 0 && run.getParent().isVisible()), "Run is shown");
        user.ui(() -> pictures.take(shell, "demo-editor"));

        // an invalid value, typed: shown on the field, in the header and, once saved, as a marker
        // to the Metrics & protocol page with the keyboard: Alt+Page Down from the Overview page
        user.click(user.ui(() -> fieldAfter((Composite) editor.getActivePageInstance().getPartControl(), "Name:")));
        for (int page = 1; page <= 4; page++) {
            user.chord(SWT.ALT, SWT.PAGE_DOWN, '\0');
            int expected = page;
            user.waitUntil("Alt+Page Down shows page " + expected, 10, () -> editorPageIndex(editor) == expected);
        }
        assertEquals(ExperimentEditor.METRICS_PAGE, user.ui(() -> editor.getActivePageInstance().getId()));
        // a smaller run than the demo's, so that the scenario stays fast (one undoable edit)
        user.run(() -> makeSmall(editor));
        user.control('s');
        user.waitUntil("the small demo is saved", 10, () -> !editor.isDirty());
        Text steps = user.ui(() -> fieldAfter((Composite) editor.getActivePageInstance().getPartControl(), "Steps:"));
        String before = user.ui(steps::getText);
        // the person scrolls the page to the field (wheel events are not posted reliably on GTK 3)
        user.run(() -> FormToolkit.ensureVisible(steps));
        UserInput.pause(200);
        user.click(steps);
        user.press(SWT.END, 1);
        user.press(SWT.BS, before.length() + 1);
        user.type("0");
        user.press(SWT.TAB, 1);
        user.waitUntil("the header shows the problem", 10,
                () -> editor.getHeaderMessage() != null && editor.getHeaderMessage().contains("at least 1"));
        assertNotNull(user.ui(() -> editor.registry().problemText(steps)), "the Steps field shows its problem");
        assertEquals("&Undo Set Steps", user.ui(() -> editor.undoAction().getText()), "Edit > Undo names the edit");
        user.control('s');
        IFile file = user.ui(() -> editor.getEditorInput().getAdapter(IFile.class));
        user.waitUntil("the problem is a marker of the saved file", 10, () -> markers(file) > 0);
        user.ui(() -> pictures.take(shell, "invalid-steps"));

        // Ctrl+Z restores the value and the problem goes
        user.control('z');
        user.waitUntil("Undo restores the steps", 10, () -> steps.getText().equals(before));
        user.waitUntil("the header is clear again", 10, () -> editor.getHeaderMessage() == null
                || !editor.getHeaderMessage().contains("at least 1"));
        user.control('s');
        user.waitUntil("the marker goes with the saved fix", 10, () -> markers(file) == 0);
        user.ui(() -> pictures.take(shell, "undone"));

        // Run: its progress, then the results
        user.click(run);
        user.waitUntil("the run starts", 30, () -> editor.lastJob() != null);
        Job job = user.ui(editor::lastJob);
        assertTrue(user.ui(() -> !job.isSystem() && tab(shell, "Progress") != null),
                "the run reports its progress in the Progress view and the status line");
        user.waitUntil("the run is running", 30, () -> job.getState() == Job.RUNNING || job.getResult() != null);
        user.ui(() -> pictures.take(shell, "running"));
        long deadline = System.currentTimeMillis() + RUN_SECONDS * 1000L;
        while (job.getResult() == null) {
            assertTrue(System.currentTimeMillis() < deadline, "the run ends within " + RUN_SECONDS + " s");
            UserInput.pause(200);
        }
        assertEquals(IStatus.OK, job.getResult().getSeverity(), "the run succeeds: " + job.getResult());
        user.waitUntil("the Runs view lists the run", 30, () -> {
            RunsView runs = (RunsView) page().findView(RunsView.ID);
            return runs != null && runs.getViewer().getTree().getItemCount() > 0;
        });
        // the Welcome view gives its place to the Alignment Matrix once the run is selected
        user.waitUntil("the Alignment Matrix shows the run", 60, () -> {
            AlignmentMatrixView matrix = (AlignmentMatrixView) page().findView(AlignmentMatrixView.ID);
            return matrix != null && page().isPartVisible(matrix) && matrix.getRun() != null
                    && matrix.getHeatmap().getHeatmapData() != null;
        });
        UserInput.pause(300);
        user.ui(() -> pictures.take(shell, "results"));
        assertTabsAreLabelledAndDrawn(shell);

        // a small screen: the editor is still there
        user.run(() -> shell.setBounds(0, 0, 1024, 700));
        UserInput.pause(500);
        assertEditorIsVisible(shell, editor, 350, 120);
        user.ui(() -> pictures.take(shell, "small-window"));
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Shrinks the demo run: fewer items, SAE steps, subsamples and permutations, as one command. */
    private static void makeSmall(ExperimentEditor editor) {
        Experiment experiment = editor.getExperiment();
        EditingDomain domain = editor.getEditingDomain();
        CompoundCommand small = new CompoundCommand("Make the demo small");
        set(small, domain, experiment.getSynthetic(), Literals.SYNTHETIC_DATA__ITEMS, 1500);
        set(small, domain, experiment.getSae(), Literals.SAE_SETTINGS__STEPS, 600);
        set(small, domain, experiment.getProtocol(), Literals.PROTOCOL__SUBSAMPLES, 3);
        set(small, domain, experiment.getProtocol(), Literals.PROTOCOL__SUBSAMPLE_SIZE, 600);
        experiment.getAnalyses().stream().filter(FeatureMatchingAnalysis.class::isInstance).forEach(
                a -> set(small, domain, a, Literals.FEATURE_MATCHING_ANALYSIS__PERMUTATIONS, 60));
        // the noise analysis' ten windows of 500 items need more items than the small demo has
        experiment.getAnalyses().stream().filter(NoiseAnalysis.class::isInstance).forEach(
                a -> set(small, domain, a, Literals.NOISE_ANALYSIS__WINDOWS, 5));
        domain.getCommandStack().execute(small);
    }

    private static void set(CompoundCommand compound, EditingDomain domain, EObject owner, EStructuralFeature feature,
            Object value) {
        compound.append(SetCommand.create(domain, owner, feature, value));
    }

    /** Every tab of every view and editor stack has a label and an icon. */
    private void assertTabsAreLabelledAndDrawn(Shell shell) {
        List<String> problems = user.ui(() -> {
            List<String> found = new ArrayList<>();
            for (CTabFolder folder : descendants(shell, CTabFolder.class)) {
                for (CTabItem item : folder.getItems()) {
                    if (item.getText() == null || item.getText().isBlank()) {
                        found.add("a tab without a label in " + folder);
                    } else if (isPartStack(folder) && (item.getImage() == null || item.getImage().isDisposed()
                            || item.getImage().getBounds().width == 0)) {
                        found.add(item.getText() + " has no icon");
                    }
                }
            }
            return found;
        });
        assertEquals(List.of(), problems, "tabs show labels and icons");
    }

    /** Tabs of views and editors (the workbench's part stacks) have icons; an editor's page tabs have none. */
    private static boolean isPartStack(CTabFolder folder) {
        return folder.getItemCount() > 0 && folder.getItem(0).getData("modelElement") != null;
    }

    private void assertEditorIsVisible(Shell shell, ExperimentEditor editor, int minWidth, int minHeight) {
        Rectangle onScreen = user.ui(() -> {
            Control control = editor.getActivePageInstance().getPartControl();
            assertTrue(control.isVisible(), "the editor's page is visible");
            Point size = control.getSize();
            Point origin = control.toDisplay(0, 0);
            return new Rectangle(origin.x, origin.y, size.x, size.y).intersection(shell.getBounds());
        });
        assertTrue(onScreen.width >= minWidth && onScreen.height >= minHeight,
                "the editor shows at least " + minWidth + " × " + minHeight + " pixels of the window: " + onScreen);
    }

    private static int editorPageIndex(ExperimentEditor editor) {
        return pageTabs(editor).getSelectionIndex();
    }

    private static CTabFolder pageTabs(ExperimentEditor editor) {
        Control control = editor.getActivePageInstance().getPartControl();
        while (!(control instanceof CTabFolder) && control != null) {
            control = control.getParent();
        }
        return (CTabFolder) control;
    }

    private static ToolItem runButton(ExperimentEditor editor) {
        ToolBarManager header = (ToolBarManager) editor.getHeaderForm().getForm().getForm().getToolBarManager();
        for (ToolItem item : header.getControl().getItems()) {
            if ("Run".equals(item.getText()) || "Run".equals(item.getToolTipText())
                    || item.getToolTipText() != null && item.getToolTipText().startsWith("Run the experiment")) {
                return item;
            }
        }
        throw new AssertionError("the editor header has no Run button");
    }

    private static CTabItem tab(Shell shell, String text) {
        for (CTabFolder folder : descendants(shell, CTabFolder.class)) {
            for (CTabItem item : folder.getItems()) {
                if (text.equals(item.getText())) {
                    return item;
                }
            }
        }
        throw new AssertionError("no tab " + text);
    }

    private static Button button(Shell shell, String text) {
        for (Button button : descendants(shell, Button.class)) {
            if (button.getText().replace("&", "").equals(text) && button.isVisible()) {
                return button;
            }
        }
        throw new AssertionError("no button " + text + " in " + shell.getText());
    }

    private static Text fieldAfter(Composite parent, String label) {
        for (Label candidate : descendants(parent, Label.class)) {
            if (label.equals(candidate.getText())) {
                Control[] siblings = candidate.getParent().getChildren();
                int index = Arrays.asList(siblings).indexOf(candidate);
                if (index + 1 < siblings.length && siblings[index + 1] instanceof Text text) {
                    return text;
                }
            }
        }
        throw new AssertionError("no field labelled " + label);
    }

    private static int markers(IFile file) {
        try {
            return file.findMarkers("org.repalign.editor.problem", true, IResource.DEPTH_ZERO).length;
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T extends Control> List<T> descendants(Composite parent, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            if (child instanceof Composite composite) {
                found.addAll(descendants(composite, type));
            }
        }
        return found;
    }
}
