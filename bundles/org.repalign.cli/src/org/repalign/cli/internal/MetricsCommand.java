package org.repalign.cli.internal;

import org.repalign.analysis.results.ResultsJson;
import org.repalign.analysis.run.TimeLeft;
import org.repalign.analysis.work.ThreadSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongConsumer;

import org.repalign.cli.Command;
import org.repalign.cli.CommandIO;
import org.repalign.cli.OptionParser;
import org.repalign.cli.UsageException;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.parallel.ParallelRanges;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.protocol.EvaluationProtocol;
import org.repalign.compute.protocol.MetricSummary;
import org.repalign.compute.protocol.PairEvaluation;
import org.repalign.compute.protocol.PairEvaluator;
import org.repalign.compute.protocol.PermutationNull;
import org.repalign.compute.protocol.PermutationResult;
import org.repalign.compute.protocol.PermutationSettings;
import org.repalign.compute.protocol.ProgressListener;
import org.repalign.compute.protocol.ProtocolNull;
import org.repalign.compute.protocol.RowSelection;
import org.repalign.compute.protocol.RowSubsets;
import org.repalign.compute.runtime.Nd4jRuntime;
import org.repalign.compute.stats.SubsampleInterval;
import org.repalign.io.FiniteValueCheck;
import org.repalign.io.Representation;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.RepresentationReaders;
import org.repalign.io.sidefiles.ItemAlignment;
import org.repalign.io.sidefiles.ItemListFile;
import org.repalign.io.sidefiles.ItemSource;

/**
 * {@code repalign metrics A B}: the alignment of two representations of the same items under the
 * paper's metrics (or any registered metric), with optional subsampling and permutation nulls.
 */
public final class MetricsCommand implements Command {

    private static final OptionParser OPTIONS = new OptionParser(
            Set.of("items-a", "items-b", "tensor-a", "tensor-b", "preprocess", "metrics", "subsamples", "size", "seed",
                    "null", "ties", "cka-eps", "format", "save-subsets"),
            Set.of("list", "layers"));

    private final MetricRegistry registry;

    /** Creates the command over the installed metrics (built-in and contributed). */
    public MetricsCommand() {
        this(MetricRegistry.installed());
    }

    /** @param registry the metrics the command knows */
    public MetricsCommand(MetricRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "metrics";
    }

    @Override
    public String summary() {
        return "alignment metrics between two representations (CKA, SVCCA, mutual k-NN, ...)";
    }

    @Override
    public String usage() {
        return "repalign metrics A B [--items-a F --items-b F] [--tensor-a NAME --tensor-b NAME]\n"
                + "        [--preprocess none|raw|centered|clamp] [--metrics id,id,...|all] [--subsamples S --size m]\n"
                + "        [--seed s] [--null P] [--ties random|index] [--cka-eps E] [--format json|table]\n"
                + "        [--save-subsets FILE] [--layers]\n"
                + "repalign metrics --list [--format json|table]\n"
                + "  A, B: .npy, .npz (dense or scipy CSR), .safetensors, word2vec/GloVe text (.txt, .vec),\n"
                + "  word2vec binary (.bin), .csv, .tsv, and the formats of installed plug-ins. Rows are paired\n"
                + "  by item (item lists or the names in word-vector and CSV files) when both sides have them,\n"
                + "  else by row order.\n"
                + "  --layers: A and B hold layers (a folder of per-layer files, a 3-D .npy or .safetensors\n"
                + "  tensor [layers, items, features], or .safetensors tensors named by --tensor-a/-b patterns\n"
                + "  such as 'layers.*'); every metric on every layer pair, the best pair, and with --null P\n"
                + "  the permutation null of the best value over the whole grid.\n"
                + "  --null P: P row shuffles of B; with subsamples every subsample is shuffled, giving the null\n"
                + "  of the reported mean; each null comes with p, z and the calibrated score\n"
                + "  (value - null mean)/(ideal - null mean).\n"
                + "  Defaults: --preprocess raw, the 8 paper metrics, whole matrices, --seed 0, --ties random.";
    }

    @Override
    public String examples() {
        return "  repalign metrics llama.npy mistral.npy                    the 8 paper metrics between two models\n"
                + "  repalign metrics a.npy b.npy --subsamples 10 --size 1000 --format json\n"
                + "                                                           the paper's protocol, as JSON\n"
                + "  repalign metrics gpt2/ bert.npy --layers --metrics cka --null 100\n"
                + "                                                           every layer pair, and the null of the best\n"
                + "  repalign metrics --list                                    every metric with its parameters";
    }

    @Override
    public int run(List<String> arguments, CommandIO io) throws UsageException {
        OptionParser.Parsed parsed = OPTIONS.parse(arguments);
        String format = parsed.choice("format", List.of("json", "table"), "table");
        if (parsed.has("list")) {
            if (!parsed.positional().isEmpty()) {
                throw new UsageException("metrics --list takes no files");
            }
            new MetricListing(registry).print(format, io.out());
            return OK;
        }
        if (parsed.positional().size() != 2) {
            throw new UsageException("metrics needs two files A and B, got " + parsed.positional().size()
                    + " (see 'repalign help metrics')");
        }
        Settings settings = Settings.of(parsed);
        List<AlignmentMetric> metrics = createMetrics(parsed.option("metrics", null));
        // the BLAS library loads while the files are read (a failure shows where BLAS is first used)
        CompletableFuture.runAsync(MetricsCommand::loadBlasQuietly);
        long start = System.nanoTime();
        if (parsed.has("layers")) {
            return runLayers(parsed, metrics, settings, format, io, start);
        }
        PairedSources sources = readSources(parsed);
        try {
            Map<String, Object> report = measure(sources, metrics, settings, io);
            if (parsed.option("metrics", null) != null) {
                // a metric the user named that broke inside its contribution fails the command
                for (AlignmentMetric metric : metrics) {
                    java.util.Optional<String> failure = MetricRegistry.failureOf(metric);
                    if (failure.isPresent()) {
                        throw new UsageException("--metrics: " + failure.get());
                    }
                }
            }
            io.err().println("repalign: " + sources.pairing());
            report.put("seconds_wall_total", seconds(System.nanoTime() - start));
            if (format.equals("json")) {
                io.out().print(ResultsJson.write(report));
            } else {
                new MetricsTable(report).print(io.out());
            }
            requireSomeDefined(report);
            return OK;
        } catch (IllegalArgumentException e) {
            String option = parsed.option("metrics", null);
            boolean all = option != null && splitMetricList(option).stream().anyMatch(m -> m.strip().equals("all"));
            throw new UsageException(e.getMessage() + (all
                    ? "; --metrics all asks for every installed metric: list the ones that suit these data instead"
                    : ""), e);
        }
    }

    private int runLayers(OptionParser.Parsed parsed, List<AlignmentMetric> metrics, Settings settings, String format,
            CommandIO io, long start) throws UsageException {
        try {
            Map<String, Object> report = MetricsLayers.measure(Path.of(parsed.positional().get(0)),
                    Path.of(parsed.positional().get(1)), parsed.option("tensor-a", null), parsed.option("tensor-b", null),
                    parsed.option("items-a", null), parsed.option("items-b", null), metrics, settings, io);
            report.put("seconds_wall_total", seconds(System.nanoTime() - start));
            if (format.equals("json")) {
                io.out().print(ResultsJson.write(report));
            } else {
                new LayersTable(report).print(io.out());
            }
            requireSomeDefined(report);
            return OK;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    private static void loadBlasQuietly() {
        try {
            Nd4jRuntime.ensureBlas();
        } catch (RuntimeException | LinkageError e) {
            // reported by the computation that needs it
        }
    }

    /** A run in which no metric has a value is useless: the values (null) are shown, and the status says so. */
    @SuppressWarnings("unchecked")
    private static void requireSomeDefined(Map<String, Object> report) throws UsageException {
        Map<String, Object> values = (Map<String, Object>) report.get("metrics");
        boolean anyDefined = values.values().stream()
                .anyMatch(v -> v instanceof Number number && !Double.isNaN(number.doubleValue()));
        if (!values.isEmpty() && !anyDefined) {
            Object warnings = report.get("warnings");
            String why = "see the warnings";
            if (warnings instanceof Map<?, ?> map && !map.isEmpty()) {
                // the reason, not the count of undefined subsamples that comes first
                List<Object> first = (List<Object>) map.values().iterator().next();
                why = String.valueOf(first.stream().filter(w -> !String.valueOf(w).startsWith("undefined on "))
                        .findFirst().orElse(first.get(0)));
            }
            throw new UsageException("no metric is defined on " + report.get("a") + " and " + report.get("b") + ": " + why);
        }
    }

    private List<AlignmentMetric> createMetrics(String option) throws UsageException {
        List<String> names = option == null ? MetricRegistry.PAPER_METRICS : splitMetricList(option);
        try {
            return registry.createAll(names);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--metrics: " + e.getMessage(), e);
        }
    }

    /** Splits on commas that are not inside a parameter list ({@code a:k=1,b} vs {@code a:k=1;x=2}). */
    static List<String> splitMetricList(String option) throws UsageException {
        List<String> names = new ArrayList<>();
        for (String part : option.split(",")) {
            String name = part.strip();
            if (name.isEmpty()) {
                throw new UsageException("--metrics has an empty entry in '" + option + "'");
            }
            if (name.contains("=") && !name.contains(":") && !names.isEmpty()) {
                // a further parameter of the previous metric: mutual_knn:k=5,x=1 is not split
                names.set(names.size() - 1, names.get(names.size() - 1) + "," + name);
            } else {
                names.add(name);
            }
        }
        return names;
    }

    private PairedSources readSources(OptionParser.Parsed parsed) throws UsageException {
        try {
            Representation a = read(Path.of(parsed.positional().get(0)), parsed.option("tensor-a", null),
                    parsed.option("items-a", null));
            Representation b = read(Path.of(parsed.positional().get(1)), parsed.option("tensor-b", null),
                    parsed.option("items-b", null));
            bothFinite(a, b);
            if (a.itemNames().isPresent() && b.itemNames().isPresent()) {
                ItemAlignment alignment = ItemAlignment.align(List.of(new ItemSource(a.file(), a.itemNames().get()),
                        new ItemSource(b.file(), b.itemNames().get())));
                return new PairedSources(a, b, alignment.select(0, a.matrix()), alignment.select(1, b.matrix()),
                        alignment.droppedFrom(0), alignment.droppedFrom(1), alignment.items(), alignment.summary());
            }
            if (a.matrix().rows() != b.matrix().rows()) {
                throw new UsageException(RepresentationFileException.displayName(a.file()) + " has " + a.matrix().rows()
                        + " rows but " + RepresentationFileException.displayName(b.file()) + " has " + b.matrix().rows()
                        + "; rows are paired by order, so give --items-a and --items-b to pair them by item");
            }
            String note = a.itemNames().isPresent() != b.itemNames().isPresent()
                    ? "only one side names its items; rows are paired by order"
                    : "rows are paired by order";
            return new PairedSources(a, b, a.matrix(), b.matrix(), 0, 0, null, note);
        } catch (RepresentationFileException e) {
            throw new UsageException(e.getMessage() + MetricsLayers.layersHint(e.file()), e);
        }
    }

    /** Checks both files at once (each is a pass over all its values); A's problem is reported first. */
    private static void bothFinite(Representation a, Representation b) throws RepresentationFileException {
        try {
            ParallelRanges.run(2, (part, parts) -> {
                try {
                    FiniteValueCheck.requireFinite(part == 0 ? a : b);
                } catch (RepresentationFileException e) {
                    throw new CarriedProblem(e);
                }
            });
        } catch (CarriedProblem e) {
            throw (RepresentationFileException) e.getCause();
        }
    }

    /** Carries a checked problem (a file's, a usage one) out of a parallel part, as its cause. */
    private static final class CarriedProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CarriedProblem(Exception problem) {
            super(problem);
        }
    }

    private static Representation read(Path file, String tensor, String itemList) throws RepresentationFileException {
        Representation representation = RepresentationReaders.open(file, tensor);
        if (itemList != null) {
            Path listFile = Path.of(itemList);
            representation = representation.withItemNames(ItemListFile.read(listFile), listFile);
        }
        return representation;
    }

    private Map<String, Object> measure(PairedSources sources, List<AlignmentMetric> metrics, Settings settings,
            CommandIO io) throws UsageException {
        // both sides at once; A's problem is reported first. Subsamples copy only their own rows, so
        // then the preprocessed values are read through a view rather than copied for every row
        boolean subsampled = settings.subsamples() > 0;
        RowMatrix[] prepared = new RowMatrix[2];
        try {
            ParallelRanges.run(2, (part, parts) -> {
                try {
                    prepared[part] = part == 0
                            ? preprocess(settings.preprocessing(), sources.x(), sources.items(), sources.a().file(),
                                    subsampled)
                            : preprocess(settings.preprocessing(), sources.y(), sources.items(), sources.b().file(),
                                    subsampled);
                } catch (UsageException e) {
                    throw new CarriedProblem(e);
                }
            });
        } catch (CarriedProblem e) {
            throw (UsageException) e.getCause();
        }
        RowMatrix x = prepared[0];
        RowMatrix y = prepared[1];
        EvaluationProtocol protocol = new EvaluationProtocol(settings.subsamples(),
                settings.subsamples() == 0 ? x.rows() : settings.size(), settings.seed(), 0, settings.ties(),
                settings.ckaEpsilon());
        RowSubsets subsets = RowSubsets.of(protocol, x.rows());
        int threads;
        try {
            // subsamples computed at once: the work threads setting, else one per processor
            threads = Math.min(subsets.count(), ThreadSettings.workThreads());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (threads > 1) {
            // subsamples side by side beat BLAS threads inside a subsample: each BLAS call is small,
            // and two levels of threads on the same cores only wait for each other
            Nd4jRuntime.setBlasThreads(1);
        }
        PairEvaluation evaluation = PairEvaluator.evaluate(x, y, metrics, protocol, subsets, threads,
                ProgressListener.NONE, () -> false);
        if (settings.subsetsFile() != null) {
            SubsetsFile.write(settings.subsetsFile(), evaluation.subsets(), sources.items());
        }

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("a", sources.a().file().toString());
        report.put("b", sources.b().file().toString());
        report.put("n", x.rows());
        report.put("d_a", x.columns());
        report.put("d_b", y.columns());
        report.put("dropped_a", sources.droppedA());
        report.put("dropped_b", sources.droppedB());
        report.put("preprocess", settings.preprocessing().id());
        report.put("seed", settings.seed());
        report.put("subsamples", settings.subsamples());
        report.put("size", settings.subsamples() == 0 ? x.rows() : settings.size());
        report.put("ties", settings.ties().name().toLowerCase());
        if (settings.ckaEpsilon().isPresent()) {
            report.put("cka_eps", settings.ckaEpsilon().getAsDouble());
        }
        report.put("environment", Nd4jRuntime.environment().toMap());
        report.put("work_threads", threads);
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Object> sd = new LinkedHashMap<>();
        Map<String, Object> ties = new LinkedHashMap<>();
        Map<String, Object> seconds = new LinkedHashMap<>();
        Map<String, Object> warnings = new LinkedHashMap<>();
        Map<String, Object> intervals = new LinkedHashMap<>();
        for (int k = 0; k < evaluation.metrics().size(); k++) {
            MetricSummary summary = evaluation.metrics().get(k);
            SubsampleInterval interval = evaluation.interval(k);
            intervals.put(summary.key(), java.util.Arrays.asList(interval.lower(), interval.upper()));
            values.put(summary.key(), summary.mean());
            sd.put(summary.key(), summary.standardDeviation());
            if (!Double.isNaN(summary.meanTieShare())) {
                ties.put(summary.key(), summary.meanTieShare());
            }
            seconds.put(summary.key(), summary.computeSeconds());
            if (!summary.warnings().isEmpty()) {
                warnings.put(summary.key(), summary.warnings());
                for (String warning : summary.warnings()) {
                    io.err().println("repalign: " + summary.key() + ": " + warning);
                }
            }
        }
        seconds.put("total", evaluation.wallSeconds());
        report.put("metrics", values);
        if (settings.subsamples() > 0) {
            report.put("sd", sd);
            report.put("ci", intervals);
            report.put("ci_method", SubsampleInterval.METHOD);
        }
        if (settings.permutations() > 0) {
            report.put("null", nulls(x, y, metrics, protocol, evaluation, settings, threads, seconds, io));
        }
        report.put("tie_share", ties);
        report.put("seconds", seconds);
        if (!warnings.isEmpty()) {
            report.put("warnings", warnings);
        }
        return report;
    }

    /**
     * @param asView read the preprocessed rows through a checked view instead of copying them all
     *               (when subsamples copy only their own rows)
     */
    static RowMatrix preprocess(Preprocessing preprocessing, RowMatrix matrix, List<String> items, Path source,
            boolean asView) throws UsageException {
        try {
            return asView ? preprocessing.fit(matrix, items).view(matrix, items) : preprocessing.apply(matrix, items);
        } catch (IllegalArgumentException e) {
            throw new UsageException(RepresentationFileException.displayName(source) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Permutation nulls. Each metric's entry is its null on the whole matrices when no
     * subsampling was asked for, else on the first subsample (one subsample's value); with
     * subsamples the entry also holds {@code protocol}, the null of the reported value, the mean
     * over subsamples, with every subsample shuffled ({@link ProtocolNull}). Both carry the
     * calibrated score where the metric has an ideal value.
     */
    private static Map<String, Object> nulls(RowMatrix x, RowMatrix y, List<AlignmentMetric> metrics,
            EvaluationProtocol protocol, PairEvaluation evaluation, Settings settings, int threads,
            Map<String, Object> seconds, CommandIO io) {
        RowMatrix nullX = x;
        RowMatrix nullY = y;
        boolean subsampled = !evaluation.subsets().wholeMatrix();
        if (subsampled) {
            int[] rows = evaluation.subsets().subset(0);
            nullX = RowSelection.of(x, rows);
            nullY = RowSelection.of(y, rows);
        }
        PermutationSettings permutationSettings = PermutationSettings.forPair(protocol, settings.permutations());
        Map<String, Object> nulls = new LinkedHashMap<>();
        long start = System.nanoTime();
        // progress in evaluations of all metrics: S × P shuffled subsamples, then P + 1 on one
        int permutations = settings.permutations();
        long ofMean = subsampled ? (long) evaluation.subsets().count() * permutations : 0;
        long all = ofMean + permutations + 1L;
        ProgressLine line = new ProgressLine(io.err());
        line.begin("permutation nulls", all);
        TimeLeft timeLeft = new TimeLeft();
        LongConsumer finished = done -> {
            line.set(done);
            timeLeft.secondsLeft(done / (double) all)
                    .ifPresent(left -> line.task("permutation nulls, " + TimeLeft.format(left)));
        };
        List<PermutationResult> ofProtocol = subsampled
                ? ProtocolNull.run(x, y, metrics, evaluation, permutations, threads,
                        (done, total) -> finished.accept(done), () -> false)
                : List.of();
        List<PermutationResult> ofOne = PermutationNull.runAll(nullX, nullY, metrics, permutationSettings,
                (done, total) -> finished.accept(ofMean + done), () -> false);
        for (int k = 0; k < metrics.size(); k++) {
            AlignmentMetric metric = metrics.get(k);
            Map<String, Object> entry = statistics(ofOne.get(k), metric, settings.permutations());
            if (subsampled) {
                Map<String, Object> mean = statistics(ofProtocol.get(k), metric, settings.permutations());
                mean.put("subsamples", evaluation.subsets().count());
                entry.put("protocol", mean);
            }
            nulls.put(metric.spec().key(), entry);
        }
        line.finish();
        seconds.put("null_total", seconds(System.nanoTime() - start));
        return nulls;
    }

    private static Map<String, Object> statistics(PermutationResult result, AlignmentMetric metric,
            int permutations) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("observed", result.observed());
        entry.put("mean", result.nullMean());
        entry.put("sd", result.nullStandardDeviation());
        entry.put("z", result.z());
        entry.put("p", result.p());
        entry.put("permutations", permutations);
        entry.put("calibrated", result.calibrated(metric.idealValue()));
        return entry;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** The two aligned sources. */
    private record PairedSources(Representation a, Representation b, RowMatrix x, RowMatrix y, int droppedA,
            int droppedB, List<String> items, String pairing) {
    }

    /** Validated options of one run. */
    record Settings(Preprocessing preprocessing, int subsamples, int size, long seed, int permutations,
            TieRule ties, OptionalDouble ckaEpsilon, Path subsetsFile) {

        static Settings of(OptionParser.Parsed parsed) throws UsageException {
            Preprocessing preprocessing;
            try {
                preprocessing = Preprocessing.parse(parsed.option("preprocess", "raw"));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--preprocess: " + e.getMessage());
            }
            int subsamples = parsed.intValue("subsamples", 0, 0, 100_000);
            int size = parsed.intValue("size", 0, 2, Integer.MAX_VALUE);
            if (subsamples > 0 && !parsed.has("size")) {
                throw new UsageException("--subsamples " + subsamples + " needs --size m (rows per subsample)");
            }
            if (subsamples == 0 && parsed.has("size")) {
                throw new UsageException("--size needs --subsamples S (how many subsamples of that size)");
            }
            long seed = parsed.longValue("seed", 0);
            int permutations = parsed.intValue("null", 0, 1, 1_000_000);
            TieRule ties;
            try {
                ties = TieRule.parse(parsed.option("ties", "random"));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            OptionalDouble epsilon = OptionalDouble.empty();
            if (parsed.has("cka-eps")) {
                double value = parsed.doubleValue("cka-eps", Double.NaN);
                if (!(value > 0) || !Double.isFinite(value)) {
                    throw new UsageException("--cka-eps must be a positive number, not '" + parsed.option("cka-eps", "") + "'");
                }
                epsilon = OptionalDouble.of(value);
            }
            Path subsetsFile = parsed.has("save-subsets") ? Path.of(parsed.option("save-subsets", "")) : null;
            if (subsetsFile != null) {
                Path parent = subsetsFile.toAbsolutePath().getParent();
                if (parent == null || !java.nio.file.Files.isDirectory(parent) || java.nio.file.Files.isDirectory(subsetsFile)) {
                    throw new UsageException("--save-subsets " + subsetsFile + ": not a file in an existing folder");
                }
            }
            return new Settings(preprocessing, subsamples, size, seed, permutations, ties, epsilon, subsetsFile);
        }
    }
}
