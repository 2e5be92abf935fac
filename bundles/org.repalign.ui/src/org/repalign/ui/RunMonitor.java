package org.repalign.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.repalign.analysis.modules.RunListener;
import org.repalign.compute.sae.SaeTrainingProgress;
import org.repalign.ui.views.RunsView;

/**
 * Brings a running experiment into the workbench: {@link #createListener(String)} gives the
 * {@link RunListener} to hand to the run, which collects SAE training points on the run's thread
 * and publishes them on the display thread at most every {@link #INTERVAL_MS} ms to the registered
 * {@link Viewer}s (the SAE Training view). When the run {@linkplain LiveRun#finished(Path) finishes},
 * the Runs view is shown, learns the results folder and selects the new run, so the result views
 * fill. Everything a viewer receives is delivered on the display thread.
 */
public final class RunMonitor {

    /** Minimal time between two deliveries of training points, in milliseconds. */
    public static final int INTERVAL_MS = 200;

    private static final RunMonitor DEFAULT = new RunMonitor();

    /** Receives the live run's points on the display thread. */
    public interface Viewer {
        /**
         * @param run the live run whose points changed, or that has ended
         */
        void liveRunChanged(LiveRun run);
    }

    private final ListenerList<Viewer> viewers = new ListenerList<>();
    private LiveRun current;

    private RunMonitor() {
    }

    /** @return the workbench's monitor */
    public static RunMonitor getDefault() {
        return DEFAULT;
    }

    /**
     * Starts following a run; the newest run is the live one.
     *
     * @param experimentName the experiment's name, shown by the views
     * @return the listener to give to the run; call {@link LiveRun#finished(Path)} or
     *         {@link LiveRun#ended()} when it stops
     */
    public LiveRun createListener(String experimentName) {
        return new LiveRun(experimentName, PlatformUI.getWorkbench().getDisplay());
    }

    /** @param viewer receives live points from now on (display thread) */
    public void addViewer(Viewer viewer) {
        viewers.add(viewer);
    }

    /** @param viewer no longer receives live points */
    public void removeViewer(Viewer viewer) {
        viewers.remove(viewer);
    }

    /** @return the run that is live now, or {@code null}; display thread only */
    public LiveRun current() {
        return current;
    }

    private void publish(LiveRun run) {
        if (run.isLive()) {
            current = run;
        } else if (current == run) {
            current = null;
        }
        for (Viewer viewer : viewers) {
            viewer.liveRunChanged(run);
        }
    }

    /**
     * One followed run: a {@link RunListener} that may be called from any thread. The points it
     * has delivered ({@link #points(String)}) are read on the display thread.
     */
    public final class LiveRun implements RunListener {

        private final String experimentName;
        private final Display display;
        private final Object lock = new Object();
        private final Map<String, List<SaeTrainingProgress>> pending = new LinkedHashMap<>();
        private final Map<String, List<SaeTrainingProgress>> delivered = new LinkedHashMap<>();
        private boolean flushScheduled;
        private long lastFlush;
        private final List<Long> deliveryTimes = new ArrayList<>();
        private volatile boolean live = true;

        private LiveRun(String experimentName, Display display) {
            this.experimentName = experimentName;
            this.display = display;
        }

        /** @return the experiment's name */
        public String experimentName() {
            return experimentName;
        }

        /** @return whether the run is still going */
        public boolean isLive() {
            return live;
        }

        /** @return when points were delivered to the display thread, in ms since the epoch (display thread) */
        public List<Long> deliveryTimes() {
            return List.copyOf(deliveryTimes);
        }

        /** @return the sources with delivered points, in the order they started training */
        public List<String> sources() {
            return List.copyOf(delivered.keySet());
        }

        /**
         * @param source a source
         * @return its delivered points, in step order (display thread)
         */
        public List<SaeTrainingProgress> points(String source) {
            return List.copyOf(delivered.getOrDefault(source, List.of()));
        }

        @Override
        public void saeProgress(String sourceId, SaeTrainingProgress progress) {
            synchronized (lock) {
                pending.computeIfAbsent(sourceId, s -> new ArrayList<>()).add(progress);
                if (flushScheduled) {
                    return;
                }
                flushScheduled = true;
            }
            asyncExec(() -> {
                long wait = lastFlush + INTERVAL_MS - System.currentTimeMillis();
                if (wait > 0) {
                    display.timerExec((int) wait, this::flush);
                } else {
                    flush();
                }
            });
        }

        /**
         * The run has written its results: delivers the remaining points, ends the live display
         * and selects the run in the Runs view.
         *
         * @param runFolder the new run folder
         */
        public void finished(Path runFolder) {
            asyncExec(() -> {
                end();
                showInRunsView(runFolder);
            });
        }

        /** The run stopped without results (failed or cancelled). */
        public void ended() {
            asyncExec(this::end);
        }

        private void end() {
            if (!live) {
                return;
            }
            flush();
            live = false;
            publish(this);
        }

        private void flush() {
            boolean any = false;
            synchronized (lock) {
                flushScheduled = false;
                for (Map.Entry<String, List<SaeTrainingProgress>> entry : pending.entrySet()) {
                    delivered.computeIfAbsent(entry.getKey(), s -> new ArrayList<>()).addAll(entry.getValue());
                    any |= !entry.getValue().isEmpty();
                }
                pending.clear();
            }
            lastFlush = System.currentTimeMillis();
            if (any) {
                deliveryTimes.add(lastFlush);
            }
            if (any && live) {
                publish(this);
            }
        }

        private void asyncExec(Runnable runnable) {
            if (!display.isDisposed()) {
                display.asyncExec(() -> {
                    if (!display.isDisposed()) {
                        runnable.run();
                    }
                });
            }
        }
    }

    private static void showInRunsView(Path runFolder) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return;
        }
        try {
            RunsView runs = (RunsView) page.showView(RunsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
            Path folder = runFolder.toAbsolutePath().normalize();
            runs.addFolder(folder.getParent());
            runs.selectRun(folder);
        } catch (PartInitException e) {
            // the results are on disk; the user can open the folder in the Runs view
        }
    }
}
