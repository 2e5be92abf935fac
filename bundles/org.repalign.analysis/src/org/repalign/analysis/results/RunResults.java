package org.repalign.analysis.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.repalign.io.JsonFile;
import org.repalign.io.RepresentationFileException;

/**
 * The results of one run, read from the {@code report.json} of its run folder
 * (docs/results-format.md): typed, immutable and complete enough for the result views, which
 * only read them. Analyses that did not run give empty lists. Undefined numbers ({@code null}
 * in the report) are {@link Double#NaN}.
 */
public final class RunResults {

    /** The report format this class reads. */
    public static final String FORMAT = "repalign-report-1";

    /** Name of the report file in a run folder. */
    public static final String REPORT_FILE = "report.json";

    /** Which way a metric's values are better. */
    public enum Direction {
        /** similarities: a higher value means more alignment */
        HIGHER_IS_BETTER,
        /** distances: a lower value means more alignment */
        LOWER_IS_BETTER
    }

    /**
     * One pair and metric measured on two representations: bias (first raw, second centered) or
     * signal (first dense, second sparse).
     *
     * @param a        first source id (experiment order)
     * @param b        second source id
     * @param metric   metric key
     * @param first    value on the first representation
     * @param second   value on the second representation
     * @param delta    second over first, sign-corrected for distances (positive: second is better)
     * @param firstSd  standard deviation of {@code first} over subsamples
     * @param secondSd standard deviation of {@code second} over subsamples
     */
    public record Comparison(String a, String b, String metric, double first, double second, double delta,
            double firstSd, double secondSd) {
    }

    /**
     * Alignment of a pair on one frequency window.
     *
     * @param a             first source id
     * @param b             second source id
     * @param metric        metric key
     * @param windowStart   first position of the window (0-based)
     * @param windowEnd     end position (exclusive)
     * @param meanFrequency mean frequency of the window's items
     * @param value         the metric on the window
     */
    public record NoiseRow(String a, String b, String metric, int windowStart, int windowEnd, double meanFrequency,
            double value) {
    }

    /**
     * The OLS fit of a pair's window alignment on x = f<sup>−1/2</sup>.
     *
     * @param a         first source id
     * @param b         second source id
     * @param metric    metric key
     * @param slope     OLS slope, on the metric's own scale
     * @param intercept OLS intercept
     * @param r2        coefficient of determination
     * @param spearman  Spearman correlation of value and mean frequency
     * @param rising    whether alignment rises with frequency
     */
    public record NoiseFit(String a, String b, String metric, double slope, double intercept, double r2,
            double spearman, boolean rising) {
    }

    /**
     * SAE latent matching of a pair.
     *
     * @param a          first source id
     * @param b          second source id
     * @param kind       {@code weighted} or {@code binary}
     * @param score      matched score
     * @param nullMean   mean of the permutation null
     * @param nullSd     sample standard deviation of the null
     * @param z          (score − nullMean) / nullSd
     * @param matchedSum matched sum
     * @param latentsA   latents of a
     * @param latentsB   latents of b
     */
    public record FeatureRow(String a, String b, String kind, double score, double nullMean, double nullSd, double z,
            double matchedSum, int latentsA, int latentsB) {
    }

    /**
     * One draw of a pair's feature-matching permutation null ({@code features-null.csv}).
     *
     * @param a     first source id
     * @param b     second source id
     * @param kind  {@code weighted} or {@code binary}
     * @param draw  the permutation's index, 0-based, in draw order
     * @param score the matched score with the rows of b's codes permuted
     */
    public record FeatureNullScore(String a, String b, String kind, int draw, double score) {
    }

    /**
     * An attribute probe on one source and representation.
     *
     * @param source           source id
     * @param representation   {@code dense} or {@code sparse}
     * @param attribute        attribute name
     * @param accuracy         out-of-fold accuracy
     * @param balancedAccuracy out-of-fold balanced accuracy
     * @param auroc            out-of-fold AUROC
     * @param baseline         majority-class accuracy
     * @param bestLatent       index of the best single latent, −1 when undefined
     * @param bestLatentAuroc  its AUROC
     * @param positives        positive items
     * @param intercept        probe intercept
     */
    public record ProbeRow(String source, String representation, String attribute, double accuracy,
            double balancedAccuracy, double auroc, double baseline, int bestLatent, double bestLatentAuroc,
            int positives, double intercept) {
    }

    /**
     * A coefficient of the meta-regression of a metric on model properties.
     *
     * @param metric                  metric key
     * @param feature                 model property, or {@code (intercept)}
     * @param coefficient             in the feature's original units
     * @param standardizedCoefficient for unit-norm centred columns
     */
    public record MetaRow(String metric, String feature, double coefficient, double standardizedCoefficient) {
    }

    /**
     * The sparse autoencoder of one source.
     *
     * @param source          source id
     * @param loadedFrom      folder it was loaded from, empty when trained in the run
     * @param fvu             fraction of variance unexplained
     * @param nmse            normalised mean squared error
     * @param l0              mean active latents per row
     * @param l0Truncated     mean active latents after truncation
     * @param deadFraction    share of latents never active
     * @param keptLatents     number of latents kept by truncation
     * @param incoherenceMean mean decoder incoherence
     */
    public record SaeSource(String source, String loadedFrom, double fvu, double nmse, double l0, double l0Truncated,
            double deadFraction, int keptLatents, double incoherenceMean) {
    }

    /**
     * One point of an SAE training curve ({@code sae/<source>/curves.csv}).
     *
     * @param step          training step
     * @param loss          training loss
     * @param fvu           fraction of variance unexplained
     * @param l0            mean active latents per row
     * @param deadFraction  share of dead latents
     * @param rowsPerSecond training speed
     */
    public record SaeCurvePoint(long step, double loss, double fvu, double l0, double deadFraction,
            double rowsPerSecond) {
    }

    private final Path folder;
    private final String experiment;
    private final String description;
    private final String runId;
    private final long seed;
    private final List<String> sources;
    private final int items;
    private final Map<String, Direction> directions;
    private final List<String> analyses;
    private final List<Comparison> bias;
    private final List<Comparison> signal;
    private final List<NoiseRow> noiseRows;
    private final List<NoiseFit> noiseFits;
    private final List<FeatureRow> features;
    private final List<ProbeRow> probes;
    private final List<MetaRow> meta;
    private final List<SaeSource> saeSources;
    private final List<String> summary;

    private RunResults(Path folder, ReportReader r) throws ReportException {
        this.folder = folder;
        Map<String, Object> report = r.root;
        String format = ReportReader.text(report, "format", "");
        if (!FORMAT.equals(format)) {
            throw new ReportException("format is \"" + format + "\", expected \"" + FORMAT + "\"");
        }
        experiment = ReportReader.text(report, "experiment", "");
        description = report.get("description") == null ? "" : ReportReader.text(report, "description", "");
        runId = ReportReader.text(report, "run_id", "");
        seed = ReportReader.whole(report, "seed", "");
        sources = ReportReader.texts(report, "sources", "");
        items = (int) ReportReader.number(report, "items", "");
        List<String> metricKeys = ReportReader.texts(report, "metrics", "");
        Map<String, Object> dirs = ReportReader.object(report, "metric_directions", "");
        Map<String, Direction> d = new LinkedHashMap<>();
        for (String key : metricKeys) {
            String text = ReportReader.text(dirs, key, "metric_directions.");
            try {
                d.put(key, Direction.valueOf(text.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ReportException("metric_directions." + key + " is \"" + text + "\"");
            }
        }
        directions = Collections.unmodifiableMap(d);
        Map<String, Object> all = ReportReader.object(report, "analyses", "");
        analyses = List.copyOf(all.keySet());
        bias = comparisons(all, "bias", "raw", "centered");
        signal = comparisons(all, "signal", "dense", "sparse");
        noiseRows = rows(all, "noise", "rows", (m, p) -> new NoiseRow(ReportReader.text(m, "a", p),
                ReportReader.text(m, "b", p), ReportReader.text(m, "metric", p),
                (int) ReportReader.number(m, "window_start", p), (int) ReportReader.number(m, "window_end", p),
                ReportReader.number(m, "mean_frequency", p), ReportReader.number(m, "value", p)));
        noiseFits = rows(all, "noise", "fits", (m, p) -> new NoiseFit(ReportReader.text(m, "a", p),
                ReportReader.text(m, "b", p), ReportReader.text(m, "metric", p), ReportReader.number(m, "slope", p),
                ReportReader.number(m, "intercept", p), ReportReader.number(m, "r2", p),
                ReportReader.number(m, "spearman", p), ReportReader.flagOrFalse(m, "rising", p)));
        features = rows(all, "features", "rows", (m, p) -> new FeatureRow(ReportReader.text(m, "a", p),
                ReportReader.text(m, "b", p), ReportReader.text(m, "kind", p), ReportReader.number(m, "score", p),
                ReportReader.number(m, "null_mean", p), ReportReader.number(m, "null_sd", p),
                ReportReader.number(m, "z", p), ReportReader.number(m, "matched_sum", p),
                (int) ReportReader.number(m, "latents_a", p), (int) ReportReader.number(m, "latents_b", p)));
        probes = rows(all, "probes", "rows", (m, p) -> {
            double best = ReportReader.number(m, "best_latent", p);
            return new ProbeRow(ReportReader.text(m, "source", p), ReportReader.text(m, "representation", p),
                    ReportReader.text(m, "attribute", p), ReportReader.number(m, "accuracy", p),
                    ReportReader.number(m, "balanced_accuracy", p), ReportReader.number(m, "auroc", p),
                    ReportReader.number(m, "baseline", p), Double.isNaN(best) ? -1 : (int) best,
                    ReportReader.number(m, "best_latent_auroc", p), (int) ReportReader.number(m, "positives", p),
                    ReportReader.number(m, "intercept", p));
        });
        meta = rows(all, "meta", "rows", (m, p) -> new MetaRow(ReportReader.text(m, "metric", p),
                ReportReader.text(m, "feature", p), ReportReader.number(m, "coefficient", p),
                ReportReader.number(m, "standardized_coefficient", p)));
        List<SaeSource> saes = new ArrayList<>();
        if (report.get("sae") != null) {
            Map<String, Object> sae = ReportReader.object(report, "sae", "");
            List<Map<String, Object>> list = ReportReader.objects(sae, "sources", "sae.");
            for (int i = 0; i < list.size(); i++) {
                Map<String, Object> m = list.get(i);
                String p = "sae.sources[" + i + "].";
                Object loaded = m.get("loaded_from");
                saes.add(new SaeSource(ReportReader.text(m, "source", p), loaded == null ? "" : loaded.toString(),
                        ReportReader.number(m, "fvu", p), ReportReader.number(m, "nmse", p),
                        ReportReader.number(m, "l0", p), ReportReader.number(m, "l0_truncated", p),
                        ReportReader.number(m, "dead_fraction", p), ReportReader.list(m, "kept_latents", p).size(),
                        ReportReader.number(m, "incoherence_mean", p)));
            }
        }
        saeSources = List.copyOf(saes);
        summary = report.get("summary") == null ? List.of() : ReportReader.texts(report, "summary", "");
    }

    /**
     * Reads the report of a run folder.
     *
     * @param runFolder a run folder ({@code <out>/<run-id>/}) holding {@code report.json}
     * @return the results
     * @throws IOException with a one-line message naming {@code report.json} when the file is
     *                     missing, not JSON, of another format, or lacks a field
     */
    public static RunResults read(Path runFolder) throws IOException {
        Path file = runFolder.resolve(REPORT_FILE);
        Object root;
        try {
            root = JsonFile.read(file);
        } catch (RepresentationFileException e) {
            throw new IOException(file + ": " + e.problem(), e);
        }
        if (!(root instanceof Map<?, ?>)) {
            throw new IOException(file + ": the report is not a JSON object");
        }
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) root;
            return new RunResults(runFolder, new ReportReader(map));
        } catch (ReportException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param folder a folder
     * @return whether it is a run folder: it holds a regular {@code report.json}
     */
    public static boolean isRunFolder(Path folder) {
        return Files.isRegularFile(folder.resolve(REPORT_FILE));
    }

    private static List<Comparison> comparisons(Map<String, Object> all, String analysis, String first,
            String second) throws ReportException {
        return rows(all, analysis, "rows", (m, p) -> new Comparison(ReportReader.text(m, "a", p),
                ReportReader.text(m, "b", p), ReportReader.text(m, "metric", p), ReportReader.number(m, first, p),
                ReportReader.number(m, second, p), ReportReader.number(m, "delta", p),
                ReportReader.number(m, first + "_sd", p), ReportReader.number(m, second + "_sd", p)));
    }

    private interface RowReader<T> {
        T read(Map<String, Object> row, String path) throws ReportException;
    }

    private static <T> List<T> rows(Map<String, Object> all, String analysis, String table, RowReader<T> reader)
            throws ReportException {
        if (all.get(analysis) == null) {
            return List.of();
        }
        Map<String, Object> section = ReportReader.object(all, analysis, "analyses.");
        String where = "analyses." + analysis + ".";
        List<Map<String, Object>> maps = ReportReader.objects(section, table, where);
        List<T> out = new ArrayList<>(maps.size());
        for (int i = 0; i < maps.size(); i++) {
            out.add(reader.read(maps.get(i), where + table + "[" + i + "]."));
        }
        return List.copyOf(out);
    }

    /** @return the run folder */
    public Path folder() {
        return folder;
    }

    /** @return the experiment's name */
    public String experiment() {
        return experiment;
    }

    /** @return the experiment's description, possibly empty */
    public String description() {
        return description;
    }

    /** @return the run id */
    public String runId() {
        return runId;
    }

    /** @return the experiment seed */
    public long seed() {
        return seed;
    }

    /** @return the source ids in experiment order */
    public List<String> sources() {
        return sources;
    }

    /** @return number of aligned items */
    public int items() {
        return items;
    }

    /** @return the metric keys in report order */
    public List<String> metrics() {
        return List.copyOf(directions.keySet());
    }

    /** @return each metric key's direction, in report order */
    public Map<String, Direction> directions() {
        return directions;
    }

    /**
     * @param metric a metric key
     * @return its direction
     * @throws IllegalArgumentException for a metric the run did not measure
     */
    public Direction direction(String metric) {
        Direction d = directions.get(metric);
        if (d == null) {
            throw new IllegalArgumentException("metric '" + metric + "' is not in run " + runId);
        }
        return d;
    }

    /** @return ids of the analyses that ran, in report order */
    public List<String> analyses() {
        return analyses;
    }

    /** @return bias rows: first is raw, second centered */
    public List<Comparison> bias() {
        return bias;
    }

    /** @return signal rows: first is dense, second sparse */
    public List<Comparison> signal() {
        return signal;
    }

    /** @return noise window rows */
    public List<NoiseRow> noiseRows() {
        return noiseRows;
    }

    /** @return noise fits, one per pair and metric */
    public List<NoiseFit> noiseFits() {
        return noiseFits;
    }

    /** @return feature matching rows */
    public List<FeatureRow> features() {
        return features;
    }

    /** @return probe rows */
    public List<ProbeRow> probes() {
        return probes;
    }

    /** @return meta-regression coefficients */
    public List<MetaRow> meta() {
        return meta;
    }

    /** @return the SAE of each source, empty when no analysis used SAEs */
    public List<SaeSource> saeSources() {
        return saeSources;
    }

    /**
     * Reads the training curve of a source's SAE, written beside the report for SAEs trained in the run.
     *
     * @param source a source id
     * @return the curve's points in step order; empty when the SAE was loaded, not trained
     * @throws IOException with a one-line message naming {@code curves.csv} when it cannot be read
     */
    public List<SaeCurvePoint> saeCurve(String source) throws IOException {
        Path file = folder.resolve("sae").resolve(org.repalign.analysis.store.ResultStore.fileName(source))
                .resolve("curves.csv");
        if (!Files.isRegularFile(file)) {
            // run folders of earlier versions named the folder differently
            file = folder.resolve("sae").resolve(org.repalign.analysis.store.ResultStore.legacyFileName(source))
                    .resolve("curves.csv");
        }
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(file);
        if (lines.isEmpty() || !lines.get(0).equals("step,loss,fvu,l0,dead_fraction,rows_per_second")) {
            throw new IOException(file + ": expected the header step,loss,fvu,l0,dead_fraction,rows_per_second");
        }
        List<SaeCurvePoint> points = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = lines.get(i).split(",", -1);
            try {
                if (cells.length != 6) {
                    throw new NumberFormatException(cells.length + " cells");
                }
                points.add(new SaeCurvePoint(Long.parseLong(cells[0]), value(cells[1]), value(cells[2]),
                        value(cells[3]), value(cells[4]), value(cells[5])));
            } catch (NumberFormatException e) {
                throw new IOException(file + ": line " + (i + 1) + " is not six numbers", e);
            }
        }
        return List.copyOf(points);
    }

    private static double value(String cell) {
        return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }

    /** Name of the file that holds every feature-matching null score of a run. */
    public static final String FEATURE_NULL_FILE = "features-null.csv";

    private static final String FEATURE_NULL_HEADER = "a,b,kind,draw,score";

    /**
     * @return whether the run folder holds {@value #FEATURE_NULL_FILE}; runs written before the
     *         null scores were stored keep only their mean and standard deviation
     */
    public boolean hasFeatureNulls() {
        return Files.isRegularFile(folder.resolve(FEATURE_NULL_FILE));
    }

    /**
     * Reads every null score of the feature matching.
     *
     * @return the scores in file order (pair, kind, draw); empty when the file is missing
     * @throws IOException with a one-line message naming {@value #FEATURE_NULL_FILE} when a line
     *                     is not a, b, kind, draw, score
     */
    public List<FeatureNullScore> featureNulls() throws IOException {
        Path file = folder.resolve(FEATURE_NULL_FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<List<String>> records = CsvRecords.parse(Files.readString(file, StandardCharsets.UTF_8));
        if (records.isEmpty() || !String.join(",", records.get(0)).equals(FEATURE_NULL_HEADER)) {
            throw new IOException(file + ": expected the header " + FEATURE_NULL_HEADER);
        }
        List<FeatureNullScore> scores = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            try {
                if (cells.size() != 5) {
                    throw new NumberFormatException(cells.size() + " cells");
                }
                scores.add(new FeatureNullScore(cells.get(0), cells.get(1), cells.get(2),
                        Integer.parseInt(cells.get(3)), value(cells.get(4))));
            } catch (NumberFormatException e) {
                throw new IOException(file + ": line " + (i + 1) + " is not a, b, kind, draw, score", e);
            }
        }
        return List.copyOf(scores);
    }

    /** @return the report's summary lines */
    public List<String> summary() {
        return summary;
    }

    @Override
    public String toString() {
        return experiment + " " + runId;
    }

    /** A problem with a field of the report (without the file name). */
    private static final class ReportException extends Exception {
        private static final long serialVersionUID = 1L;

        ReportException(String problem) {
            super(problem);
        }
    }

    /** Typed access to the parsed JSON, with the field's path in every error. */
    private static final class ReportReader {
        final Map<String, Object> root;

        ReportReader(Map<String, Object> root) {
            this.root = root;
        }

        private static Object field(Map<String, Object> map, String key, String path) throws ReportException {
            if (!map.containsKey(key)) {
                throw new ReportException("missing field " + path + key);
            }
            return map.get(key);
        }

        static String text(Map<String, Object> map, String key, String path) throws ReportException {
            Object v = field(map, key, path);
            if (!(v instanceof String s)) {
                throw new ReportException(path + key + " is not a string");
            }
            return s;
        }

        static double number(Map<String, Object> map, String key, String path) throws ReportException {
            Object v = field(map, key, path);
            if (v == null) {
                return Double.NaN;
            }
            if (!(v instanceof Number n)) {
                throw new ReportException(path + key + " is not a number");
            }
            return n.doubleValue();
        }

        static long whole(Map<String, Object> map, String key, String path) throws ReportException {
            Object v = field(map, key, path);
            if (!(v instanceof java.math.BigInteger n) || n.bitLength() > 63) {
                throw new ReportException(path + key + " is not a whole number");
            }
            return n.longValue();
        }

        static boolean flag(Map<String, Object> map, String key, String path) throws ReportException {
            Object v = field(map, key, path);
            if (!(v instanceof Boolean b)) {
                throw new ReportException(path + key + " is not true or false");
            }
            return b;
        }

        /** A flag the writer leaves null when it is undefined (a noise fit that could not be made): false then. */
        static boolean flagOrFalse(Map<String, Object> map, String key, String path) throws ReportException {
            return field(map, key, path) != null && flag(map, key, path);
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> object(Map<String, Object> map, String key, String path) throws ReportException {
            Object v = field(map, key, path);
            if (!(v instanceof Map<?, ?>)) {
                throw new ReportException(path + key + " is not an object");
            }
            return (Map<String, Object>) v;
        }

        static List<?> list(Map<String, Object> map, String key, String path) throws ReportException {
            Object v = field(map, key, path);
            if (!(v instanceof List<?> l)) {
                throw new ReportException(path + key + " is not a list");
            }
            return l;
        }

        static List<String> texts(Map<String, Object> map, String key, String path) throws ReportException {
            List<String> out = new ArrayList<>();
            for (Object o : list(map, key, path)) {
                if (!(o instanceof String s)) {
                    throw new ReportException(path + key + " holds a value that is not a string");
                }
                out.add(s);
            }
            return List.copyOf(out);
        }

        @SuppressWarnings("unchecked")
        static List<Map<String, Object>> objects(Map<String, Object> map, String key, String path)
                throws ReportException {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Object o : list(map, key, path)) {
                if (!(o instanceof Map<?, ?>)) {
                    throw new ReportException(path + key + " holds a value that is not an object");
                }
                out.add((Map<String, Object>) o);
            }
            return out;
        }
    }
}
