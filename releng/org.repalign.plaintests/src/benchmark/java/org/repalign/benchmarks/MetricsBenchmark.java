package org.repalign.benchmarks;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.LinearCka;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.metrics.MetricValue;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.runtime.Nd4jRuntime;
import org.repalign.io.Representation;
import org.repalign.io.RepresentationReaders;

/**
 * The alignment-engine benchmark: one run measures
 * <ol>
 * <li>the 8 paper metrics together on seeded random 1000×768 vs 1000×1024 (target 300 ms),</li>
 * <li>each k-NN and CKA metric alone at 20,000×768 vs 20,000×768 (target 10 s each),</li>
 * <li>linear CKA on two memory-mapped 100,000×4,096 float32 .npy files, in a JVM whose heap is
 * 1 GB (the files are 1.6 GB each).</li>
 * </ol>
 * Every time is a wall-clock median over repetitions after a warm-up; the ratio column is time
 * divided by the target, so below 1 meets it. Run it with {@code releng/benchmark.sh}.
 */
public final class MetricsBenchmark {

    private static final MetricRegistry REGISTRY = MetricRegistry.installed();
    private static final List<Row> TABLE = new ArrayList<>();

    private MetricsBenchmark() {
    }

    /**
     * @param args optional: {@code quick} to skip the 100,000-row part, {@code paper} to run the
     *             1000-row part alone, {@code mmap} the memory-mapped part alone
     * @throws IOException when the scratch files cannot be written
     */
    public static void main(String[] args) throws IOException {
        boolean quick = Arrays.asList(args).contains("quick");
        boolean paperOnly = Arrays.asList(args).contains("paper");
        boolean mappedOnly = Arrays.asList(args).contains("mmap");
        Nd4jRuntime.ensureInitialized();
        System.out.println("environment: " + Nd4jRuntime.environment().toMap());
        System.out.println("max heap: " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");
        if (!mappedOnly) {
            paperMetrics();
        }
        if (!paperOnly && !mappedOnly) {
            largeMetrics();
        }
        if (!quick && !paperOnly) {
            memoryMappedCka();
        }
        System.out.println();
        System.out.println("| case | seconds | target s | ratio |");
        System.out.println("|---|---:|---:|---:|");
        for (Row row : TABLE) {
            System.out.printf(Locale.ROOT, "| %s | %.3f | %s | %s |%n", row.name, row.seconds,
                    Double.isNaN(row.target) ? "-" : String.format(Locale.ROOT, "%.1f", row.target),
                    Double.isNaN(row.target) ? "-" : String.format(Locale.ROOT, "%.2f", row.seconds / row.target));
        }
    }

    private static void paperMetrics() {
        RowMatrix x = Preprocessing.RAW.apply(gaussian(1000, 768, 1), null);
        RowMatrix y = Preprocessing.RAW.apply(correlated(x, 1024, 2), null);
        List<AlignmentMetric> metrics = REGISTRY.createAll(MetricRegistry.PAPER_METRICS);
        double[] perMetric = new double[metrics.size()];
        double[] totals = new double[15];
        for (int repetition = -5; repetition < totals.length; repetition++) {
            MetricContext context = MetricContext.defaults();
            long start = System.nanoTime();
            for (int m = 0; m < metrics.size(); m++) {
                long metricStart = System.nanoTime();
                MetricValue value = metrics.get(m).compute(x, y, context);
                if (repetition == totals.length - 1) {
                    perMetric[m] = seconds(metricStart);
                    System.out.printf(Locale.ROOT, "  %-16s %.6f  (%.3f s, shared work included)%n",
                            metrics.get(m).spec().key(), value.value(), perMetric[m]);
                }
            }
            if (repetition >= 0) {
                totals[repetition] = seconds(start);
            }
        }
        TABLE.add(new Row("8 paper metrics, 1000x768 vs 1000x1024 (median of 15 after 5 warm-up runs)", median(totals),
                0.3));
        TABLE.add(new Row("  fastest of the 15", Arrays.stream(totals).min().orElse(Double.NaN), 0.3));
        for (int m = 0; m < metrics.size(); m++) {
            TABLE.add(new Row("  of which " + metrics.get(m).spec().key() + " (last run, in order)", perMetric[m], Double.NaN));
        }
    }

    private static void largeMetrics() {
        RowMatrix x = Preprocessing.RAW.apply(gaussian(20_000, 768, 3), null);
        RowMatrix y = Preprocessing.RAW.apply(correlated(x, 768, 4), null);
        for (String key : List.of("cka", "unbiased_cka", "mutual_knn_10", "mutual_knn_100", "knn_edit_10", "knn_edit_100")) {
            AlignmentMetric metric = REGISTRY.create(key);
            long start = System.nanoTime();
            MetricValue value = metric.compute(x, y, MetricContext.defaults());
            double elapsed = seconds(start);
            System.out.printf(Locale.ROOT, "  20000x768 %-16s %.6f  (%.3f s)%n", key, value.value(), elapsed);
            TABLE.add(new Row(key + ", 20000x768 vs 20000x768, alone", elapsed, 10));
        }
    }

    private static void memoryMappedCka() throws IOException {
        int rows = 100_000;
        int columns = 4096;
        Path directory = Files.createTempDirectory("repalign-benchmark");
        Path a = directory.resolve("a.npy");
        Path b = directory.resolve("b.npy");
        try {
            long start = System.nanoTime();
            writeNpy(a, b, rows, columns, 5);
            System.out.printf(Locale.ROOT, "  wrote 2 x %d x %d float32 (%.1f GB) in %.1f s%n", rows, columns,
                    2.0 * rows * columns * 4 / 1e9, seconds(start));
            Representation ra = RepresentationReaders.open(a, null);
            Representation rb = RepresentationReaders.open(b, null);
            start = System.nanoTime();
            double value = LinearCka.compute(ra.matrix(), rb.matrix()).orElse(Double.NaN);
            double elapsed = seconds(start);
            System.out.printf(Locale.ROOT, "  memory-mapped linear CKA %.6f (%.3f s)%n", value, elapsed);
            TABLE.add(new Row("linear CKA, memory-mapped 100000x4096 float32 x2, heap "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB", elapsed, Double.NaN));
        } finally {
            Files.deleteIfExists(a);
            Files.deleteIfExists(b);
            Files.deleteIfExists(directory);
        }
    }

    /** Writes A (Gaussian) and B = A + Gaussian noise as little-endian float32 .npy v1.0 files. */
    private static void writeNpy(Path a, Path b, int rows, int columns, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        try (FileChannel ca = FileChannel.open(a, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                FileChannel cb = FileChannel.open(b, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ca.write(ByteBuffer.wrap(npyHeader(rows, columns)));
            cb.write(ByteBuffer.wrap(npyHeader(rows, columns)));
            int blockRows = 256;
            ByteBuffer ba = ByteBuffer.allocate(blockRows * columns * 4).order(ByteOrder.LITTLE_ENDIAN);
            ByteBuffer bb = ByteBuffer.allocate(blockRows * columns * 4).order(ByteOrder.LITTLE_ENDIAN);
            for (int start = 0; start < rows; start += blockRows) {
                int count = Math.min(blockRows, rows - start);
                ba.clear();
                bb.clear();
                for (int i = 0; i < count * columns; i++) {
                    float value = (float) gaussian(random);
                    ba.putFloat(value);
                    bb.putFloat(value + (float) gaussian(random));
                }
                ba.flip();
                bb.flip();
                while (ba.hasRemaining()) {
                    ca.write(ba);
                }
                while (bb.hasRemaining()) {
                    cb.write(bb);
                }
            }
        }
    }

    private static byte[] npyHeader(int rows, int columns) {
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + rows + ", " + columns + "), }";
        int unpadded = 10 + dict.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        String header = dict + " ".repeat(padding) + "\n";
        ByteBuffer buffer = ByteBuffer.allocate(10 + header.length()).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
        buffer.putShort((short) header.length());
        buffer.put(header.getBytes(StandardCharsets.US_ASCII));
        return buffer.array();
    }

    private static DenseMatrix gaussian(int rows, int columns, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[rows * columns];
        for (int i = 0; i < values.length; i++) {
            values[i] = gaussian(random);
        }
        return DenseMatrix.wrap(rows, columns, values);
    }

    /** Y = [X, X] (first {@code columns} columns) plus Gaussian noise: related to X but not equal. */
    private static DenseMatrix correlated(RowMatrix x, int columns, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int rows = x.rows();
        int d = x.columns();
        double[] row = new double[d];
        double[] values = new double[rows * columns];
        for (int r = 0; r < rows; r++) {
            x.readRows(r, 1, row, 0);
            for (int c = 0; c < columns; c++) {
                values[r * columns + c] = row[c % d] + 0.05 * gaussian(random);
            }
        }
        return DenseMatrix.wrap(rows, columns, values);
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private record Row(String name, double seconds, double target) {
    }
}
