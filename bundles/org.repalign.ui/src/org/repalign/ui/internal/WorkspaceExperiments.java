package org.repalign.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Display;
import org.repalign.ui.views.RunsView.WorkspaceExperiment;

/**
 * Finds the experiment files ({@code *.repalign}) of the open projects of the workspace and
 * reports, on the display thread and at most once per burst of changes, when an experiment file
 * or anything inside a results folder ({@code *.results}) was added, removed or changed. Without
 * a workspace (a plain SWT test, a headless launch) it finds nothing and reports nothing.
 */
public final class WorkspaceExperiments {

    private static final String EXTENSION = "repalign";
    private static final String RESULTS_SUFFIX = ".results";

    private final Runnable changed;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final IResourceChangeListener listener = this::resourcesChanged;
    private Display display;

    /** @param changed called on the display thread after relevant workspace changes */
    public WorkspaceExperiments(Runnable changed) {
        this.changed = changed;
    }

    /** @return the experiments of the open projects, sorted by workspace path */
    public List<WorkspaceExperiment> scan() {
        IWorkspace workspace = workspace();
        if (workspace == null) {
            return List.of();
        }
        List<WorkspaceExperiment> found = new ArrayList<>();
        try {
            workspace.getRoot().accept(proxy -> {
                if (proxy.getType() == IResource.FILE && proxy.getName().endsWith("." + EXTENSION)) {
                    IResource file = proxy.requestResource();
                    if (file.getLocation() != null) {
                        found.add(new WorkspaceExperiment(file.getLocation().toFile().toPath().toAbsolutePath().normalize(),
                                file.getFullPath().makeRelative().toString()));
                    }
                }
                return !proxy.getName().endsWith(RESULTS_SUFFIX) && !proxy.isDerived();
            }, IResource.NONE);
        } catch (CoreException e) {
            return List.of();
        }
        found.sort(Comparator.comparing(WorkspaceExperiment::label));
        return List.copyOf(found);
    }

    /** Starts listening to the workspace (from the display thread). */
    public void listen() {
        IWorkspace workspace = workspace();
        if (workspace != null) {
            display = Display.getCurrent();
            workspace.addResourceChangeListener(listener, IResourceChangeEvent.POST_CHANGE);
        }
    }

    /** Stops listening. */
    public void dispose() {
        IWorkspace workspace = workspace();
        if (workspace != null) {
            workspace.removeResourceChangeListener(listener);
        }
    }

    private void resourcesChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta();
        if (delta == null || display == null || !relevant(delta)) {
            return;
        }
        if (pending.compareAndSet(false, true)) {
            display.asyncExec(() -> {
                pending.set(false);
                changed.run();
            });
        }
    }

    /** @return whether the delta touches an experiment file, a results folder or a project's openness */
    static boolean relevant(IResourceDelta delta) {
        IResource resource = delta.getResource();
        if (resource.getType() == IResource.FILE) {
            return EXTENSION.equals(resource.getFileExtension());
        }
        if (resource.getName().endsWith(RESULTS_SUFFIX)) {
            return true;
        }
        if (resource.getType() == IResource.PROJECT && (delta.getFlags() & IResourceDelta.OPEN) != 0) {
            return true;
        }
        for (IResourceDelta child : delta.getAffectedChildren()) {
            if (relevant(child)) {
                return true;
            }
        }
        return false;
    }

    private static IWorkspace workspace() {
        try {
            return ResourcesPlugin.getWorkspace();
        } catch (IllegalStateException | NoClassDefFoundError e) {
            return null;
        }
    }
}
