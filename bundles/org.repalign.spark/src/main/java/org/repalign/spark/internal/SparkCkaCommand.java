package org.repalign.spark.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.apache.spark.api.java.JavaSparkContext;
import org.repalign.analysis.results.ResultsJson;
import org.repalign.cli.Command;
import org.repalign.cli.CommandIO;
import org.repalign.cli.OptionParser;
import org.repalign.cli.UsageException;
import org.repalign.compute.metrics.CkaMoments;
import org.repalign.compute.metrics.kernel.CkaFactory;
import org.repalign.compute.metrics.kernel.UnbiasedCkaFactory;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.runtime.Nd4jRuntime;
import org.repalign.io.Representation;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.sidefiles.ItemAlignment;
import org.repalign.io.sidefiles.ItemSource;

/**
 * {@code repalign spark cka A B}: exact linear CKA and unbiased CKA of two representations of up
 * to 10⁷ rows in one pass over row ranges on Spark ({@link CkaJob}), equal to the single-machine
 * values of {@code repalign metrics A B --metrics cka,cka_unbiased}.
 */
public final class SparkCkaCommand implements Command {

    private static final OptionParser OPTIONS = new OptionParser(
            Set.of("items-a", "items-b", "tensor-a", "tensor-b", "preprocess", "format", "master", "partitions",
                    "items-column", "vector-column"),
            Set.of());

    @Override
    public String name() {
        return "cka";
    }

    @Override
    public String summary() {
        return "exact linear CKA and unbiased CKA of two large representations, one pass over row ranges";
    }

    @Override
    public String usage() {
        return "repalign spark cka A B [--items-a F --items-b F] [--tensor-a NAME --tensor-b NAME]\n"
                + "        [--preprocess none|raw|centered] [--partitions P] [--master URL] [--format json|table]\n"
                + "repalign spark cka A.parquet B.parquet [--items-column item] [--vector-column vector] [...]\n"
                + "  A and B must be readable at the same path from the driver and every executor (shared storage).\n"
                + "  Rows are paired by order, or by item when both sides name their items (as in 'metrics').\n"
                + "  Parquet tables (a file or folder ending in .parquet), read by Spark: a string column of items and\n"
                + "  an array<float|double> column of vectors; rows are paired by item (a join).\n"
                + "  Defaults: --preprocess raw, P = 4 tasks per core of the cluster (at most one per 4,096 rows),\n"
                + "  --master from spark-submit, else local[*].";
    }

    @Override
    public String examples() {
        return "  repalign spark cka a.npy b.npy                                 both CKAs, local mode\n"
                + "  repalign spark cka a.npy b.npy --preprocess centered --format json\n"
                + "  spark-submit --class org.repalign.spark.SparkMain repalign-spark.jar cka /shared/a.npy /shared/b.npy";
    }

    @Override
    public int run(List<String> arguments, CommandIO io) throws UsageException {
        OptionParser.Parsed parsed = OPTIONS.parse(arguments);
        if (parsed.positional().size() != 2) {
            throw new UsageException("cka takes two files, A and B (see 'repalign spark help cka')");
        }
        String format = parsed.choice("format", List.of("table", "json"), "table");
        Preprocessing preprocessing = preprocessing(parsed.option("preprocess", "raw"));
        int partitionsOption = parsed.intValue("partitions", 0, 1, 1_000_000);
        boolean parquetA = isParquet(parsed.positional().get(0));
        boolean parquetB = isParquet(parsed.positional().get(1));
        if (parquetA != parquetB) {
            throw new UsageException("cka takes two Parquet tables or two files of the formats of 'metrics', not one of"
                    + " each (" + parsed.positional().get(parquetA ? 0 : 1) + " is a Parquet table)");
        }
        if (parquetA) {
            return runParquet(parsed, preprocessing, partitionsOption, format, io);
        }
        CkaJob.PairRows pair = pair(parsed, preprocessing);
        if (pair.rows() < 4) {
            throw new UsageException("CKA needs at least 4 paired rows for both estimators, got " + pair.rows());
        }
        long start = System.nanoTime();
        try (SparkSessions session = SparkSessions.start("repalign spark cka", parsed.option("master", null),
                io.err())) {
            JavaSparkContext spark = session.context();
            CkaJob.Result result = measure(spark, pair, partitionsOption, io);
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Object> report = report(shape(parsed.positional(), pair), result.moments(),
                    pair.preprocessing(), spark, result.partitions(), seconds);
            if (format.equals("json")) {
                io.out().println(ResultsJson.write(report));
            } else {
                printTable(report, result.moments(), io);
            }
            return OK;
        }
    }

    private static boolean isParquet(String path) {
        String name = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return name.endsWith(".parquet");
    }

    private static int runParquet(OptionParser.Parsed parsed, Preprocessing preprocessing, int partitions,
            String format, CommandIO io) throws UsageException {
        for (String option : List.of("items-a", "items-b", "tensor-a", "tensor-b")) {
            if (parsed.has(option)) {
                throw new UsageException("--" + option + " is for files; Parquet tables name their items in a column"
                        + " (--items-column)");
            }
        }
        String items = parsed.option("items-column", "item");
        String vectors = parsed.option("vector-column", "vector");
        ParquetCkaJob.Table a = new ParquetCkaJob.Table(parsed.positional().get(0), items, vectors);
        ParquetCkaJob.Table b = new ParquetCkaJob.Table(parsed.positional().get(1), items, vectors);
        long start = System.nanoTime();
        try (SparkSessions session = SparkSessions.start("repalign spark cka", parsed.option("master", null),
                io.err())) {
            JavaSparkContext spark = session.context();
            DriverProgress progress = new DriverProgress(io.err(), "cka");
            spark.sc().addSparkListener(progress);
            ParquetCkaJob.Result result;
            try {
                result = ParquetCkaJob.run(spark, a, b, preprocessing, partitions);
            } finally {
                spark.sc().removeSparkListener(progress);
            }
            Map<String, Object> report = report(new Shape(a.path(), b.path(), result.columnsA(), result.columnsB(),
                    result.rowsA(), result.rowsB(), "parquet"), result.moments(), preprocessing, spark,
                    result.partitions(), (System.nanoTime() - start) / 1e9);
            if (format.equals("json")) {
                io.out().println(ResultsJson.write(report));
            } else {
                printTable(report, result.moments(), io);
            }
            return OK;
        }
    }

    private static CkaJob.Result measure(JavaSparkContext spark, CkaJob.PairRows pair, int partitionsOption,
            CommandIO io) throws UsageException {
        int partitions = partitionsOption > 0 ? partitionsOption
                : Math.max(1, Math.min(4 * spark.defaultParallelism(), (pair.rows() + 4095) / 4096));
        DriverProgress progress = new DriverProgress(io.err(), "cka");
        spark.sc().addSparkListener(progress);
        try {
            return CkaJob.run(spark, pair, partitions);
        } catch (RepresentationFileException e) {
            throw new UsageException(e.getMessage(), e);
        } finally {
            spark.sc().removeSparkListener(progress);
        }
    }

    private static Preprocessing preprocessing(String id) throws UsageException {
        Preprocessing preprocessing;
        try {
            preprocessing = Preprocessing.parse(id);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--preprocess: " + e.getMessage(), e);
        }
        if (preprocessing == Preprocessing.CLAMP) {
            throw new UsageException("--preprocess clamp is not offered by 'spark cka': its threshold is an exact"
                    + " quantile over all values; use none, raw or centered");
        }
        return preprocessing;
    }

    /** Opens both files on the driver and pairs their rows: every input problem is found here. */
    private static CkaJob.PairRows pair(OptionParser.Parsed parsed, Preprocessing preprocessing) throws UsageException {
        SideSpec a = side(parsed.positional().get(0), parsed.option("tensor-a", null), parsed.option("items-a", null));
        SideSpec b = side(parsed.positional().get(1), parsed.option("tensor-b", null), parsed.option("items-b", null));
        try {
            Representation ra = a.open();
            Representation rb = b.open();
            if (ra.itemNames().isPresent() && rb.itemNames().isPresent()) {
                ItemAlignment alignment = ItemAlignment.align(List.of(new ItemSource(ra.file(), ra.itemNames().get()),
                        new ItemSource(rb.file(), rb.itemNames().get())));
                int[] rowsA = alignment.rowsOf(0);
                int[] rowsB = alignment.rowsOf(1);
                return new CkaJob.PairRows(a, b, inOrder(rowsA, ra) ? null : rowsA, inOrder(rowsB, rb) ? null : rowsB,
                        rowsA.length, preprocessing, null, null);
            }
            if (ra.matrix().rows() != rb.matrix().rows()) {
                throw new UsageException(RepresentationFileException.displayName(ra.file()) + " has "
                        + ra.matrix().rows() + " rows but " + RepresentationFileException.displayName(rb.file()) + " has "
                        + rb.matrix().rows() + "; rows are paired by order, so give --items-a and --items-b to pair them"
                        + " by item");
            }
            return new CkaJob.PairRows(a, b, null, null, ra.matrix().rows(), preprocessing, null, null);
        } catch (RepresentationFileException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    private static boolean inOrder(int[] rows, Representation representation) {
        if (rows.length != representation.matrix().rows()) {
            return false;
        }
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] != i) {
                return false;
            }
        }
        return true;
    }

    private static SideSpec side(String file, String tensor, String items) {
        return new SideSpec(Path.of(file).toAbsolutePath().normalize().toString(), tensor,
                items == null ? null : Path.of(items).toAbsolutePath().normalize().toString());
    }

    /** The inputs as the report names them: paths as given, columns, rows and the kind of input. */
    private record Shape(String a, String b, int columnsA, int columnsB, long rowsA, long rowsB, String input) {
    }

    private static Shape shape(List<String> files, CkaJob.PairRows pair) throws UsageException {
        try {
            return new Shape(files.get(0), files.get(1), pair.a().open().matrix().columns(),
                    pair.b().open().matrix().columns(), pair.a().open().matrix().rows(), pair.b().open().matrix().rows(),
                    "files");
        } catch (RepresentationFileException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    /** The report, with the keys of {@code repalign metrics --format json} where they mean the same. */
    private static Map<String, Object> report(Shape shape, CkaMoments moments, Preprocessing preprocessing,
            JavaSparkContext spark, int partitions, double seconds) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("a", shape.a());
        report.put("b", shape.b());
        report.put("n", moments.rows());
        report.put("d_a", shape.columnsA());
        report.put("d_b", shape.columnsB());
        report.put("dropped_a", shape.rowsA() - moments.rows());
        report.put("dropped_b", shape.rowsB() - moments.rows());
        report.put("preprocess", preprocessing.id());
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put(CkaFactory.ID, value(moments.cka()));
        metrics.put(UnbiasedCkaFactory.ID, value(moments.unbiasedCka()));
        report.put("metrics", metrics);
        Map<String, Object> sparkInfo = new LinkedHashMap<>();
        sparkInfo.put("version", spark.version());
        sparkInfo.put("master", spark.master());
        sparkInfo.put("application", spark.sc().applicationId());
        sparkInfo.put("partitions", partitions);
        sparkInfo.put("passes", preprocessing == Preprocessing.CENTERED ? 2 : 1);
        sparkInfo.put("input", shape.input());
        report.put("spark", sparkInfo);
        report.put("environment", Nd4jRuntime.environment().toMap());
        report.put("seconds", Map.of("total", seconds));
        return report;
    }

    private static Object value(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static void printTable(Map<String, Object> report, CkaMoments moments, CommandIO io) {
        @SuppressWarnings("unchecked")
        Map<String, Object> sparkInfo = (Map<String, Object>) report.get("spark");
        io.out().printf(Locale.ROOT, "%d paired rows, %s × %s columns, preprocess %s, %s partitions%n", moments.rows(),
                report.get("d_a"), report.get("d_b"), report.get("preprocess"), sparkInfo.get("partitions"));
        print(io, CkaFactory.ID, moments.cka());
        print(io, UnbiasedCkaFactory.ID, moments.unbiasedCka());
    }

    private static void print(CommandIO io, String id, OptionalDouble value) {
        io.out().printf(Locale.ROOT, "%-14s %s%n", id,
                value.isPresent() ? String.format(Locale.ROOT, "%.12f", value.getAsDouble())
                        : "undefined (a representation is constant)");
    }
}
