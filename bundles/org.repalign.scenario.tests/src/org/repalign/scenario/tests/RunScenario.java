package org.repalign.scenario.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repalign.testing.ui.DisplayWaits.settle;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.repalign.testing.ui.TreeRows;
import org.repalign.testing.ui.WorkspaceLog;
import org.repalign.ui.views.RunsView;

/**
 * What the scenarios around one results folder share: a person at the keyboard walks on a
 * thread of their own while the UI thread dispatches events; afterwards the views the walk
 * opened are hidden, the folder leaves the Runs view, the views in front before are in front
 * again, and the workspace log holds no new error entry.
 */
final class RunScenario {

    /** One walk, on the person's thread. */
    @FunctionalInterface
    interface Walk {
        void walk(StepPictures pictures) throws Exception;
    }

    private RunScenario() {
    }

    /**
     * @param user     the person's input
     * @param pictures the folder name of the step pictures
     * @param results  the results folder the walk adds to the Runs view
     * @param views    the ids of the views the walk opens, hidden afterwards
     * @param walk     the walk
     * @throws Throwable what the walk threw, or a failed check of the aftermath
     */
    static void walk(UserInput user, String pictures, Path results, List<String> views, Walk walk) throws Throwable {
        Display display = Display.getCurrent();
        long logBefore = WorkspaceLog.length();
        // the views in front now are in front again afterwards (the Welcome view of a first start)
        List<IViewPart> inFront = java.util.Arrays.stream(page().getViewReferences()).map(r -> r.getView(false))
                .filter(v -> v != null && page().isPartVisible(v)).toList();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        StepPictures steps = new StepPictures(pictures);
        Thread person = new Thread(() -> {
            try {
                walk.walk(steps);
            } catch (Throwable e) {
                failure.set(e);
                user.run(() -> steps.take(shell(), "failed"));
            }
        }, "person at the keyboard");
        person.start();
        while (person.isAlive()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        for (String id : views) {
            IViewPart view = page().findView(id);
            if (view != null) {
                page().hideView(view);
            }
        }
        if (page().findView(RunsView.ID) instanceof RunsView runs) {
            runs.getViewer().setSelection(org.eclipse.jface.viewers.StructuredSelection.EMPTY);
            runs.removeFolder(results.toAbsolutePath().normalize());
        }
        // the Welcome view steps aside for a selected run after the events now queued
        settle(300);
        inFront.forEach(page()::bringToTop);
        settle(100);
        if (failure.get() != null) {
            throw failure.get();
        }
        assertTrue(inFront.stream().allMatch(page()::isPartVisible), "the views in front before are in front again");
        assertEquals(List.of(), WorkspaceLog.addedSince(logBefore).lines().filter(WorkspaceLog::isErrorEntry).toList(),
                "the workspace log has no new error entries");
    }

    /**
     * Gives the window a known size, shows the Runs view with the results folder expanded.
     *
     * @param user    the person's input
     * @param results the results folder
     * @return the Runs view
     */
    static RunsView openResults(UserInput user, Path results) {
        Shell shell = user.ui(RunScenario::shell);
        user.run(() -> {
            shell.setMaximized(false);
            shell.setBounds(0, 0, 1280, 900);
            shell.forceActive();
        });
        UserInput.pause(300);
        RunsView runs = user.ui(() -> {
            try {
                RunsView view = (RunsView) page().showView(RunsView.ID);
                view.addFolder(results);
                view.getViewer().expandAll();
                return view;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        UserInput.pause(300);
        return runs;
    }

    /**
     * @param user      the person's input
     * @param runs      the Runs view
     * @param runFolder a run folder it lists
     * @return the point of the screen on the run's row, to click
     */
    static Point runRow(UserInput user, RunsView runs, Path runFolder) {
        Path folder = runFolder.toAbsolutePath().normalize();
        return user.ui(() -> {
            TreeItem item = TreeRows.find(runs.getViewer().getTree().getItems(),
                    i -> i.getData() instanceof RunsView.RunFolder f && f.folder().equals(folder));
            assertTrue(item != null, "the Runs view lists the run");
            Rectangle bounds = item.getBounds(0);
            return runs.getViewer().getTree().toDisplay(bounds.x + Math.min(bounds.width / 2, 60),
                    bounds.y + bounds.height / 2);
        });
    }

    /** @return the workbench window's shell */
    static Shell shell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    /** @return the active page */
    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }
}
