package org.repalign.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.repalign.analysis.results.ResultsJson;
import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.store.RunId;
import org.repalign.io.write.AtomicFiles;
import org.repalign.model.ExperimentFiles;
import org.repalign.ui.RunStatus;

/**
 * What the Runs view shows of a run folder, read from the folder alone: the status (a report
 * means finished; a folder named like a run, or the hidden temporary folder of an interrupted
 * write, without one is incomplete), the start time (from the run id, which begins with the UTC
 * start), the duration ({@code seconds_wall_total} of the report) and the experiment's name (the
 * report's, else the kept experiment file's). Summaries are cached until the report changes.
 */
public final class RunFolders {

    private static final Map<Path, Cached> CACHE = new ConcurrentHashMap<>();

    /**
     * One run folder as listed.
     *
     * @param folder     the folder
     * @param runId      the run id (the folder's name, or the name of the folder being written)
     * @param status     {@link RunStatus#FINISHED} or {@link RunStatus#INCOMPLETE}
     * @param started    when the run started, or {@code null} when unknown
     * @param duration   how long it ran, or {@code null} when unknown
     * @param experiment the experiment's name, empty when unknown
     */
    public record Summary(Path folder, String runId, RunStatus status, Instant started, Duration duration,
            String experiment) {
    }

    private record Cached(FileTime stamp, Summary summary) {
    }

    private RunFolders() {
    }

    /**
     * @param folder a folder
     * @return whether the Runs view lists it as a run: it holds a report, or it is named like a
     *         run or an interrupted write of one
     */
    public static boolean isListed(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        if (RunResults.isRunFolder(folder)) {
            return true;
        }
        String name = folder.getFileName().toString();
        return RunId.start(name).isPresent() || AtomicFiles.temporaryTarget(name).isPresent();
    }

    /**
     * @param resultsFolder a folder receiving runs
     * @return its run folders ({@link #isListed}), newest first
     */
    public static List<Path> runsIn(Path resultsFolder) {
        if (!Files.isDirectory(resultsFolder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(resultsFolder)) {
            return list.filter(RunFolders::isListed)
                    .sorted(Comparator.comparing((Path p) -> runId(p)).thenComparing(Path::toString).reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * @param folder a run folder
     * @return its summary (cached while its report is unchanged)
     */
    public static Summary summary(Path folder) {
        Path report = folder.resolve(RunResults.REPORT_FILE);
        FileTime stamp;
        try {
            stamp = Files.isRegularFile(report) ? Files.getLastModifiedTime(report) : FileTime.fromMillis(0);
        } catch (IOException e) {
            stamp = FileTime.fromMillis(0);
        }
        Cached cached = CACHE.get(folder);
        if (cached != null && cached.stamp().equals(stamp)) {
            return cached.summary();
        }
        Summary summary = read(folder, report);
        CACHE.put(folder, new Cached(stamp, summary));
        return summary;
    }

    private static Summary read(Path folder, Path report) {
        String id = runId(folder);
        Instant started = RunId.start(id).orElse(null);
        if (!Files.isRegularFile(report)) {
            return new Summary(folder, id, RunStatus.INCOMPLETE, started, null, keptExperimentName(folder));
        }
        String experiment = "";
        Duration duration = null;
        try {
            ReportGlance glance = ResultsJson.read(report, ReportGlance.class);
            if (glance.experiment() != null) {
                experiment = glance.experiment();
            }
            if (glance.secondsWallTotal() != null && Double.isFinite(glance.secondsWallTotal())) {
                duration = Duration.ofMillis(Math.round(glance.secondsWallTotal() * 1000));
            }
        } catch (IOException | RuntimeException e) {
            // listed as finished without details; selecting it shows why it cannot be read
        }
        if (experiment.isEmpty()) {
            experiment = keptExperimentName(folder);
        }
        if (started == null && duration != null) {
            try {
                started = Files.getLastModifiedTime(report).toInstant().minus(duration);
            } catch (IOException e) {
                // unknown
            }
        }
        return new Summary(folder, id, RunStatus.FINISHED, started, duration, experiment);
    }

    /** @return the run id a folder stands for: its name, or the name being written for a temporary folder */
    static String runId(Path folder) {
        String name = folder.getFileName().toString();
        return AtomicFiles.temporaryTarget(name).orElse(name);
    }

    private static String keptExperimentName(Path folder) {
        Path kept = folder.resolve("experiment.repalign");
        if (!Files.isRegularFile(kept)) {
            return "";
        }
        try {
            String name = ExperimentFiles.load(kept).getName();
            return name == null ? "" : name;
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * @param duration a duration, or {@code null}
     * @return it as a person reads it: {@code 4.2 s}, {@code 3 min 05 s}, {@code 1 h 02 min}; empty for null
     */
    public static String format(Duration duration) {
        if (duration == null) {
            return "";
        }
        long seconds = duration.getSeconds();
        if (seconds < 60) {
            return String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
        }
        if (seconds < 3600) {
            return String.format(java.util.Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(java.util.Locale.ROOT, "%d h %02d min", seconds / 3600, (seconds % 3600) / 60);
    }

    /**
     * Lists the folders below a folder that hold runs, up to a depth.
     *
     * @param folder a folder
     * @param depth  levels to look down
     * @return whether some run folder is there
     */
    public static boolean holdsRuns(Path folder, int depth) {
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

    /**
     * @param folder a folder
     * @return its visible subfolders, sorted by name
     */
    public static List<Path> subfolders(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return new ArrayList<>(list.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList());
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * The two entries of a report the Runs view lists, read by the results' one JSON rule.
     *
     * @param experiment       the experiment's name
     * @param secondsWallTotal the run's duration in seconds
     */
    private record ReportGlance(String experiment, Double secondsWallTotal) {
    }
}
