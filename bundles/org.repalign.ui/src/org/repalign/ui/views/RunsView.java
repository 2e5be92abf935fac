package org.repalign.ui.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.store.ResultStore;
import org.repalign.ui.internal.RunResultsView;
import org.repalign.ui.internal.WorkspaceExperiments;

/**
 * The results navigator: the experiments of the workspace ({@code *.repalign} files in open
 * projects) with their runs (in {@code NAME.results/} beside each, newest first), then the
 * result folders the user opened, as a tree of folders and runs (folders holding a
 * {@code report.json}), looked for up to three levels below each opened folder. The tree
 * follows the workspace: a new experiment or a finished run appears by itself. Selecting a run
 * reads its report and publishes the {@link RunResults} as an {@link IStructuredSelection}; the
 * result views follow it; a double click on a run opens the alignment matrix, on an experiment
 * its editor. The opened folders are
 * remembered with the workbench state.
 */
public class RunsView extends ViewPart {

    /** The view id. */
    public static final String ID = RunResultsView.RUNS_VIEW_ID;

    private static final int DEPTH = 3;
    private static final String MEMENTO_FOLDER = "folder";

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
    private List<WorkspaceExperiment> workspace = List.of();
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private TreeViewer viewer;
    private IStructuredSelection selection = StructuredSelection.EMPTY;

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
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.setContentProvider(new FolderContent());
        viewer.setLabelProvider(new FolderLabels());
        workspace = experiments.scan();
        viewer.setInput(folders);
        experiments.listen();
        viewer.addSelectionChangedListener(e -> selected((IStructuredSelection) e.getSelection()));
        getSite().setSelectionProvider(new Publisher());
        viewer.addDoubleClickListener(e -> {
            try {
                if (selection.getFirstElement() instanceof RunResults) {
                    getSite().getPage().showView(AlignmentMatrixView.ID);
                } else if (viewer.getStructuredSelection().getFirstElement() instanceof WorkspaceExperiment experiment) {
                    openExperiment(experiment);
                }
            } catch (PartInitException ex) {
                getViewSite().getActionBars().getStatusLineManager().setErrorMessage(ex.getMessage());
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
                workspace = experiments.scan();
                viewer.refresh();
            }
        };
        refresh.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
        Action remove = new Action("Remove folder") {
            @Override
            public void run() {
                Object first = viewer.getStructuredSelection().getFirstElement();
                if (first instanceof Path path && folders.remove(path)) {
                    viewer.refresh();
                }
            }
        };
        remove.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ELCL_REMOVE));
        getViewSite().getActionBars().getToolBarManager().add(open);
        getViewSite().getActionBars().getToolBarManager().add(refresh);
        getViewSite().getActionBars().getToolBarManager().add(remove);
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

    private WorkspaceExperiment experimentWithResults(Path folder) {
        for (WorkspaceExperiment experiment : workspace) {
            if (experiment.resultsFolder().equals(folder)) {
                return experiment;
            }
        }
        return null;
    }

    private void workspaceChanged() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Object[] expanded = viewer.getExpandedElements();
        workspace = experiments.scan();
        viewer.refresh();
        viewer.setExpandedElements(expanded);
    }

    @Override
    public void dispose() {
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

    /** @return the tree viewer */
    public TreeViewer getViewer() {
        return viewer;
    }

    private void selected(IStructuredSelection treeSelection) {
        IStructuredSelection published = StructuredSelection.EMPTY;
        StatusLine status = new StatusLine();
        if (treeSelection.getFirstElement() instanceof RunFolder run) {
            try {
                RunResults results = RunResults.read(run.folder());
                published = new StructuredSelection(results);
                status.message(results.experiment() + " \u00b7 " + results.runId() + " \u00b7 "
                        + results.sources().size() + " sources, analyses " + String.join(", ", results.analyses()));
            } catch (IOException e) {
                status.error(e.getMessage());
            }
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

    /** Folders → subfolders that hold runs, and runs. */
    private final class FolderContent implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            List<Object> roots = new ArrayList<>(workspace);
            folders.stream().filter(Files::isDirectory).filter(f -> experimentWithResults(f) == null).forEach(roots::add);
            return roots.toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof WorkspaceExperiment experiment) {
                return subfolders(experiment.resultsFolder()).stream().filter(RunResults::isRunFolder)
                        .sorted(java.util.Comparator.reverseOrder()).map(RunFolder::new).toArray();
            }
            if (!(parent instanceof Path folder)) {
                return new Object[0];
            }
            if (RunResults.isRunFolder(folder)) {
                return new Object[] { new RunFolder(folder) };
            }
            List<Object> children = new ArrayList<>();
            for (Path sub : subfolders(folder)) {
                if (RunResults.isRunFolder(sub)) {
                    children.add(new RunFolder(sub));
                } else if (holdsRuns(sub, DEPTH - 1)) {
                    children.add(sub);
                }
            }
            return children.toArray();
        }

        private boolean holdsRuns(Path folder, int depth) {
            if (depth <= 0) {
                return false;
            }
            for (Path sub : subfolders(folder)) {
                if (RunResults.isRunFolder(sub) || holdsRuns(sub, depth - 1)) {
                    return true;
                }
            }
            return false;
        }

        private List<Path> subfolders(Path folder) {
            if (!Files.isDirectory(folder)) {
                return List.of();
            }
            try (Stream<Path> list = Files.list(folder)) {
                return list.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted().toList();
            } catch (IOException e) {
                return List.of();
            }
        }

        @Override
        public Object getParent(Object element) {
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

    /** Experiments by workspace path, folder names with folder icons, runs by their folder name (the run id). */
    private static final class FolderLabels extends LabelProvider {
        @Override
        public String getText(Object element) {
            if (element instanceof RunFolder run) {
                return run.folder().getFileName().toString();
            }
            if (element instanceof WorkspaceExperiment experiment) {
                return experiment.label();
            }
            Path path = (Path) element;
            return path.getFileName() == null ? path.toString() : path.getFileName().toString();
        }

        @Override
        public Image getImage(Object element) {
            ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
            if (element instanceof WorkspaceExperiment) {
                return images.getImage(ISharedImages.IMG_OBJ_ELEMENT);
            }
            return images.getImage(element instanceof RunFolder ? ISharedImages.IMG_OBJ_FILE : ISharedImages.IMG_OBJ_FOLDER);
        }
    }
}
