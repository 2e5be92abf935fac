package org.repalign.editor.internal;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.menus.UIElement;
import org.eclipse.ui.part.FileEditorInput;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.experiment.ExperimentPlans;
import org.repalign.analysis.run.ExperimentJob;
import org.repalign.analysis.store.ResultStore;
import org.repalign.editor.ExperimentEditor;
import org.repalign.ui.WorkbenchRuns;
import org.repalign.ui.preferences.RepAlignPreferences;

/**
 * The handler of the command {@value #COMMAND_ID} (Run Experiment, Ctrl+R in the experiment
 * editor): runs the experiment of the active experiment editor, or the {@code .repalign} file
 * selected in a view such as the Project Explorer. The editor's experiment is converted with
 * {@link ExperimentPlans} as it is in the editor (a conversion error goes to the editor's header),
 * unsaved edits are saved first (the run keeps a copy of the file and is identified by it) and the
 * run is started by {@link WorkbenchRuns} into the results folder of the
 * {@link RepAlignPreferences} ({@code NAME.results/} beside {@code NAME.repalign} by default), so
 * the Progress view, the live SAE curves and the Runs view follow it as for every workbench run.
 * A selected file is run through its open editor when there is one, else as it is on disk.
 *
 * <p>Enabled while the active experiment editor has no errors (the editor's header lists them) or
 * while one {@code .repalign} file is selected; the tooltip says where the results go or why Run
 * is disabled. The handler follows the active editor's {@link ExperimentEditor#PROP_RUNNABLE}
 * changes, so the header's Run button and the menus change with each validation.
 */
public final class RunExperimentHandler extends AbstractHandler implements IElementUpdater {

    /** The id of the Run Experiment command. */
    public static final String COMMAND_ID = "org.repalign.editor.runExperiment";

    private final IPropertyListener runnableChanged = (source, property) -> {
        if (property == ExperimentEditor.PROP_RUNNABLE) {
            update();
        }
    };
    private ExperimentEditor watched;
    private Target target = Target.NONE;
    /** Whether {@link #setEnabled} is running (on the UI thread). */
    private boolean updating;
    private boolean refreshScheduled;

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        Target current = targetOf(part, HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditor(event));
        if (current.editor() != null) {
            run(current.editor());
        } else if (current.file() != null) {
            Shell shell = HandlerUtil.getActiveShell(event);
            runFile(current.file(), part == null ? null : part.getSite().getPage(), shell);
        }
        return null;
    }

    /**
     * Runs the experiment of an editor as it is in the editor: converts it (errors go to the
     * header), saves unsaved edits and starts the run.
     *
     * @param editor the experiment editor
     * @return the scheduled job, or {@code null} when the experiment cannot run or be saved
     */
    public static ExperimentJob run(ExperimentEditor editor) {
        Path file = editor.getFile();
        ExperimentPlan plan;
        try {
            plan = ExperimentPlans.fromModel(editor.getExperiment(), file, editor.sourceShapes());
        } catch (ExperimentInputException e) {
            editor.showRunMessage(e.getMessage());
            return null;
        }
        if (editor.isDirty()) {
            editor.doSave(null);
            if (editor.isDirty()) {
                return null;
            }
        }
        editor.showRunMessage(null);
        Path out = RepAlignPreferences.resultsFolder(file);
        Display display = editor.getSite().getShell().getDisplay();
        ExperimentJob job = WorkbenchRuns.start(plan, out, status -> {
            if (status.getSeverity() == IStatus.CANCEL) {
                display.asyncExec(() -> editor.showRunMessage("Run cancelled; no results were written.",
                        IMessageProvider.WARNING));
            } else if (status.getSeverity() == IStatus.ERROR) {
                display.asyncExec(() -> editor.showRunMessage("Run failed: " + status.getMessage()));
            }
        });
        editor.runStarted(job);
        return job;
    }

    /**
     * Runs a selected experiment file: through its open experiment editor when there is one (its
     * unsaved edits included), else as it is on disk; a file that cannot run says why in a dialog.
     *
     * @param file  the {@code .repalign} file
     * @param page  the page whose editors are searched, or {@code null}
     * @param shell the parent of the error dialog
     * @return the scheduled job, or {@code null}
     */
    public static ExperimentJob runFile(IFile file, IWorkbenchPage page, Shell shell) {
        IEditorPart open = page == null ? null : page.findEditor(new FileEditorInput(file));
        if (open instanceof ExperimentEditor editor) {
            return run(editor);
        }
        Path path = file.getLocation() == null ? null : file.getLocation().toFile().toPath();
        if (path == null) {
            return null;
        }
        try {
            return WorkbenchRuns.run(path, null);
        } catch (ExperimentInputException e) {
            MessageDialog.openError(shell, "Run Experiment", file.getName() + " cannot run: " + e.getMessage());
            return null;
        }
    }

    /**
     * Takes the target from the evaluation context and enables the command for it. A change of
     * the enabled state notifies the menu and tool items, which ask again with their own
     * contexts from inside this call; those nested calls are ignored, since contexts that
     * disagree (a tool item's and the window's, while a table row of the editor is selected)
     * would otherwise flip the state back and forth without end.
     */
    @Override
    public void setEnabled(Object evaluationContext) {
        if (updating) {
            return;
        }
        updating = true;
        try {
            update(evaluationContext);
        } finally {
            updating = false;
        }
    }

    private void update(Object evaluationContext) {
        if (evaluationContext instanceof IEvaluationContext context) {
            Object part = context.getVariable(ISources.ACTIVE_PART_NAME);
            Object selection = context.getVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME);
            Object editor = context.getVariable(ISources.ACTIVE_EDITOR_NAME);
            Target before = target;
            target = targetOf(part instanceof IWorkbenchPart p ? p : null, selection,
                    editor instanceof IEditorPart e ? e : null);
            watch(target.editor());
            if (!target.equals(before)) {
                refreshTooltipsLater();
            }
        }
        setBaseEnabled(enabledFor(target));
    }

    /** The tooltips follow a new target once the current evaluation is over. */
    private void refreshTooltipsLater() {
        Display display = Display.getCurrent();
        if (display != null && !refreshScheduled) {
            refreshScheduled = true;
            display.asyncExec(() -> {
                refreshScheduled = false;
                refreshTooltips();
            });
        }
    }

    private static void refreshTooltips() {
        ICommandService commands = PlatformUI.isWorkbenchRunning()
                ? PlatformUI.getWorkbench().getService(ICommandService.class)
                : null;
        if (commands != null) {
            commands.refreshElements(COMMAND_ID, null);
        }
    }

    private static boolean enabledFor(Target target) {
        if (target.editor() != null) {
            return ProblemHeader.errors(target.editor().problems()) == 0;
        }
        return target.file() != null;
    }

    /**
     * What Run runs: the active experiment editor; else one selected experiment file in the active
     * view; else the active experiment editor behind that view (its header's Run button stays
     * usable while a view has the focus).
     */
    private static Target targetOf(IWorkbenchPart part, Object selection, IEditorPart activeEditor) {
        if (part instanceof ExperimentEditor editor) {
            return new Target(editor, null);
        }
        if (part != null && !(part instanceof IEditorPart)) {
            IFile file = experimentFile(selection);
            if (file == null && part.getSite().getSelectionProvider() != null) {
                // the view's own selection, should the workbench's not have caught up yet
                file = experimentFile(part.getSite().getSelectionProvider().getSelection());
            }
            if (file != null) {
                return new Target(null, file);
            }
        }
        if (activeEditor instanceof ExperimentEditor editor) {
            return new Target(editor, null);
        }
        return Target.NONE;
    }

    /** @return the one selected {@code .repalign} file, or {@code null} */
    private static IFile experimentFile(Object selection) {
        if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
            IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
            if (file != null && "repalign".equals(file.getFileExtension())) {
                return file;
            }
        }
        return null;
    }

    private void watch(ExperimentEditor editor) {
        if (watched == editor) {
            return;
        }
        if (watched != null) {
            watched.removePropertyListener(runnableChanged);
        }
        watched = editor;
        if (editor != null) {
            editor.addPropertyListener(runnableChanged);
        }
    }

    private void update() {
        setBaseEnabled(enabledFor(target));
        refreshTooltips();
    }

    @Override
    public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
        element.setTooltip(toolTip(target));
    }

    /**
     * @param target what Run would run
     * @return where its results go, or why Run is disabled
     */
    private static String toolTip(Target target) {
        ExperimentEditor editor = target.editor();
        if (editor == null) {
            return target.file() == null ? "Run the experiment of the active editor or the selected .repalign file"
                    : "Run " + target.file().getName();
        }
        int errors = ProblemHeader.errors(editor.problems());
        if (errors == 0) {
            return "Run the experiment; results go to "
                    + ResultStore.defaultResultsFolder(editor.getFile()).getFileName()
                    + "/ or the folder chosen in the RepAlign preferences";
        }
        return "Run is disabled while the experiment has "
                + (errors == 1 ? "an error: " : errors + " errors (listed in the header), the first: ")
                + editor.problems().stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR).findFirst().get()
                        .getMessage();
    }

    @Override
    public void dispose() {
        watch(null);
        super.dispose();
    }

    /** What Run runs: an editor's experiment, a selected file, or nothing. */
    private record Target(ExperimentEditor editor, IFile file) {
        static final Target NONE = new Target(null, null);
    }
}
