package org.repalign.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.results.RunResults;
import org.repalign.compute.sae.SaeTrainingProgress;
import org.repalign.ui.internal.ShowResults;
import org.repalign.ui.views.RunsView;

/**
 * Brings a running experiment into the workbench: {@link #createListener(String, Path, Path, int)} gives the
 * {@link RunListener} to hand to the run, which collects SAE training points on the run's thread
 * and publishes them on the display thread at most every {@link #INTERVAL_MS} ms to the registered
 * {@link Viewer}s (the SAE Training view, the Runs view). Viewers also hear when a run starts and
 * when it ends; the runs of this session stay listed in {@link #runs()} with their
 * {@link RunStatus}. When the run {@linkplain LiveRun#finished(Path) finishes}, the Runs view is
 * shown, learns the results folder and selects the new run, so the result views fill, and the
 * first viewer the registry names for the run's first analysis comes to the front. Everything
 * a viewer receives is delivered on the display thread.
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
    private final List<LiveRun> runs = new ArrayList<>();
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
        return createListener(experimentName, null, null, 0);
    }

    /**
     * Starts following a run; the newest run is the live one. Viewers hear of it on the display
     * thread.
     *
     * @param experimentName the experiment's name, shown by the views
     * @param experimentFile the experiment file that runs, or {@code null}
     * @param outRoot        the folder receiving the run folder, or {@code null}
     * @param analyses       how many analyses the run has, 0 when unknown
     * @return the listener to give to the run; call {@link LiveRun#finished(Path)},
     *         {@link LiveRun#cancelled()} or {@link LiveRun#failed(String)} when it stops
     */
    public LiveRun createListener(String experimentName, Path experimentFile, Path outRoot, int analyses) {
        LiveRun run = new LiveRun(experimentName, experimentFile, outRoot, analyses,
                PlatformUI.getWorkbench().getDisplay());
        run.asyncExec(() -> {
            runs.add(run);
            if (run.isLive()) {
                publish(run);
                if (outRoot != null) {
                    // the run is listed from its start: bring the Runs view to the front
                    runsView();
                }
            }
        });
        return run;
    }

    /** @return the runs started in this session, oldest first (display thread) */
    public List<LiveRun> runs() {
        return List.copyOf(runs);
    }

    /** @param run a run of this session that is no longer listed (its folder was deleted) */
    public void forget(LiveRun run) {
        runs.remove(run);
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
        private final Path experimentFile;
        private final Path outRoot;
        private final int analyses;
        private final Instant started = Instant.now();
        private final Display display;
        private final Object lock = new Object();
        private final Map<String, List<SaeTrainingProgress>> pending = new LinkedHashMap<>();
        private final Map<String, List<SaeTrainingProgress>> delivered = new LinkedHashMap<>();
        private boolean flushScheduled;
        private long lastFlush;
        private final List<Long> deliveryTimes = new ArrayList<>();
        private volatile boolean live = true;
        private volatile RunStatus status = RunStatus.RUNNING;
        private volatile Instant endedAt;
        private volatile Path runFolder;
        private volatile String message;
        private volatile Job job;
        private volatile int analysesDone;
        private volatile String trainingSource;
        private volatile SaeTrainingProgress lastPoint;

        private LiveRun(String experimentName, Path experimentFile, Path outRoot, int analyses, Display display) {
            this.experimentName = experimentName;
            this.experimentFile = experimentFile == null ? null : experimentFile.toAbsolutePath().normalize();
            this.outRoot = outRoot == null ? null : outRoot.toAbsolutePath().normalize();
            this.analyses = analyses;
            this.display = display;
        }

        /** @return the experiment file that runs, or {@code null} */
        public Path experimentFile() {
            return experimentFile;
        }

        /** @return the folder receiving the run folder, or {@code null} */
        public Path outRoot() {
            return outRoot;
        }

        /** @return when the run started */
        public Instant started() {
            return started;
        }

        /** @return how long it ran, or runs so far */
        public Duration duration() {
            Instant end = endedAt;
            return Duration.between(started, end == null ? Instant.now() : end);
        }

        /** @return its status */
        public RunStatus status() {
            return status;
        }

        /** @return the run folder once it finished, else {@code null} */
        public Path runFolder() {
            return runFolder;
        }

        /** @return why it failed, or {@code null} */
        public String message() {
            return message;
        }

        /** @return the source whose SAE received the newest point, or {@code null} before the first */
        public String trainingSource() {
            return trainingSource;
        }

        /**
         * @return where the run is, e.g. {@code analysis 2 of 4, SAE m2 step 60 of 120}; empty
         *         before anything is reported
         */
        public String progress() {
            List<String> parts = new ArrayList<>();
            if (analyses > 0) {
                parts.add("analysis " + Math.min(analyses, analysesDone + 1) + " of " + analyses);
            }
            SaeTrainingProgress point = lastPoint;
            if (point != null && trainingSource != null && point.step() < point.totalSteps()) {
                parts.add("SAE " + trainingSource + " step " + point.step() + " of " + point.totalSteps());
            }
            return String.join(", ", parts);
        }

        /** @param running the job that runs it, so that it can be cancelled from a view */
        public void attach(Job running) {
            this.job = running;
        }

        /** Asks the job of the run to cancel, when there is one and it still runs. */
        public void cancel() {
            Job running = job;
            if (running != null && live) {
                running.cancel();
            }
        }

        /** @return whether it can be cancelled */
        public boolean canCancel() {
            return job != null && live;
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
            trainingSource = sourceId;
            lastPoint = progress;
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

        @Override
        public void analysisFinished(AnalysisResult result) {
            analysesDone++;
            asyncExec(() -> {
                if (live) {
                    publish(this);
                }
            });
        }

        /**
         * The run has written its results: delivers the remaining points, ends the live display
         * and selects the run in the Runs view.
         *
         * @param folder the new run folder
         */
        public void finished(Path folder) {
            runFolder = folder.toAbsolutePath().normalize();
            asyncExec(() -> {
                end(RunStatus.FINISHED);
                showInRunsView(folder);
            });
        }

        /** The run stopped without results; it is listed as failed. */
        public void ended() {
            failed(null);
        }

        /** @param reason why the run failed, or {@code null} */
        public void failed(String reason) {
            message = reason;
            asyncExec(() -> end(RunStatus.FAILED));
        }

        /** The user cancelled the run; nothing was written. */
        public void cancelled() {
            asyncExec(() -> end(RunStatus.CANCELLED));
        }

        private void end(RunStatus result) {
            if (!live) {
                return;
            }
            flush();
            endedAt = Instant.now();
            status = result;
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

        void asyncExec(Runnable runnable) {
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
        RunsView runs = runsView();
        if (runs != null) {
            Path folder = runFolder.toAbsolutePath().normalize();
            runs.addFolder(folder.getParent());
            runs.selectRun(folder);
            RunResults results = runs.selectedResults();
            if (results != null) {
                try {
                    // the registry's first viewer of the run's first analysis, without taking the focus
                    ShowResults.showPrimary(runs.getSite().getPage(), results, IWorkbenchPage.VIEW_VISIBLE);
                } catch (PartInitException e) {
                    // the run is selected in the Runs view; its views open from Show In
                }
            }
        }
    }

    /** @return the Runs view, shown on top of its stack without taking the focus, or {@code null} */
    private static RunsView runsView() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return null;
        }
        try {
            return (RunsView) page.showView(RunsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            // the results are on disk; the user can open the folder in the Runs view
            return null;
        }
    }
}
