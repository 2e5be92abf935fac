package org.repalign.ui.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.store.ResultStore;
import org.repalign.ui.RunMonitor;
import org.repalign.ui.RunMonitor.LiveRun;
import org.repalign.ui.RunStatus;
import org.repalign.ui.WorkbenchRuns;
import org.repalign.ui.internal.ResultsFolderWatcher;
import org.repalign.ui.internal.RunFolders;
import org.repalign.ui.internal.RunResultsView;
import org.repalign.ui.internal.ShowResults;
import org.repalign.ui.internal.WorkspaceExperiments;

/**
 * The results navigator: the experiments of the workspace ({@code *.repalign} files in open
 * projects) with their runs (in {@code NAME.results/} beside each, newest first), then the
 * result folders the user opened, as a tree of folders and runs (folders holding a
 * {@code report.json}), looked for up to three levels below each opened folder. Columns show
 * each run's status (running with its progress, finished, failed, cancelled, incomplete), start
 * time, duration and experiment; the runs started in this workbench are listed from their start
 * ({@link RunMonitor}). The tree follows the workspace and the file system: a new experiment, a
 * finished run or a run written by the command line appears by itself (a resource listener and a
 * {@link ResultsFolderWatcher} that polls the results folders off the display thread). Selecting a
 * run reads its report and publishes the {@link RunResults} as an {@link IStructuredSelection};
 * the result views follow it; a double click on a run opens the alignment matrix, on an
 * experiment its editor. The context menu opens the experiment, runs it again, deletes a run,
 * shows a folder in the file manager and copies paths ({@link RunsMenu}). The opened folders are
 * remembered with the workbench state.
 */
public class RunsView extends ViewPart {

    /** The view id. */
    public static final String ID = RunResultsView.RUNS_VIEW_ID;

    /** Column titles, in order. */
    public static final List<String> COLUMNS = List.of("Run", "Status", "Started", "Duration", "Experiment");

    private static final int DEPTH = 3;
    private static final String MEMENTO_FOLDER = "folder";
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    /** A run folder in the tree. */
    public record RunFolder(Path folder) {
    }

    /**
     * An experiment file of the workspace; its runs are in its default results folder.
     *
     * @param file the {@code .repalign} file
     * @param label its path in the workspace, e.g. {@code project/demo.repalign}
     */
    public record WorkspaceExperiment(Path file, String label) {

        /** @return the folder its runs go to by default ({@link ResultStore#defaultResultsFolder}) */
        public Path resultsFolder() {
            return ResultStore.defaultResultsFolder(file);
        }
    }

    private final List<Path> folders = new ArrayList<>();
    private final WorkspaceExperiments experiments = new WorkspaceExperiments(this::workspaceChanged);
    private final ResultsFolderWatcher watcher = new ResultsFolderWatcher(this::foldersChanged);
    private final RunMonitor.Viewer liveViewer = this::liveRunChanged;
    private final Map<LiveRun, RunStatus> listedStatus = new HashMap<>();
    private List<WorkspaceExperiment> workspace = List.of();
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private TreeViewer viewer;
    private IStructuredSelection selection = StructuredSelection.EMPTY;
    private boolean ticking;

    @Override
    public void init(IViewSite site, IMemento memento) throws PartInitException {
        super.init(site, memento);
        if (memento != null) {
            for (IMemento child : memento.getChildren(MEMENTO_FOLDER)) {
                String path = child.getTextData();
                if (path != null && Files.isDirectory(Path.of(path))) {
                    folders.add(Path.of(path));
                }
            }
        }
    }

    @Override
    public void saveState(IMemento memento) {
        for (Path folder : folders) {
            memento.createChild(MEMENTO_FOLDER).putTextData(folder.toString());
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL | SWT.FULL_SELECTION);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        int[] widths = { 230, 190, 140, 80, 140 };
        for (int i = 0; i < COLUMNS.size(); i++) {
            TreeViewerColumn column = new TreeViewerColumn(viewer, i == 3 ? SWT.RIGHT : SWT.LEFT);
            column.getColumn().setText(COLUMNS.get(i));
            column.getColumn().setWidth(widths[i]);
            column.getColumn().setMoveable(true);
            column.setLabelProvider(new Column(i));
        }
        viewer.setContentProvider(new FolderContent());
        workspace = experiments.scan();
        viewer.setInput(folders);
        experiments.listen();
        viewer.addSelectionChangedListener(e -> selected((IStructuredSelection) e.getSelection()));
        getSite().setSelectionProvider(new Publisher());
        viewer.addDoubleClickListener(e -> {
            try {
                Object first = viewer.getStructuredSelection().getFirstElement();
                if (selection.getFirstElement() instanceof RunResults results) {
                    ShowResults.showPrimary(getSite().getPage(), results, IWorkbenchPage.VIEW_ACTIVATE);
                } else if (first instanceof WorkspaceExperiment experiment) {
                    openExperiment(experiment);
                } else if (first != null) {
                    viewer.setExpandedState(first, !viewer.getExpandedState(first));
                }
            } catch (PartInitException ex) {
                announce(ex.getMessage(), true);
            }
        });
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        Action open = new Action("Open results folder\u2026") {
            @Override
            public void run() {
                DirectoryDialog dialog = new DirectoryDialog(getSite().getShell());
                dialog.setMessage("A results folder (FILE.results/ or --out of a run) or a run folder");
                String chosen = dialog.open();
                if (chosen != null) {
                    addFolder(Path.of(chosen));
                }
            }
        };
        open.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_OBJ_FOLDER));
        Action refresh = new Action("Refresh") {
            @Override
            public void run() {
                refreshTree();
            }
        };
        refresh.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
        Action remove = new Action("Remove folder") {
            @Override
            public void run() {
                removeFolder(viewer.getStructuredSelection().getFirstElement());
            }
        };
        remove.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ELCL_REMOVE));
        getViewSite().getActionBars().getToolBarManager().add(open);
        getViewSite().getActionBars().getToolBarManager().add(refresh);
        getViewSite().getActionBars().getToolBarManager().add(remove);
        new RunsMenu(this).install();
        RunMonitor.getDefault().addViewer(liveViewer);
        updateWatched();
        watcher.start();
    }

    /**
     * Removes an opened folder from the tree (nothing on disk changes).
     *
     * @param element a tree element, such as a folder given to {@link #addFolder}
     * @return whether it was an opened folder
     */
    public boolean removeFolder(Object element) {
        if (element instanceof Path path && folders.remove(path)) {
            refreshTree();
            return true;
        }
        return false;
    }

    /**
     * Adds a folder to the tree (once).
     *
     * @param folder a results folder or a run folder
     */
    public void addFolder(Path folder) {
        Path normalized = folder.toAbsolutePath().normalize();
        workspace = experiments.scan();
        WorkspaceExperiment owner = experimentWithResults(normalized);
        if (owner == null && !folders.contains(normalized)) {
            folders.add(normalized);
        }
        viewer.refresh();
        updateWatched();
        viewer.expandToLevel(owner != null ? owner : normalized, 1);
    }

    /** @return the folders the user opened (workspace experiments' results folders are not among them) */
    public List<Path> getFolders() {
        return List.copyOf(folders);
    }

    /** @return the workspace's experiments as the tree shows them */
    public List<WorkspaceExperiment> getWorkspaceExperiments() {
        return workspace;
    }

    /**
     * Opens an experiment of the workspace in its editor (the experiment editor for
     * {@code .repalign} files).
     *
     * @param experiment an experiment listed in the tree
     * @return the editor
     * @throws PartInitException when the file is no longer in the workspace or cannot be opened
     */
    public IEditorPart openExperiment(WorkspaceExperiment experiment) throws PartInitException {
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromPath(experiment.file()));
        if (file == null || !file.exists()) {
            throw new PartInitException(experiment.label() + ": the file is no longer in the workspace");
        }
        return IDE.openEditor(getSite().getPage(), file, true);
    }

    /**
     * @param folder a results folder
     * @return the workspace experiment whose runs go there by default, or {@code null}
     */
    WorkspaceExperiment experimentWithResults(Path folder) {
        for (WorkspaceExperiment experiment : workspace) {
            if (experiment.resultsFolder().equals(folder)) {
                return experiment;
            }
        }
        return null;
    }

    /** Reads the workspace's experiments and the folders again and redraws the tree, keeping what is expanded. */
    public void refreshTree() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Object[] expanded = viewer.getExpandedElements();
        workspace = experiments.scan();
        viewer.refresh();
        viewer.setExpandedElements(expanded);
        updateWatched();
    }

    private void workspaceChanged() {
        refreshTree();
    }

    private void foldersChanged(List<Path> changed) {
        for (Path folder : changed) {
            WorkbenchRuns.refreshInWorkspace(folder);
        }
        Display display = viewer.getControl().getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                refreshTree();
                if (viewer.getControl().isDisposed()) {
                    return;
                }
                // show the new runs: open the experiment or folder they were written to
                for (Path folder : changed) {
                    WorkspaceExperiment owner = experimentWithResults(folder);
                    Object root = owner != null ? owner : folders.contains(folder) ? folder : null;
                    if (root != null) {
                        viewer.expandToLevel(root, 1);
                    }
                }
            });
        }
    }

    private void updateWatched() {
        List<Path> watched = new ArrayList<>();
        workspace.forEach(e -> watched.add(e.resultsFolder()));
        watched.addAll(folders);
        watcher.watch(watched);
    }

    private void liveRunChanged(LiveRun run) {
        if (viewer == null || viewer.getControl().isDisposed() || run.outRoot() == null) {
            return;
        }
        RunStatus before = listedStatus.put(run, run.status());
        if (before == run.status()) {
            viewer.update(run, null);
            return;
        }
        if (before == null && experimentWithResults(run.outRoot()) == null && !folders.contains(run.outRoot())) {
            folders.add(run.outRoot());
        }
        refreshTree();
        if (before == null) {
            viewer.expandToLevel(rootOf(run), 1);
            viewer.reveal(run);
            tick();
        }
        if (run.status() == RunStatus.FAILED && run.message() != null) {
            announce("Run of " + run.experimentName() + " failed: " + run.message(), true);
        }
    }

    private Object rootOf(LiveRun run) {
        WorkspaceExperiment owner = experimentWithResults(run.outRoot());
        return owner != null ? owner : run.outRoot();
    }

    /** Updates the durations of running runs every second while some run is live. */
    private void tick() {
        if (ticking) {
            return;
        }
        ticking = true;
        Display display = viewer.getControl().getDisplay();
        display.timerExec(1000, new Runnable() {
            @Override
            public void run() {
                if (viewer.getControl().isDisposed()) {
                    return;
                }
                List<LiveRun> live = RunMonitor.getDefault().runs().stream().filter(LiveRun::isLive).toList();
                live.forEach(r -> viewer.update(r, null));
                if (live.isEmpty()) {
                    ticking = false;
                } else {
                    display.timerExec(1000, this);
                }
            }
        });
    }

    /**
     * Shows a message on the view's status line.
     *
     * @param message the message
     * @param error   whether it reports an error
     */
    public void announce(String message, boolean error) {
        IStatusLineManager status = getViewSite().getActionBars().getStatusLineManager();
        if (error) {
            status.setErrorMessage(message);
        } else {
            status.setErrorMessage(null);
            status.setMessage(message);
        }
        lastAnnouncement = message;
    }

    private String lastAnnouncement;

    /** @return the last message {@link #announce}d, or {@code null} */
    public String getLastAnnouncement() {
        return lastAnnouncement;
    }

    @Override
    public void dispose() {
        watcher.stop();
        RunMonitor.getDefault().removeViewer(liveViewer);
        experiments.dispose();
        super.dispose();
    }

    /**
     * Selects a run in the tree, which publishes its results.
     *
     * @param runFolder a run folder below one of the opened folders
     */
    public void selectRun(Path runFolder) {
        RunFolder run = new RunFolder(runFolder.toAbsolutePath().normalize());
        viewer.setSelection(new StructuredSelection(run), true);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    /** @return the results of the selected run, as published to the result views, or {@code null} */
    public RunResults selectedResults() {
        return selection.getFirstElement() instanceof RunResults results ? results : null;
    }

    /** @return the tree viewer */
    public TreeViewer getViewer() {
        return viewer;
    }

    private void selected(IStructuredSelection treeSelection) {
        IStructuredSelection published = StructuredSelection.EMPTY;
        StatusLine status = new StatusLine();
        Object first = treeSelection.getFirstElement();
        if (first instanceof RunFolder run && RunResults.isRunFolder(run.folder())) {
            try {
                RunResults results = RunResults.read(run.folder());
                published = new StructuredSelection(results);
                status.message(results.experiment() + " \u00b7 " + results.runId() + " \u00b7 "
                        + results.sources().size() + " sources, analyses " + String.join(", ", results.analyses()));
            } catch (IOException e) {
                status.error(e.getMessage());
            }
        } else if (first instanceof RunFolder run) {
            status.error(run.folder().getFileName() + ": incomplete, the folder has no report");
        } else if (first instanceof LiveRun run) {
            status.message(run.experimentName() + " \u00b7 " + run.status().label()
                    + (run.message() == null ? "" : ": " + run.message()));
        } else {
            status.message(null);
        }
        selection = published;
        SelectionChangedEvent event = new SelectionChangedEvent(getSite().getSelectionProvider(), published);
        for (ISelectionChangedListener listener : listeners) {
            listener.selectionChanged(event);
        }
    }

    /** Status line of the view. */
    private final class StatusLine {
        void message(String text) {
            getViewSite().getActionBars().getStatusLineManager().setErrorMessage(null);
            getViewSite().getActionBars().getStatusLineManager().setMessage(text);
        }

        void error(String text) {
            getViewSite().getActionBars().getStatusLineManager().setErrorMessage(text);
        }
    }

    /** Publishes the results of the selected run (not the tree's nodes). */
    private final class Publisher implements ISelectionProvider {
        @Override
        public void addSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.add(listener);
        }

        @Override
        public ISelection getSelection() {
            return selection;
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.remove(listener);
        }

        @Override
        public void setSelection(ISelection newSelection) {
            if (newSelection instanceof IStructuredSelection s && s.getFirstElement() instanceof RunResults r) {
                selectRun(r.folder());
            }
        }
    }

    /** The runs of this session going to a folder that are not (yet) a finished run folder, newest first. */
    private static List<LiveRun> sessionRuns(Path outRoot) {
        List<LiveRun> found = new ArrayList<>();
        for (LiveRun run : RunMonitor.getDefault().runs()) {
            if (outRoot.equals(run.outRoot()) && run.status() != RunStatus.FINISHED) {
                found.add(0, run);
            }
        }
        return found;
    }

    /** @return the session's runs to a folder and its run folders, newest first */
    private static List<Object> runsOf(Path outRoot, List<Path> runFolders) {
        List<Object> runs = new ArrayList<>(sessionRuns(outRoot));
        runFolders.stream().map(RunFolder::new).forEach(runs::add);
        runs.sort(java.util.Comparator.comparing(RunsView::startOf,
                java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())));
        return runs;
    }

    private static java.time.Instant startOf(Object run) {
        return run instanceof LiveRun live ? live.started() : RunFolders.summary(((RunFolder) run).folder()).started();
    }

    /** Folders → subfolders that hold runs, and runs, newest first. */
    private final class FolderContent implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            List<Object> roots = new ArrayList<>(workspace);
            folders.stream().filter(f -> Files.isDirectory(f) || !sessionRuns(f).isEmpty())
                    .filter(f -> experimentWithResults(f) == null).forEach(roots::add);
            return roots.toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof WorkspaceExperiment experiment) {
                return runsOf(experiment.resultsFolder(), RunFolders.runsIn(experiment.resultsFolder())).toArray();
            }
            if (!(parent instanceof Path folder)) {
                return new Object[0];
            }
            if (RunResults.isRunFolder(folder)) {
                return new Object[] { new RunFolder(folder) };
            }
            List<Path> runs = RunFolders.runsIn(folder);
            List<Object> children = runsOf(folder, runs);
            for (Path sub : RunFolders.subfolders(folder)) {
                if (!runs.contains(sub) && RunFolders.holdsRuns(sub, DEPTH - 1)) {
                    children.add(sub);
                }
            }
            return children.toArray();
        }

        @Override
        public Object getParent(Object element) {
            if (element instanceof LiveRun run) {
                return run.outRoot() == null ? null : rootOf(run);
            }
            if (element instanceof RunFolder run) {
                WorkspaceExperiment owner = experimentWithResults(run.folder().getParent());
                if (owner != null && !folders.contains(run.folder())) {
                    return owner;
                }
                return folders.contains(run.folder()) ? run.folder() : run.folder().getParent();
            }
            if (element instanceof WorkspaceExperiment) {
                return null;
            }
            return element instanceof Path path && !folders.contains(path) ? path.getParent() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Path || element instanceof WorkspaceExperiment;
        }
    }

    /** One column: experiments by workspace path, folders by name, runs by id with status, start, duration and experiment. */
    private static final class Column extends ColumnLabelProvider {
        private final int index;

        Column(int index) {
            this.index = index;
        }

        @Override
        public String getText(Object element) {
            return RunsView.text(element, index);
        }

        @Override
        public Image getImage(Object element) {
            if (index != 0) {
                return null;
            }
            ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
            if (element instanceof WorkspaceExperiment) {
                return images.getImage(ISharedImages.IMG_OBJ_ELEMENT);
            }
            if (element instanceof LiveRun run) {
                return switch (run.status()) {
                    case FAILED -> images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
                    case CANCELLED, INCOMPLETE -> images.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
                    default -> images.getImage(ISharedImages.IMG_OBJS_INFO_TSK);
                };
            }
            if (element instanceof RunFolder run) {
                return RunFolders.summary(run.folder()).status() == RunStatus.INCOMPLETE
                        ? images.getImage(ISharedImages.IMG_OBJS_WARN_TSK)
                        : images.getImage(ISharedImages.IMG_OBJ_FILE);
            }
            return images.getImage(ISharedImages.IMG_OBJ_FOLDER);
        }

        @Override
        public String getToolTipText(Object element) {
            return element instanceof LiveRun run ? run.message() : null;
        }
    }

    /**
     * @param element a tree element
     * @param column  a column index ({@link #COLUMNS})
     * @return the text the tree shows for it
     */
    public static String text(Object element, int column) {
        if (element instanceof WorkspaceExperiment experiment) {
            return column == 0 ? experiment.label() : "";
        }
        if (element instanceof LiveRun run) {
            return switch (column) {
                case 0 -> run.status() == RunStatus.RUNNING ? "(running)" : "(not written)";
                case 1 -> run.status() == RunStatus.RUNNING && !run.progress().isEmpty()
                        ? run.status().label() + " \u00b7 " + run.progress()
                        : run.status().label();
                case 2 -> STARTED.format(run.started());
                case 3 -> RunFolders.format(run.duration());
                default -> run.experimentName();
            };
        }
        if (element instanceof RunFolder run) {
            RunFolders.Summary summary = RunFolders.summary(run.folder());
            return switch (column) {
                case 0 -> summary.runId();
                case 1 -> summary.status().label();
                case 2 -> summary.started() == null ? "" : STARTED.format(summary.started());
                case 3 -> RunFolders.format(summary.duration());
                default -> summary.experiment();
            };
        }
        if (column != 0) {
            return "";
        }
        Path path = (Path) element;
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }
}
