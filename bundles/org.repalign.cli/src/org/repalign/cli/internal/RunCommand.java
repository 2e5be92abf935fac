package org.repalign.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.experiment.ExperimentPlans;
import org.repalign.analysis.store.ResultStore;
import org.repalign.cli.Command;
import org.repalign.cli.CommandIO;
import org.repalign.cli.OptionParser;
import org.repalign.cli.UsageException;

/**
 * {@code repalign run FILE.repalign [--out DIR] [--only bias,noise,...]}: validates and runs an
 * experiment, with a progress bar on stderr, then prints the summary; the last line of stdout
 * is the path of the run's {@code report.json}. Results go to {@code DIR/<run-id>/}, by
 * default next to the experiment in {@code FILE.results/}.
 */
public final class RunCommand implements Command {

    private static final OptionParser OPTIONS = new OptionParser(Set.of("out", "only"), Set.of());

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String summary() {
        return "run an experiment file and print its summary";
    }

    @Override
    public String usage() {
        return "repalign run FILE.repalign [--out DIR] [--only " + ExperimentRunning.onlyChoices() + "]";
    }

    @Override
    public String examples() {
        return "  repalign run mine.repalign                     every analysis; results in mine.results/<run-id>/\n"
                + "  repalign run mine.repalign --only bias,noise   two analyses, into mine.results/\n"
                + "  repalign run mine.repalign --out /data/runs    results elsewhere";
    }

    @Override
    public int run(List<String> arguments, CommandIO io) throws UsageException {
        OptionParser.Parsed parsed = OPTIONS.parse(arguments);
        if (parsed.positional().size() != 1) {
            throw new UsageException("run needs one experiment file: " + usage());
        }
        Path file = Paths.parse(parsed.positional().get(0), "experiment file");
        if (!Files.isRegularFile(file)) {
            throw new UsageException(file + ": no such experiment file");
        }
        ExperimentPlan plan;
        try {
            plan = ExperimentPlans.load(file);
        } catch (ExperimentInputException e) {
            throw new UsageException(e.getMessage(), e);
        }
        Path out = parsed.has("out") ? Paths.parse(parsed.option("out", null), "--out") : ResultStore.defaultResultsFolder(file);
        ExperimentRunning.run(plan, out, ExperimentRunning.list(parsed.option("only", null)), io);
        return OK;
    }

}
