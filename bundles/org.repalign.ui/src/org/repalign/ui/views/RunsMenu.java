package org.repalign.ui.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.program.Program;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.results.RunResults;
import org.repalign.ui.RunMonitor;
import org.repalign.ui.RunMonitor.LiveRun;
import org.repalign.ui.RunStatus;
import org.repalign.ui.WorkbenchRuns;
import org.repalign.ui.internal.ShowResults;
import org.repalign.ui.results.ViewerEntry;
import org.repalign.ui.views.RunsView.RunFolder;
import org.repalign.ui.views.RunsView.WorkspaceExperiment;

/**
 * The context menu of the Runs view: Open experiment, Show In (the viewers registered for the
 * run's analyses, {@link org.repalign.ui.results.ResultViewers}), Run / Re-run, Cancel run, Delete (a run
 * folder, after asking; nothing else moves), Show in file system (the desktop's file manager,
 * else the path is copied), Copy path and Remove from list. Items that do not apply to the
 * selection are disabled. Each item has an id of the form {@code org.repalign.ui.runs.NAME}.
 */
final class RunsMenu {

    /** Ids of the items, in menu order. */
    static final List<String> IDS = List.of("open", "showIn", "run", "cancel", "delete", "show", "copy", "remove");

    private final RunsView view;

    RunsMenu(RunsView view) {
        this.view = view;
    }

    void install() {
        MenuManager manager = new MenuManager("#RunsPopup");
        manager.setRemoveAllWhenShown(true);
        manager.addMenuListener(m -> fill(m, view.getViewer().getStructuredSelection().getFirstElement()));
        view.getViewer().getControl().setMenu(manager.createContextMenu(view.getViewer().getControl()));
    }

    private void fill(org.eclipse.jface.action.IMenuManager menu, Object element) {
        Path experimentFile = experimentFile(element);
        Path folder = folder(element);
        menu.add(item("open", "&Open experiment", experimentFile != null, () -> open(element, experimentFile)));
        menu.add(showIn(element instanceof RunFolder ? view.selectedResults() : null));
        boolean running = element instanceof LiveRun live && live.isLive();
        menu.add(item("run", element instanceof WorkspaceExperiment ? "&Run" : "&Re-run",
                rerunnable(element) && !running, () -> rerun(rerunFile(element))));
        menu.add(item("cancel", "&Cancel run", element instanceof LiveRun live && live.canCancel(),
                () -> ((LiveRun) element).cancel()));
        menu.add(new Separator());
        menu.add(item("delete", "&Delete\u2026", element instanceof RunFolder, () -> delete((RunFolder) element)));
        menu.add(item("show", "&Show in file system", folder != null && Files.exists(folder), () -> show(folder)));
        menu.add(item("copy", "Copy &path", folder != null, () -> copy(folder)));
        menu.add(new Separator());
        boolean removable = element instanceof LiveRun live && !live.isLive()
                || element instanceof Path path && view.getFolders().contains(path);
        menu.add(item("remove", "Re&move from list", removable, () -> remove(element)));
    }

    /**
     * The submenu Show In: the viewers the registry names for the run's analyses, one item per
     * view (labelled with the analyses it shows) and one per analysis the generic viewer shows.
     */
    private MenuManager showIn(RunResults run) {
        MenuManager showIn = new MenuManager("Show &In", "org.repalign.ui.runs.showIn");
        showIn.setRemoveAllWhenShown(false);
        if (run == null) {
            showIn.add(item("showIn.none", "(select a run)", false, () -> { }));
            return showIn;
        }
        Map<String, List<String>> analysesByItem = new LinkedHashMap<>();
        Map<String, ViewerEntry> entryByItem = new LinkedHashMap<>();
        ShowResults.choices(run).forEach((analysis, entries) -> {
            for (ViewerEntry entry : entries) {
                String key = entry.isGeneric() ? entry.view() + "." + analysis : entry.view();
                analysesByItem.computeIfAbsent(key, k -> new ArrayList<>()).add(analysis);
                entryByItem.putIfAbsent(key, entry);
            }
        });
        for (Map.Entry<String, ViewerEntry> chosen : entryByItem.entrySet()) {
            ViewerEntry entry = chosen.getValue();
            String text = entry.name() + " (" + String.join(", ", analysesByItem.get(chosen.getKey())) + ")";
            IAction action = item("showIn." + chosen.getKey(), text.replace("&", "&&"), true, () -> {
                try {
                    ShowResults.show(view.getSite().getPage(), entry, run, IWorkbenchPage.VIEW_ACTIVATE);
                } catch (PartInitException e) {
                    view.announce(entry.name() + ": " + e.getMessage(), true);
                }
            });
            if (entry.icon() != null) {
                action.setImageDescriptor(ResourceLocator.imageDescriptorFromBundle(entry.contributor(), entry.icon())
                        .orElse(null));
            }
            showIn.add(action);
        }
        if (entryByItem.isEmpty()) {
            showIn.add(item("showIn.none", "(no analyses)", false, () -> { }));
        }
        return showIn;
    }

    private static IAction item(String id, String text, boolean enabled, Runnable action) {
        Action item = new Action(text) {
            @Override
            public void run() {
                action.run();
            }
        };
        item.setId("org.repalign.ui.runs." + id);
        item.setEnabled(enabled);
        return item;
    }

    /** @return the folder an element stands for: a run's folder, an experiment's file's folder, a results folder */
    static Path folder(Object element) {
        if (element instanceof RunFolder run) {
            return run.folder();
        }
        if (element instanceof LiveRun live) {
            return live.runFolder() != null ? live.runFolder() : live.outRoot();
        }
        if (element instanceof WorkspaceExperiment experiment) {
            return Files.isDirectory(experiment.resultsFolder()) ? experiment.resultsFolder()
                    : experiment.file().getParent();
        }
        return element instanceof Path path ? path : null;
    }

    /** @return the experiment file to open for an element: its workspace experiment, the run's file or the kept copy */
    private Path experimentFile(Object element) {
        Path file = rerunFile(element);
        if (file != null) {
            return file;
        }
        if (element instanceof RunFolder run && Files.isRegularFile(run.folder().resolve("experiment.repalign"))) {
            return run.folder().resolve("experiment.repalign");
        }
        return null;
    }

    /** @return the experiment file that Re-run runs, or {@code null} when it is not known */
    private Path rerunFile(Object element) {
        Path file = null;
        if (element instanceof WorkspaceExperiment experiment) {
            file = experiment.file();
        } else if (element instanceof LiveRun live) {
            file = live.experimentFile();
        } else if (element instanceof RunFolder run) {
            WorkspaceExperiment owner = view.experimentWithResults(run.folder().getParent());
            file = owner == null ? null : owner.file();
        }
        return file != null && Files.isRegularFile(file) ? file : null;
    }

    private boolean rerunnable(Object element) {
        return rerunFile(element) != null;
    }

    private void open(Object element, Path file) {
        try {
            IFile resource = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromPath(file));
            if (resource != null && resource.exists()) {
                IDE.openEditor(view.getSite().getPage(), resource, true);
            } else {
                IDE.openEditorOnFileStore(view.getSite().getPage(), EFS.getLocalFileSystem().getStore(file.toUri()));
            }
        } catch (PartInitException e) {
            view.announce(file.getFileName() + ": " + e.getMessage(), true);
        }
    }

    private void rerun(Path file) {
        try {
            WorkbenchRuns.run(file, null);
            view.announce("Running " + file.getFileName() + "\u2026", false);
        } catch (ExperimentInputException e) {
            view.announce(file.getFileName() + " cannot run: " + e.getMessage(), true);
        }
    }

    private void delete(RunFolder run) {
        Path folder = run.folder();
        boolean confirmed = MessageDialog.openConfirm(view.getSite().getShell(), "Delete Run",
                "Delete the run " + folder.getFileName() + "?\n\nThe folder " + folder
                        + " and everything in it are deleted. Nothing else is touched.");
        if (!confirmed) {
            return;
        }
        try {
            deleteFolder(folder);
            view.announce("Deleted " + folder, false);
        } catch (IOException | CoreException e) {
            view.announce("Could not delete " + folder + ": " + e.getMessage(), true);
        }
        view.refreshTree();
    }

    /**
     * Deletes a run folder: through the workspace when it is part of it (so the workspace stays in
     * step), else on disk.
     *
     * @param folder the run folder
     * @throws IOException   when a file cannot be deleted
     * @throws CoreException when the workspace cannot delete it
     */
    static void deleteFolder(Path folder) throws IOException, CoreException {
        IContainer container = ResourcesPlugin.getWorkspace().getRoot().getContainerForLocation(IPath.fromPath(folder));
        if (container != null && container.exists()) {
            container.delete(true, null);
            if (!Files.exists(folder)) {
                return;
            }
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        WorkbenchRuns.refreshInWorkspace(folder.getParent());
    }

    private void show(Path folder) {
        Path target = Files.isDirectory(folder) ? folder : folder.getParent();
        if (!Program.launch(target.toString())) {
            copy(target);
            view.announce("No file manager to open " + target + "; its path was copied.", false);
        }
    }

    private void copy(Path path) {
        Clipboard clipboard = new Clipboard(view.getViewer().getControl().getDisplay());
        try {
            clipboard.setContents(new Object[] { path.toString() }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
        view.announce("Copied " + path, false);
    }

    private void remove(Object element) {
        if (element instanceof LiveRun live && live.status() != RunStatus.RUNNING) {
            RunMonitor.getDefault().forget(live);
            view.refreshTree();
        } else {
            view.removeFolder(element);
        }
    }
}
