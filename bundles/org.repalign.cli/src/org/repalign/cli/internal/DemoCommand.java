package org.repalign.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.experiment.DemoExperiment;
import org.repalign.analysis.experiment.ExperimentPlans;
import org.repalign.cli.Command;
import org.repalign.cli.CommandIO;
import org.repalign.cli.OptionParser;
import org.repalign.cli.UsageException;
import org.repalign.model.ExperimentFiles;

/**
 * {@code repalign demo [--out DIR] [--only ...]}: writes the built-in synthetic experiment
 * ({@link DemoExperiment}, RepAlign's own signal/bias/noise generator) to
 * {@code DIR/synthetic-demo.repalign} (replacing an earlier copy of it) and runs it; results
 * go to {@code DIR/<run-id>/}, {@code DIR} being {@code ./repalign-demo} unless given.
 */
public final class DemoCommand implements Command {

    private static final OptionParser OPTIONS = new OptionParser(Set.of("out", "only"), Set.of());

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "run the built-in synthetic experiment (no data needed) and print its summary";
    }

    @Override
    public String usage() {
        return "repalign demo [--out DIR] [--only " + ExperimentRunning.onlyChoices() + "]";
    }

    @Override
    public String examples() {
        return "  repalign demo                       the synthetic experiment into ./repalign-demo/\n"
                + "  repalign demo --only bias --out d   only the bias analysis, into d/";
    }

    @Override
    public int run(List<String> arguments, CommandIO io) throws UsageException {
        OptionParser.Parsed parsed = OPTIONS.parse(arguments);
        if (!parsed.positional().isEmpty()) {
            throw new UsageException("demo takes no file, got '" + parsed.positional().get(0) + "': " + usage());
        }
        Path out = Paths.parse(parsed.option("out", "repalign-demo"), "--out").toAbsolutePath();
        Path file = out.resolve(DemoExperiment.NAME + ".repalign");
        try {
            Files.createDirectories(out);
            ExperimentFiles.save(DemoExperiment.create(), file);
        } catch (IOException e) {
            throw new UsageException("--out " + out + ": cannot write the demo experiment (" + e.getMessage() + ")", e);
        }
        io.err().println("repalign: demo experiment " + file + " (RepAlign's own synthetic signal/bias/noise data)");
        ExperimentPlan plan;
        try {
            plan = ExperimentPlans.load(file);
        } catch (ExperimentInputException e) {
            throw new UsageException(e.getMessage(), e);
        }
        ExperimentRunning.run(plan, out, ExperimentRunning.list(parsed.option("only", null)), io);
        return OK;
    }
}
