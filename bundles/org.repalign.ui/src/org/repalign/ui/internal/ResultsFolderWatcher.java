package org.repalign.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.repalign.analysis.results.RunResults;

/**
 * Notices runs that appear, change or vanish in results folders written from outside the
 * workbench (a {@code ./repalign run} on the command line): a system job that looks at the
 * watched folders every {@link #INTERVAL_MS} ms, off the display thread, and reports the folders
 * whose list of runs changed. Only names, kinds and report times are compared, so a poll costs a
 * directory listing per folder.
 */
public final class ResultsFolderWatcher {

    /** Time between two looks, in milliseconds. */
    public static final int INTERVAL_MS = 1000;

    private final Consumer<List<Path>> changed;
    private volatile List<Path> watched = List.of();
    private final Map<Path, String> seen = new HashMap<>();
    private final Job job;
    private volatile boolean running;

    /**
     * @param changed told (on the watcher's thread) the watched folders whose runs changed
     */
    public ResultsFolderWatcher(Consumer<List<Path>> changed) {
        this.changed = changed;
        this.job = new Job("Watching results folders") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                poll();
                if (running) {
                    schedule(INTERVAL_MS);
                }
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.setPriority(Job.DECORATE);
    }

    /**
     * Watches folders from now on (replacing the previous ones). A folder new to the watcher is
     * looked at once right away, so a run written just after is seen as a change.
     *
     * @param folders the folders to watch
     */
    public void watch(List<Path> folders) {
        synchronized (seen) {
            for (Path folder : folders) {
                seen.computeIfAbsent(folder, ResultsFolderWatcher::fingerprint);
            }
        }
        watched = List.copyOf(folders);
    }

    /** Starts looking. */
    public void start() {
        running = true;
        job.schedule(INTERVAL_MS);
    }

    /** Stops looking. */
    public void stop() {
        running = false;
        job.cancel();
    }

    private void poll() {
        List<Path> folders = watched;
        List<Path> differ = new java.util.ArrayList<>();
        synchronized (seen) {
            seen.keySet().retainAll(new java.util.HashSet<>(folders));
            for (Path folder : folders) {
                String now = fingerprint(folder);
                String before = seen.put(folder, now);
                if (before != null && !before.equals(now)) {
                    differ.add(folder);
                }
            }
        }
        if (!differ.isEmpty()) {
            changed.accept(List.copyOf(differ));
        }
    }

    /**
     * @param folder a results folder
     * @return its subfolders (hidden ones included, to see writes in progress) with whether each
     *         holds a report and when it changed, one level deeper for folders of folders
     */
    static String fingerprint(Path folder) {
        StringBuilder text = new StringBuilder();
        append(folder, 2, text);
        return text.toString();
    }

    private static void append(Path folder, int depth, StringBuilder text) {
        if (depth <= 0 || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> list = Files.list(folder)) {
            for (Path child : list.filter(Files::isDirectory).sorted().toList()) {
                Path report = child.resolve(RunResults.REPORT_FILE);
                text.append(child.getFileName()).append(':');
                if (Files.isRegularFile(report)) {
                    text.append(Files.getLastModifiedTime(report).toMillis());
                } else {
                    append(child, depth - 1, text);
                }
                text.append(';');
            }
        } catch (IOException e) {
            text.append("?");
        }
    }
}
