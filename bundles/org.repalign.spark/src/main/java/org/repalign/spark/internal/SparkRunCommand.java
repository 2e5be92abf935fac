package org.repalign.spark.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.experiment.ExperimentPlans;
import org.repalign.analysis.store.ResultStore;
import org.repalign.analysis.work.LocalExecutor;
import org.repalign.cli.Command;
import org.repalign.cli.CommandIO;
import org.repalign.cli.OptionParser;
import org.repalign.cli.UsageException;
import org.repalign.cli.internal.ExperimentRunning;

/**
 * {@code repalign spark run EXPERIMENT}: an experiment run whose pair evaluations run as Spark
 * tasks ({@link SparkWorkExecutor}); the driver writes the same run folder as
 * {@code repalign run}, through the same result store, with the same numbers.
 */
public final class SparkRunCommand implements Command {

    private static final OptionParser OPTIONS = new OptionParser(Set.of("out", "only", "master"), Set.of());

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String summary() {
        return "run an experiment with its units of work as Spark tasks; the run folder of 'repalign run'";
    }

    @Override
    public String usage() {
        return "repalign spark run FILE.repalign [--out DIR] [--only " + ExperimentRunning.onlyChoices()
                + "] [--master URL]\n"
                + "  The experiment file and its sources must be at the same paths on the driver and every executor.\n"
                + "  Pair evaluations (every metric on one subsample of one pair, dense rows and SAE codes), SAEs,\n"
                + "  feature matching, probes, frequency windows and layer cells (with their nulls) run as tasks.";
    }

    @Override
    public String examples() {
        return "  repalign spark run mine.repalign                       local mode; results in mine.results/<run-id>/\n"
                + "  spark-submit --class org.repalign.spark.SparkMain repalign-spark.jar run /shared/mine.repalign";
    }

    @Override
    public int run(List<String> arguments, CommandIO io) throws UsageException {
        OptionParser.Parsed parsed = OPTIONS.parse(arguments);
        if (parsed.positional().size() != 1) {
            throw new UsageException("run needs one experiment file: " + usage().lines().findFirst().orElse(""));
        }
        Path file = Path.of(parsed.positional().get(0)).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new UsageException(file + ": no such experiment file");
        }
        ExperimentPlan plan;
        RunReplica replica;
        try {
            plan = ExperimentPlans.load(file);
            replica = RunReplica.of(file, LocalExecutor.configuredBlasThreads());
        } catch (ExperimentInputException e) {
            throw new UsageException(e.getMessage(), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new UsageException(file.getFileName() + ": " + e.getMessage(), e);
        }
        Path out = parsed.has("out") ? Path.of(parsed.option("out", null)) : ResultStore.defaultResultsFolder(file);
        try (SparkSessions session = SparkSessions.start("repalign spark run", parsed.option("master", null),
                io.err())) {
            DriverProgress progress = new DriverProgress(io.err(), "run");
            session.context().sc().addSparkListener(progress);
            // beside the run folders, on the storage the executors write to; removed at the end
            Path scratch = out.resolve(".spark-scratch-" + session.context().sc().applicationId() + "-"
                    + Long.toHexString(System.nanoTime()));
            try {
                SparkWorkExecutor executor = new SparkWorkExecutor(session.context(), replica,
                        LocalExecutor.configured(), scratch);
                ExperimentRunning.run(plan, out, ExperimentRunning.list(parsed.option("only", null)), executor, io);
            } finally {
                session.context().sc().removeSparkListener(progress);
                deleteTree(scratch);
            }
        }
        return OK;
    }

    private static void deleteTree(Path folder) {
        try {
            Folders.deleteTree(folder);
        } catch (IOException e) {
            // a scratch folder left behind holds nothing of the results
        }
    }
}
