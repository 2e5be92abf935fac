package org.repalign.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.SharedHeaderFormEditor;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.repalign.analysis.experiment.InstalledValidation;
import org.repalign.analysis.experiment.ReaderSourceShapes;
import org.repalign.analysis.run.ExperimentJob;
import org.repalign.editor.internal.AnalysesPage;
import org.repalign.editor.internal.CommandLabels;
import org.repalign.editor.internal.CommandStackAction;
import org.repalign.editor.internal.DiskState;
import org.repalign.editor.internal.ExperimentContents;
import org.repalign.editor.internal.ExperimentFormPage;
import org.repalign.editor.internal.ExperimentMarkers;
import org.repalign.editor.internal.FieldRegistry;
import org.repalign.editor.internal.FormFields;
import org.repalign.editor.internal.MetricsPage;
import org.repalign.editor.internal.OverviewPage;
import org.repalign.editor.internal.ProblemHeader;
import org.repalign.editor.internal.RunExperimentHandler;
import org.repalign.editor.internal.SaveAsTarget;
import org.repalign.editor.internal.SourcesPage;
import org.repalign.editor.internal.SyntheticPage;
import org.repalign.model.Analysis;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentFiles;
import org.repalign.model.ExperimentPackage;
import org.repalign.model.ExperimentPaths;
import org.repalign.model.Source;
import org.repalign.model.SyntheticData;
import org.repalign.model.SyntheticModel;
import org.repalign.model.provider.ExperimentItemProviderAdapterFactory;
import org.repalign.ui.RunMonitor;
import org.repalign.ui.preferences.RepAlignPreferences;

/**
 * The form editor of {@code .repalign} experiment files. Every edit is a command on an
 * {@link AdapterFactoryEditingDomain} with a {@link BasicCommandStack} (global Undo and Redo, dirty
 * state); saving writes the file atomically through {@link ExperimentFiles}. The validator runs
 * after every change (decorations on the fields, every problem listed from the header, Run
 * disabled while there are errors) and on opening and saving (problem markers on a workspace
 * file); opening a marker or a problem of the header's list shows its field. The Run button in
 * the header, like Ctrl+R in the editor and Run Experiment in the menus, is the command
 * {@value RunExperimentHandler#COMMAND_ID}: its handler runs the experiment as an
 * {@link ExperimentJob} with results in {@code NAME.results/} beside {@code NAME.repalign} (or the
 * folder chosen in the {@link RepAlignPreferences}); the {@link RunMonitor} shows its SAE curves
 * live and selects the new run in the Runs view. The editor only says whether it can run
 * ({@link #PROP_RUNNABLE} after each validation) and shows the run's messages in its header.
 */
public class ExperimentEditor extends SharedHeaderFormEditor implements IGotoMarker {

    /** The editor id. */
    public static final String ID = "org.repalign.editor.experimentEditor";
    /** Page id: name, description, seed, side files. */
    public static final String OVERVIEW_PAGE = "overview";
    /** Page id: the sources. */
    public static final String SOURCES_PAGE = "sources";
    /** Page id: the synthetic generator's settings and models. */
    public static final String SYNTHETIC_PAGE = "synthetic";
    /** Page id: the analyses. */
    public static final String ANALYSES_PAGE = "analyses";
    /** Page id: metrics, protocol, SAE settings. */
    public static final String METRICS_PAGE = "metrics";
    /**
     * Property fired after each validation and after Save As: whether and what the editor can run
     * may have changed (the Run Experiment handler listens).
     */
    public static final int PROP_RUNNABLE = 0x4001;
    /** The context active while an experiment editor is: the key bindings of its commands (Ctrl+R). */
    public static final String CONTEXT_ID = "org.repalign.editor.context";

    private final FieldRegistry registry = new FieldRegistry();
    private ComposedAdapterFactory adapterFactory;
    private AdapterFactoryEditingDomain domain;
    private DataBindingContext bindingContext;
    private FormFields fields;
    private Experiment experiment;
    private Path file;
    private CommandStackAction undoAction;
    private CommandStackAction redoAction;
    private CommandContributionItem runItem;
    private List<Diagnostic> problems = List.of();
    private ProblemHeader problemHeader;
    private final java.util.concurrent.atomic.AtomicInteger markerGeneration = new java.util.concurrent.atomic.AtomicInteger();
    private ReaderSourceShapes shapes = new ReaderSourceShapes();
    private ExperimentJob lastJob;
    private DiskState diskState;
    private Predicate<Path> externalChangeQuestion = this::askReload;
    private final IPartListener2 activation = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == ExperimentEditor.this) {
                checkFileOnDisk();
                if (runItem != null) {
                    // the Run button asks the command again now that this editor is the one it runs
                    runItem.update();
                }
            }
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        super.init(site, input);
        file = pathOf(input);
        if (file == null) {
            throw new PartInitException("The experiment editor opens files only: " + input.getName());
        }
        try {
            experiment = ExperimentFiles.load(file);
        } catch (IOException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        diskState = DiskState.of(file);
        setPartName(file.getFileName().toString());
        adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        adapterFactory.addAdapterFactory(new ExperimentItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        BasicCommandStack stack = new BasicCommandStack();
        domain = new AdapterFactoryEditingDomain(adapterFactory, stack, experiment.eResource().getResourceSet());
        bindingContext = new DataBindingContext();
        fields = new FormFields(domain, bindingContext, registry, () -> file.toAbsolutePath().getParent());
        CommandLabels labels = new CommandLabels(adapterFactory);
        undoAction = new CommandStackAction(stack, true, labels);
        redoAction = new CommandStackAction(stack, false, labels);
        site.getPage().addPartListener(activation);
        stack.addCommandStackListener(event -> {
            undoAction.update();
            redoAction.update();
            firePropertyChange(PROP_DIRTY);
            validate();
        });
    }

    private static Path pathOf(IEditorInput input) {
        IFile resource = input.getAdapter(IFile.class);
        if (resource != null && resource.getLocation() != null) {
            return resource.getLocation().toFile().toPath();
        }
        if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
            return Path.of(uriInput.getURI());
        }
        return null;
    }

    @Override
    protected void createHeaderContents(IManagedForm headerForm) {
        ScrolledForm form = headerForm.getForm();
        form.setText(experiment.getName() == null || experiment.getName().isBlank() ? "Experiment"
                : "Experiment " + experiment.getName());
        headerForm.getToolkit().decorateFormHeading(form.getForm());
        CommandContributionItemParameter run = new CommandContributionItemParameter(getSite(),
                "org.repalign.editor.run", RunExperimentHandler.COMMAND_ID, CommandContributionItem.STYLE_PUSH);
        run.label = "Run";
        run.icon = ResourceLocator.imageDescriptorFromBundle(getClass(), "icons/run.png").orElse(null);
        run.mode = CommandContributionItem.MODE_FORCE_TEXT;
        runItem = new CommandContributionItem(run);
        problemHeader = new ProblemHeader(form, this::reveal);
        form.getToolBarManager().add(runItem);
        form.getToolBarManager().update(true);
        IContextService contexts = getSite().getService(IContextService.class);
        if (contexts != null) {
            contexts.activateContext(CONTEXT_ID);
        }
        validate();
        updateMarkersOfOpenedFile();
    }

    /**
     * The problems of the file as opened become markers at once (not only after the first save),
     * in a workspace job so that opening never waits for the workspace.
     */
    private void updateMarkersOfOpenedFile() {
        IFile resource = getEditorInput().getAdapter(IFile.class);
        if (resource == null || !resource.exists()) {
            return;
        }
        List<Diagnostic> opened = problems;
        int generation = markerGeneration.get();
        org.eclipse.core.resources.WorkspaceJob job = new org.eclipse.core.resources.WorkspaceJob(
                "Problem markers of " + resource.getName()) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                // a save in the meantime has written newer markers
                if (resource.exists() && markerGeneration.get() == generation) {
                    ExperimentMarkers.update(resource, opened);
                }
                return org.eclipse.core.runtime.Status.OK_STATUS;
            }
        };
        job.setRule(resource);
        job.setSystem(true);
        job.schedule();
    }

    @Override
    protected void addPages() {
        try {
            for (ExperimentFormPage page : List.of(new OverviewPage(this), new SourcesPage(this),
                    new SyntheticPage(this), new AnalysesPage(this), new MetricsPage(this))) {
                int index = addPage(page);
                // tab texts take & as a mnemonic: "Metrics & protocol" needs it doubled
                setPageText(index, page.getTitle().replace("&", "&&"));
            }
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the edited experiment */
    public Experiment getExperiment() {
        return experiment;
    }

    /** @return the experiment file */
    public Path getFile() {
        return file;
    }

    /** @return the editing domain; every change of the experiment goes through its command stack */
    public AdapterFactoryEditingDomain getEditingDomain() {
        return domain;
    }

    /** @return the global Undo action of this editor */
    public Action undoAction() {
        return undoAction;
    }

    /** @return the global Redo action of this editor */
    public Action redoAction() {
        return redoAction;
    }

    /**
     * @return the Run button of the form header (the Run Experiment command), or {@code null}
     *         before the header exists
     * @noreference for tests
     */
    public ToolItem runButton() {
        ToolBarManager toolBar = (ToolBarManager) (getHeaderForm() == null ? null
                : getHeaderForm().getForm().getForm().getToolBarManager());
        if (toolBar == null || toolBar.getControl() == null) {
            return null;
        }
        for (ToolItem item : toolBar.getControl().getItems()) {
            if (item.getData() == runItem) {
                return item;
            }
        }
        return null;
    }

    /** @return the job of the last run started from this editor, or {@code null} */
    public ExperimentJob lastJob() {
        return lastJob;
    }

    /**
     * Records a run started from this editor (by the Run Experiment handler).
     *
     * @param job the scheduled job
     * @noreference for the Run Experiment handler
     */
    public void runStarted(ExperimentJob job) {
        lastJob = job;
    }

    /**
     * @return the shapes of the representation files, read once and kept until the next save,
     *         for validating and converting the experiment
     * @noreference for the Run Experiment handler
     */
    public ReaderSourceShapes sourceShapes() {
        return shapes;
    }

    /** @return the problems the validator found in the current state */
    public List<Diagnostic> problems() {
        return problems;
    }

    /**
     * @return the field factory of the pages
     * @noreference for the editor's pages
     */
    public FormFields fields() {
        return fields;
    }

    /**
     * @return the fields of the pages
     * @noreference for the editor's pages and tests
     */
    public FieldRegistry registry() {
        return registry;
    }

    /**
     * Shows a message in the form header (run errors, bad input).
     *
     * @param message the message, or {@code null} to clear it
     */
    public void showRunMessage(String message) {
        showRunMessage(message, IMessageProvider.ERROR);
    }

    /**
     * Shows a message about running in the form header.
     *
     * @param message the message, or {@code null} to clear it
     * @param type    its {@link IMessageProvider} type
     */
    public void showRunMessage(String message, int type) {
        ScrolledForm form = getHeaderForm() == null ? null : getHeaderForm().getForm();
        if (form != null && !form.isDisposed()) {
            form.setMessage(message, message == null ? IMessageProvider.NONE : type);
        }
    }

    /** @return the message shown in the form header, or {@code null} */
    public String getHeaderMessage() {
        ScrolledForm form = getHeaderForm() == null ? null : getHeaderForm().getForm();
        return form == null || form.isDisposed() ? null : form.getMessage();
    }

    /**
     * Validates the experiment and shows the problems on the fields and in the header. File
     * shapes are read once and kept until the next save, so an edit does not reopen every
     * representation file.
     */
    public void validate() {
        problems = InstalledValidation.validate(experiment, file, shapes);
        registry.setProblems(problems);
        if (problemHeader != null) {
            problemHeader.show(problems);
        }
        firePropertyChange(PROP_RUNNABLE);
    }

    /**
     * @return the problems in the form header (the summary and the list it opens)
     * @noreference for tests
     */
    public ProblemHeader problemHeader() {
        return problemHeader;
    }

    @Override
    public boolean isDirty() {
        return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            ExperimentFiles.save(experiment, file);
        } catch (IOException e) {
            showRunMessage(e.getMessage());
            if (monitor != null) {
                monitor.setCanceled(true);
            }
            return;
        }
        saved();
    }

    private void saved() {
        diskState = DiskState.of(file);
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        firePropertyChange(PROP_DIRTY);
        shapes = new ReaderSourceShapes();
        validate();
        IFile resource = getEditorInput().getAdapter(IFile.class);
        markerGeneration.incrementAndGet();
        if (resource != null) {
            try {
                resource.refreshLocal(IResource.DEPTH_ZERO, null);
                ExperimentMarkers.update(resource, problems);
            } catch (CoreException e) {
                showRunMessage(file.getFileName() + ": cannot update the problem markers (" + e.getMessage() + ")");
            }
        }
    }

    @Override
    public void doSaveAs() {
        Path target = SaveAsTarget.ask(getSite().getShell(), getEditorInput(), file);
        if (target != null) {
            saveAs(target);
        }
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    /**
     * Saves the experiment as another file and edits that file from now on. Relative paths are
     * rewritten so that they keep pointing at the same files from the new folder
     * ({@link ExperimentPaths#rebase}); the rewrite is one command, undoable like any edit. Runs
     * of the new file go to its own results folder.
     *
     * @param target the new file
     * @return whether it was written; when not, the header says why and nothing changed
     */
    public boolean saveAs(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        List<ExperimentPaths.Change> changes = ExperimentPaths.rebase(experiment, file.toAbsolutePath().getParent(),
                absolute.getParent());
        CompoundCommand rewrite = new CompoundCommand("Rewrite paths for " + absolute.getFileName());
        changes.forEach(c -> rewrite.append(SetCommand.create(domain, c.owner(), c.feature(), c.value())));
        if (!changes.isEmpty()) {
            domain.getCommandStack().execute(rewrite);
        }
        try {
            ExperimentFiles.save(experiment, absolute);
        } catch (IOException e) {
            if (!changes.isEmpty()) {
                domain.getCommandStack().undo();
            }
            showRunMessage(e.getMessage());
            return false;
        }
        file = absolute;
        experiment.eResource().setURI(URI.createFileURI(absolute.toString()));
        setInputWithNotify(SaveAsTarget.inputFor(absolute));
        setPartName(absolute.getFileName().toString());
        saved();
        return true;
    }

    /**
     * Compares the file on disk with the version last loaded or saved here, as the editor does
     * each time it is activated. An unchanged file does nothing; a changed one is reloaded when
     * the editor has no unsaved changes, else only after the user agrees (asked once per
     * change); a deleted one is reported in the header (Save writes it again).
     *
     * @return what was found and done
     */
    public DiskCheck checkFileOnDisk() {
        if (!Files.exists(file)) {
            showRunMessage(file.getFileName() + " was deleted or moved on disk; Save writes it again");
            return DiskCheck.DELETED;
        }
        DiskState now = DiskState.of(file);
        if (now.equals(diskState)) {
            return DiskCheck.UNCHANGED;
        }
        diskState = now;
        if (isDirty() && !externalChangeQuestion.test(file)) {
            return DiskCheck.KEPT;
        }
        Experiment loaded;
        try {
            loaded = ExperimentFiles.load(file);
        } catch (IOException e) {
            showRunMessage("Cannot reload the changed file: " + e.getMessage());
            return DiskCheck.KEPT;
        }
        ExperimentContents.replace(experiment, loaded);
        BasicCommandStack stack = (BasicCommandStack) domain.getCommandStack();
        stack.flush();
        stack.saveIsDone();
        firePropertyChange(PROP_DIRTY);
        shapes = new ReaderSourceShapes();
        validate();
        return DiskCheck.RELOADED;
    }

    /** What {@link #checkFileOnDisk()} found. */
    public enum DiskCheck {
        /** The file is as last loaded or saved. */
        UNCHANGED,
        /** The file changed and the editor now shows it. */
        RELOADED,
        /** The file changed (or cannot be read) and the editor kept its own contents. */
        KEPT,
        /** The file is gone. */
        DELETED
    }

    /**
     * Replaces the question asked before a changed file overwrites unsaved edits.
     *
     * @param question answers whether to reload the given file; the default asks in a dialog
     * @noreference for tests
     */
    public void setExternalChangeQuestion(Predicate<Path> question) {
        externalChangeQuestion = question;
    }

    private boolean askReload(Path changed) {
        return MessageDialog.openQuestion(getSite().getShell(), "File Changed",
                changed.getFileName() + " has been changed on disk. Replace the unsaved edits with the file's contents?");
    }

    @Override
    public void gotoMarker(IMarker marker) {
        String fragment = marker.getAttribute(ExperimentMarkers.OBJECT, null);
        EObject object = fragment == null ? experiment : experiment.eResource().getEObject(fragment);
        if (object == null) {
            object = experiment;
        }
        String featureName = marker.getAttribute(ExperimentMarkers.FEATURE, null);
        EStructuralFeature feature = featureName == null ? null : object.eClass().getEStructuralFeature(featureName);
        reveal(object, feature);
    }

    /**
     * Shows the page and field of an object's feature and gives the field the focus.
     *
     * @param object  an object of the experiment
     * @param feature its feature, or {@code null}
     * @return the field's control, or {@code null} when no page shows it
     */
    public Control reveal(EObject object, EStructuralFeature feature) {
        setActivePage(pageOf(object, feature));
        Control control = registry.reveal(object, feature);
        if (control != null) {
            control.setFocus();
        }
        return control;
    }

    private static String pageOf(EObject object, EStructuralFeature feature) {
        EClass type = object.eClass();
        if (feature == ExperimentPackage.Literals.EXPERIMENT__SOURCES) {
            return SOURCES_PAGE;
        }
        if (feature == ExperimentPackage.Literals.EXPERIMENT__SYNTHETIC || object instanceof SyntheticData
                || object instanceof SyntheticModel) {
            return SYNTHETIC_PAGE;
        }
        if (feature == ExperimentPackage.Literals.EXPERIMENT__ANALYSES) {
            return ANALYSES_PAGE;
        }
        if (feature == ExperimentPackage.Literals.EXPERIMENT__METRICS || feature == ExperimentPackage.Literals.EXPERIMENT__PROTOCOL
                || feature == ExperimentPackage.Literals.EXPERIMENT__SAE) {
            return METRICS_PAGE;
        }
        if (object instanceof Source) {
            return SOURCES_PAGE;
        }
        if (object instanceof Analysis) {
            return ANALYSES_PAGE;
        }
        if (type == ExperimentPackage.Literals.METRIC_SETTING || type == ExperimentPackage.Literals.METRIC_PARAMETER
                || type == ExperimentPackage.Literals.PROTOCOL || type == ExperimentPackage.Literals.SAE_SETTINGS) {
            return METRICS_PAGE;
        }
        return OVERVIEW_PAGE;
    }

    @Override
    public void dispose() {
        if (problemHeader != null) {
            problemHeader.closeList();
        }
        getSite().getPage().removePartListener(activation);
        if (bindingContext != null) {
            bindingContext.dispose();
        }
        if (adapterFactory != null) {
            adapterFactory.dispose();
        }
        super.dispose();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IGotoMarker.class) {
            return adapter.cast(this);
        }
        return super.getAdapter(adapter);
    }
}
