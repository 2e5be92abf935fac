package org.repalign.cli.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.modules.AnalysisRegistry;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.run.ExperimentRunner;
import org.repalign.analysis.run.RunOutcome;
import org.repalign.analysis.work.WorkExecutor;
import org.repalign.cli.CommandIO;
import org.repalign.cli.UsageException;
import org.repalign.compute.metrics.MetricRegistry;

/**
 * What {@code run}, {@code demo} and {@code spark run} share: the progress bar, the run, the
 * summary and the report path.
 */
public final class ExperimentRunning {

    private ExperimentRunning() {
    }

    /**
     * @param plan    the plan
     * @param outRoot the folder receiving the run folder
     * @param only    analysis ids to keep, or {@code null} for all
     * @param io      streams
     * @return the outcome
     * @throws UsageException with the one-line input problem
     */
    static RunOutcome run(ExperimentPlan plan, Path outRoot, List<String> only, CommandIO io) throws UsageException {
        return run(plan, outRoot, only, null, io);
    }

    /**
     * @param plan     the plan
     * @param outRoot  the folder receiving the run folder
     * @param only     analysis ids to keep, or {@code null} for all
     * @param executor runs the work units, or {@code null} for the configured local threads
     * @param io       streams
     * @return the outcome
     * @throws UsageException with the one-line input problem
     */
    public static RunOutcome run(ExperimentPlan plan, Path outRoot, List<String> only, WorkExecutor executor,
            CommandIO io) throws UsageException {
        ExperimentPlan planned = plan;
        if (only != null) {
            try {
                planned = plan.only(only);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--only: " + e.getMessage() + "; the experiment runs "
                        + String.join(", ", plan.analyses().stream().map(a -> a.id()).toList()), e);
            }
        }
        if (planned.analyses().isEmpty()) {
            throw new UsageException("experiment '" + plan.name() + "' has no enabled analysis to run");
        }
        ProgressBar progress = new ProgressBar(io.err());
        RunOutcome outcome;
        try {
            outcome = new ExperimentRunner(MetricRegistry.installed(), executor).run(planned, outRoot,
                    RunListener.NONE, progress);
        } catch (ExperimentInputException e) {
            progress.finish();
            throw new UsageException(e.getMessage(), e);
        } catch (OperationCanceledException e) {
            progress.finish();
            // not bad input: exits with status 1
            throw new IllegalStateException("canceled; no results were written", e);
        }
        progress.finish();
        io.out().println("experiment " + plan.name() + ", run " + outcome.runId() + " ("
                + String.format(java.util.Locale.ROOT, "%.1f", ((Number) outcome.report().get("seconds_wall_total"))
                        .doubleValue()) + " s)");
        for (String line : outcome.summary()) {
            io.out().println("  " + line);
        }
        io.out().println("  " + outcome.secondsLine());
        io.out().println(outcome.reportFile().toAbsolutePath());
        return outcome;
    }

    /** @return the ids {@code --only} takes, as its usage shows them: those of the registry */
    public static String onlyChoices() {
        return String.join(",", AnalysisRegistry.installed().knownIds());
    }

    /**
     * @param text a comma-separated list, or {@code null}
     * @return its non-blank entries, or {@code null}
     */
    public static List<String> list(String text) {
        return text == null ? null
                : java.util.Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
