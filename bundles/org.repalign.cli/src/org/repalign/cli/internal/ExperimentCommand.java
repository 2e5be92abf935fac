package org.repalign.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.repalign.analysis.experiment.ExperimentPlans;
import org.repalign.analysis.experiment.ExperimentTemplates;
import org.repalign.analysis.experiment.InstalledValidation;
import org.repalign.analysis.experiment.ReaderSourceShapes;
import org.repalign.cli.Command;
import org.repalign.cli.CommandIO;
import org.repalign.cli.OptionParser;
import org.repalign.cli.UsageException;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentFiles;

/**
 * {@code repalign experiment create FILE.repalign --source ID=PATH[#TENSOR] ...}: writes a new
 * experiment ({@link ExperimentTemplates} gives the defaults; PATH may be a folder of per-layer
 * files or a 3-D array, TENSOR a pattern of per-layer tensors) after validating it: an error
 * (a missing file, too few sources, a setting that does not fit the data) exits with status 2
 * and writes nothing; warnings are printed. An existing file is only replaced with
 * {@code --force}. The path of the written file is printed.
 */
public final class ExperimentCommand implements Command {

    private static final OptionParser OPTIONS = new OptionParser(
            Set.of("source", "items", "frequencies", "attributes", "analyses", "metrics", "name"), Set.of("force"));

    @Override
    public String name() {
        return "experiment";
    }

    @Override
    public String summary() {
        return "create an experiment file from representation files";
    }

    @Override
    public String usage() {
        return "repalign experiment create FILE.repalign --source ID=PATH[#TENSOR] [--source ...] [--items F]"
                + " [--frequencies F] [--attributes F] [--analyses bias,noise,...] [--metrics id,...] [--name N]"
                + " [--force]";
    }

    @Override
    public String examples() {
        return "  repalign experiment create mine.repalign --source a=a.npy --source b=b.npy\n"
                + "                                      two models, the default analyses\n"
                + "  repalign experiment create words.repalign --source glove=glove.txt --source w2v=w2v.bin \\\n"
                + "      --frequencies freq.tsv --attributes attrs.tsv   with the noise and probe analyses\n"
                + "  repalign experiment create layers.repalign --source llama=llama-layers/ --source vit=vit.npy\n"
                + "                                      a folder of per-layer files and a 3-D array [layers, items,\n"
                + "                                      dims]: with the layers analysis";
    }

    @Override
    public int run(List<String> arguments, CommandIO io) throws UsageException {
        if (arguments.isEmpty() || !arguments.get(0).equals("create")) {
            throw new UsageException("experiment needs the subcommand create: " + usage());
        }
        List<String> rest = arguments.subList(1, arguments.size());
        List<String> sourceTexts = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (int i = 0; i < rest.size(); i++) {
            if (rest.get(i).equals("--source") && i + 1 < rest.size()) {
                sourceTexts.add(rest.get(++i));
            } else if (rest.get(i).startsWith("--source=")) {
                sourceTexts.add(rest.get(i).substring("--source=".length()));
            } else {
                others.add(rest.get(i));
            }
        }
        OptionParser.Parsed parsed = OPTIONS.parse(others);
        if (parsed.positional().size() != 1) {
            throw new UsageException("experiment create needs one FILE.repalign: " + usage());
        }
        Path file = Paths.parse(parsed.positional().get(0), "experiment file").toAbsolutePath();
        if (Files.exists(file) && !parsed.has("force")) {
            throw new UsageException(file + " exists; pass --force to replace it");
        }
        if (sourceTexts.size() < 2) {
            throw new UsageException("--source: an experiment needs at least two sources, got " + sourceTexts.size());
        }
        List<ExperimentTemplates.SourceFile> sources = new ArrayList<>();
        for (String text : sourceTexts) {
            try {
                sources.add(ExperimentTemplates.SourceFile.parse(text));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage(), e);
            }
        }
        String fileName = file.getFileName().toString();
        String name = parsed.option("name", fileName.endsWith(".repalign")
                ? fileName.substring(0, fileName.length() - ".repalign".length()) : fileName);
        Experiment experiment;
        try {
            experiment = ExperimentTemplates.fromFiles(name, file, sources, path(parsed, "items"),
                    path(parsed, "frequencies"), path(parsed, "attributes"),
                    ExperimentRunning.list(parsed.option("analyses", null)),
                    parsed.has("metrics") ? MetricsCommand.splitMetricList(parsed.option("metrics", null)) : null,
                    note -> io.err().println("repalign: note: " + note));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        List<Diagnostic> problems = InstalledValidation.validate(experiment, file, new ReaderSourceShapes());
        List<Diagnostic> errors = problems.stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new UsageException(ExperimentPlans.problemLine(errors) + "; nothing was written");
        }
        for (Diagnostic warning : problems) {
            if (warning.getSeverity() >= Diagnostic.WARNING) {
                io.err().println("repalign: warning: " + warning.getMessage());
            }
        }
        try {
            Files.createDirectories(file.getParent());
            ExperimentFiles.save(experiment, file);
        } catch (IOException e) {
            throw new UsageException(file + ": cannot write (" + e.getMessage() + ")", e);
        }
        io.out().println(file);
        return OK;
    }

    private static Path path(OptionParser.Parsed parsed, String option) throws UsageException {
        String value = parsed.option(option, null);
        return value == null ? null : Paths.parse(value, "--" + option);
    }
}
