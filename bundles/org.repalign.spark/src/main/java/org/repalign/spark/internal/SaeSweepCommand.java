package org.repalign.spark.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.spark.TaskContext;
import org.repalign.analysis.results.ResultsCsv;
import org.repalign.analysis.results.ResultsJson;
import org.repalign.cli.Command;
import org.repalign.cli.CommandIO;
import org.repalign.cli.CommandLine;
import org.repalign.cli.OptionParser;
import org.repalign.cli.UsageException;
import org.repalign.cli.internal.SaeCommand;
import org.repalign.compute.runtime.Nd4jRuntime;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.write.AtomicFiles;

/**
 * {@code repalign spark sae-sweep INPUT... --latents m1,m2 --k k1,k2 --out DIR}: one SAE per input
 * and setting, each an independent Spark task that runs {@code repalign sae train} and
 * {@code repalign sae eval} on the executor, written as a SAELens folder with its
 * {@code evaluation.json}, and a summary table of FVU, L0 and dead fraction per setting
 * ({@code summary.csv}, {@code summary.json}).
 */
public final class SaeSweepCommand implements Command {

    /** The evaluation written into every SAE folder: {@code repalign sae eval}'s JSON. */
    public static final String EVALUATION_FILE = "evaluation.json";

    private static final Set<String> PASSED_ON = Set.of("arch", "recipe", "steps", "batch", "lr", "l1", "seed",
            "tensor", "preprocess", "log-every");

    private static final OptionParser OPTIONS = new OptionParser(
            Set.of("latents", "k", "arch", "recipe", "steps", "batch", "lr", "l1", "seed", "tensor", "preprocess",
                    "log-every", "out", "master"),
            Set.of("scale-inputs"));

    @Override
    public String name() {
        return "sae-sweep";
    }

    @Override
    public String summary() {
        return "train one SAE per input and setting as parallel Spark tasks, with a summary table";
    }

    @Override
    public String usage() {
        return "repalign spark sae-sweep INPUT... --latents m1,m2,... [--k k1,k2,...] --out DIR\n"
                + "        [--arch topk|batchtopk|relu-l1] [--recipe l2prh|gao] [--steps N] [--batch B] [--lr X] [--l1 L]\n"
                + "        [--seed s] [--tensor NAME] [--preprocess none|raw|centered] [--scale-inputs] [--master URL]\n"
                + "  Every input × latents × k is one task running 'repalign sae train' with these options (the same\n"
                + "  seed for every setting, as separate 'sae train' calls would use) into DIR/INPUT-ARCH-mM-kK/, with\n"
                + "  'sae eval' in evaluation.json; DIR/summary.csv and summary.json list FVU, L0 and dead fraction.";
    }

    @Override
    public String examples() {
        return "  repalign spark sae-sweep llama.npy mistral.npy --latents 8192,16384 --k 32,64,128 --out sweep\n"
                + "  spark-submit --class org.repalign.spark.SparkMain repalign-spark.jar sae-sweep /shared/a.npy"
                + " --latents 4096 --k 32 --out /shared/sweep";
    }

    /**
     * One SAE of the sweep.
     *
     * @param index     its place in the sweep (input, then latents, then k)
     * @param input     the input file, absolute
     * @param latents   the dictionary size
     * @param k         active latents, or 0 for an architecture without k
     * @param folder    its SAELens folder, absolute
     * @param arguments the arguments of {@code sae train} without {@code --out}
     * @param evalArguments the options of {@code sae eval} after DIR and INPUT
     */
    record Setting(int index, String input, int latents, int k, String folder, List<String> arguments,
            List<String> evalArguments) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** What a task returns: the evaluation's JSON, or the failure's exit status and one line. */
    record Trained(int index, int status, String message, String evaluation, double seconds) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Override
    public int run(List<String> arguments, CommandIO io) throws UsageException {
        OptionParser.Parsed parsed = OPTIONS.parse(arguments);
        if (parsed.positional().isEmpty()) {
            throw new UsageException("sae-sweep needs at least one INPUT file (see 'repalign spark help sae-sweep')");
        }
        if (!parsed.has("out")) {
            throw new UsageException("sae-sweep needs --out DIR");
        }
        Path out = Path.of(parsed.option("out", "")).toAbsolutePath().normalize();
        requireEmptyFolder(out);
        List<Integer> latents = positiveList(parsed, "latents", true);
        List<Integer> ks = positiveList(parsed, "k", false);
        if (ks.isEmpty()) {
            ks = List.of(0);
        }
        List<Setting> settings = settings(parsed, out, latents, ks);
        // every setting's arguments are checked here, before any task starts
        for (Setting setting : settings) {
            List<String> check = new ArrayList<>(setting.arguments());
            check.addAll(List.of("--out", setting.folder()));
            SaeCommand.checkTrainArguments(check);
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UsageException("--out " + out + ": cannot be created (" + e.getMessage() + ")", e);
        }
        List<Trained> trained;
        try (SparkSessions session = SparkSessions.start("repalign spark sae-sweep", parsed.option("master", null),
                io.err())) {
            DriverProgress progress = new DriverProgress(io.err(), "sae-sweep");
            session.context().sc().addSparkListener(progress);
            try {
                trained = session.context().parallelize(settings, settings.size()).map(SaeSweepCommand::train)
                        .collect();
            } finally {
                session.context().sc().removeSparkListener(progress);
            }
        }
        writeSummary(out, settings, trained, io);
        for (Trained result : trained) {
            if (result.status() != OK) {
                Setting setting = settings.get(result.index());
                String line = Path.of(setting.folder()).getFileName() + ": " + result.message();
                if (result.status() == BAD_INPUT) {
                    throw new UsageException(line);
                }
                throw new IllegalStateException(line);
            }
        }
        return OK;
    }

    private static void requireEmptyFolder(Path out) throws UsageException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException("--out " + out + " is a file, not a folder");
        }
        if (Files.isDirectory(out)) {
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new UsageException("--out " + out + " exists and is not empty; choose another folder");
                }
            } catch (IOException e) {
                throw new UsageException("--out " + out + ": " + e.getMessage(), e);
            }
        }
    }

    private static List<Integer> positiveList(OptionParser.Parsed parsed, String name, boolean required)
            throws UsageException {
        String text = parsed.option(name, null);
        if (text == null) {
            if (required) {
                throw new UsageException("sae-sweep needs --" + name + " with one or more sizes, e.g. --" + name + " 4096,8192");
            }
            return List.of();
        }
        List<Integer> values = new ArrayList<>();
        for (String part : text.split(",")) {
            try {
                int value = Integer.parseInt(part.strip());
                if (value < 1) {
                    throw new NumberFormatException();
                }
                if (values.contains(value)) {
                    throw new UsageException("--" + name + " lists " + value + " twice");
                }
                values.add(value);
            } catch (NumberFormatException e) {
                throw new UsageException("--" + name + " must list positive integers separated by commas, not '" + text + "'");
            }
        }
        return values;
    }

    private static List<Setting> settings(OptionParser.Parsed parsed, Path out, List<Integer> latents, List<Integer> ks) {
        List<String> common = new ArrayList<>();
        for (String option : PASSED_ON.stream().sorted().toList()) {
            if (parsed.has(option)) {
                common.addAll(List.of("--" + option, parsed.option(option, "")));
            }
        }
        if (parsed.has("scale-inputs")) {
            common.add("--scale-inputs");
        }
        List<String> evalOptions = new ArrayList<>();
        for (String option : List.of("tensor", "preprocess")) {
            if (parsed.has(option)) {
                evalOptions.addAll(List.of("--" + option, parsed.option(option, "")));
            }
        }
        String architecture = parsed.option("arch", "topk");
        Map<String, Integer> stems = new HashMap<>();
        List<Setting> settings = new ArrayList<>();
        for (String file : parsed.positional()) {
            Path input = Path.of(file).toAbsolutePath().normalize();
            String stem = stem(input);
            int seen = stems.merge(stem, 1, Integer::sum);
            String name = seen == 1 ? stem : stem + "-" + seen;
            for (int m : latents) {
                for (int k : ks) {
                    List<String> arguments = new ArrayList<>(List.of(input.toString(), "--latents", String.valueOf(m)));
                    if (k > 0) {
                        arguments.addAll(List.of("--k", String.valueOf(k)));
                    }
                    arguments.addAll(common);
                    String folder = name + "-" + architecture + "-m" + m + (k > 0 ? "-k" + k : "");
                    settings.add(new Setting(settings.size(), input.toString(), m, k, out.resolve(folder).toString(),
                            List.copyOf(arguments), List.copyOf(evalOptions)));
                }
            }
        }
        return settings;
    }

    private static String stem(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * Trains and evaluates one setting on an executor, into a folder of the attempt's own that is
     * renamed into place when complete: a retried or speculative attempt never mixes its files
     * with another's, and the first complete one is kept (they are equal: the same seed and
     * settings give the same SAE).
     */
    private static Trained train(Setting setting) throws IOException {
        return TaskThreads.run(0, () -> trainSetting(setting));
    }

    private static Trained trainSetting(Setting setting) throws IOException {
        long start = System.nanoTime();
        TaskContext task = TaskContext.get();
        Path target = Path.of(setting.folder());
        Path attempt = target.resolveSibling("." + target.getFileName() + ".attempt-"
                + (task == null ? 0 : task.taskAttemptId()));
        Folders.deleteTree(attempt);
        List<String> trainArguments = new ArrayList<>(List.of("sae", "train"));
        trainArguments.addAll(setting.arguments());
        trainArguments.addAll(List.of("--out", attempt.toString()));
        Captured trainedRun = Captured.run(trainArguments);
        if (trainedRun.status != OK) {
            Folders.deleteTree(attempt);
            return new Trained(setting.index(), trainedRun.status, trainedRun.failureLine(), null, seconds(start));
        }
        List<String> evalArguments = new ArrayList<>(List.of("sae", "eval", attempt.toString(), setting.input()));
        evalArguments.addAll(setting.evalArguments());
        Captured evaluated = Captured.run(evalArguments);
        if (evaluated.status != OK) {
            Folders.deleteTree(attempt);
            return new Trained(setting.index(), evaluated.status, evaluated.failureLine(), null, seconds(start));
        }
        try {
            AtomicFiles.writeFile(attempt.resolve(EVALUATION_FILE),
                    channel -> channel.write(ByteBuffer.wrap(evaluated.out.getBytes(StandardCharsets.UTF_8))));
        } catch (RepresentationFileException e) {
            Folders.deleteTree(attempt);
            throw new IOException(e.getMessage(), e);
        }
        try {
            Files.move(attempt, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
            // another attempt of this setting finished first: its folder is kept
            Folders.deleteTree(attempt);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(attempt, target);
        }
        return new Trained(setting.index(), OK, null, evaluated.out, seconds(start));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** A command of {@code repalign} run in this JVM, its output kept. */
    private static final class Captured {
        final int status;
        final String out;
        final String err;

        private Captured(int status, String out, String err) {
            this.status = status;
            this.out = out;
            this.err = err;
        }

        static Captured run(List<String> arguments) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = new CommandLine().run(arguments.toArray(String[]::new), new CommandIO(
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
            return new Captured(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }

        /** The command's one line, without the {@code repalign: } prefix and the log's path. */
        String failureLine() {
            String line = err.lines().filter(text -> text.startsWith("repalign: ")).reduce((a, b) -> b)
                    .orElse("failed with exit status " + status);
            line = line.substring(line.startsWith("repalign: ") ? "repalign: ".length() : 0);
            int details = line.lastIndexOf(" (details: ");
            return details > 0 ? line.substring(0, details) : line;
        }
    }

    private static void writeSummary(Path out, List<Setting> settings, List<Trained> trained, CommandIO io)
            throws UsageException {
        List<String> columns = List.of("input", "latents", "k", "folder", "fvu", "l0", "dead_fraction", "seconds",
                "problem");
        List<Object[]> rows = new ArrayList<>();
        List<Map<String, Object>> json = new ArrayList<>();
        for (Trained result : trained) {
            Setting setting = settings.get(result.index());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("input", setting.input());
            row.put("latents", setting.latents());
            row.put("k", setting.k() > 0 ? setting.k() : null);
            row.put("folder", Path.of(setting.folder()).getFileName().toString());
            Map<String, Object> evaluation = result.evaluation() == null ? Map.of() : parse(result.evaluation());
            row.put("fvu", evaluation.get("fvu"));
            row.put("l0", evaluation.get("l0"));
            row.put("dead_fraction", evaluation.get("dead_fraction"));
            row.put("seconds", result.seconds());
            row.put("problem", result.message());
            json.add(row);
            rows.add(row.values().toArray());
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("settings", json);
        summary.put("environment", Nd4jRuntime.environment().toMap());
        try {
            writeText(out.resolve("summary.csv"), ResultsCsv.write(columns, rows));
            writeText(out.resolve("summary.json"), ResultsJson.write(summary));
        } catch (RepresentationFileException e) {
            throw new UsageException(e.getMessage(), e);
        }
        io.out().printf(Locale.ROOT, "%-40s %10s %8s %8s%n", "folder", "fvu", "l0", "dead");
        for (Map<String, Object> row : json) {
            io.out().printf(Locale.ROOT, "%-40s %10s %8s %8s%n", row.get("folder"), number(row.get("fvu"), "%.5f"),
                    number(row.get("l0"), "%.2f"), number(row.get("dead_fraction"), "%.3f"));
        }
        io.out().println(out.resolve("summary.csv"));
    }

    private static String number(Object value, String format) {
        return value instanceof Number number ? String.format(Locale.ROOT, format, number.doubleValue()) : "failed";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String json) {
        try {
            return ResultsJson.mapper().readValue(json, Map.class);
        } catch (IOException e) {
            throw new IllegalStateException("sae eval wrote no JSON: " + e.getMessage(), e);
        }
    }

    private static void writeText(Path file, String text) throws RepresentationFileException {
        AtomicFiles.writeFile(file, true, channel -> channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8))));
    }
}
