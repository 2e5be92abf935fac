package org.repalign.spark.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.analysis.results.ResultsJson;
import org.repalign.cli.CommandIO;
import org.repalign.cli.CommandLine;
import org.repalign.spark.SparkMain;
import org.repalign.spark.internal.SideSpec;

/**
 * {@code repalign spark cka} in local mode against {@code repalign metrics --metrics
 * cka,unbiased_cka} (the single-machine streamed CKA) on the same files, with several partitions,
 * every preprocessing it offers, rows paired by item, a task that fails once and is retried, and
 * the one-line messages of bad input.
 */
class SparkCkaTest {

    private static JavaSparkContext spark;

    @TempDir
    static Path folder;

    private static Path a;
    private static Path b;

    @BeforeAll
    static void start() throws IOException {
        // two cores; a failed task is tried again once (local mode retries only with local[N,F])
        spark = new JavaSparkContext(new SparkConf().setMaster("local[2,2]").setAppName("SparkCkaTest")
                .set("spark.ui.enabled", "false"));
        Random random = new Random(17);
        int rows = 20_000;
        double[][] x = new double[rows][24];
        double[][] y = new double[rows][16];
        double[][] w = new double[24][16];
        for (double[] row : w) {
            for (int c = 0; c < 16; c++) {
                row[c] = random.nextGaussian();
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < 24; c++) {
                // far from the origin, with a shared direction: raw and centered preprocessing differ
                x[r][c] = 40 + (c == 0 ? 3 : 1) * random.nextGaussian();
            }
            for (int c = 0; c < 16; c++) {
                double v = 0;
                for (int k = 0; k < 24; k++) {
                    v += (x[r][k] - 40) * w[k][c];
                }
                y[r][c] = -7 + v + 4 * random.nextGaussian();
            }
        }
        a = writeNpy(folder.resolve("a.npy"), x);
        b = writeNpy(folder.resolve("b.npy"), y);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
        SideSpec.forgetOpened();
    }

    /** A C-order float64 .npy file, written here byte by byte. */
    static Path writeNpy(Path file, double[][] values) throws IOException {
        String header = "{'descr': '<f8', 'fortran_order': False, 'shape': (" + values.length + ", " + values[0].length
                + "), }";
        int unpadded = 10 + header.length() + 1;
        header = header + " ".repeat((64 - unpadded % 64) % 64) + "\n";
        ByteBuffer buffer = ByteBuffer.allocate(10 + header.length() + values.length * values[0].length * 8)
                .order(ByteOrder.LITTLE_ENDIAN);
        buffer.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
        buffer.putShort((short) header.length()).put(header.getBytes(StandardCharsets.US_ASCII));
        for (double[] row : values) {
            for (double v : row) {
                buffer.putDouble(v);
            }
        }
        Files.write(file, buffer.array());
        return file;
    }

    static double[][] readBack(Path npy, int rows, int columns) throws IOException {
        byte[] bytes = Files.readAllBytes(npy);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int headerLength = buffer.getShort(8);
        buffer.position(10 + headerLength);
        double[][] values = new double[rows][columns];
        for (double[] row : values) {
            for (int c = 0; c < columns; c++) {
                row[c] = buffer.getDouble();
            }
        }
        return values;
    }

    /** The outcome of one command: status, stdout and stderr. */
    record Outcome(int status, String out, String err) {
        @SuppressWarnings("unchecked")
        Map<String, Object> json() throws IOException {
            return ResultsJson.mapper().readValue(out, Map.class);
        }

        double metric(String id) throws IOException {
            @SuppressWarnings("unchecked")
            Map<String, Object> metrics = (Map<String, Object>) json().get("metrics");
            return ((Number) metrics.get(id)).doubleValue();
        }
    }

    static Outcome spark(String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SparkMain.run(arguments, new CommandIO(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Outcome singleMachine(String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new CommandLine().run(arguments, new CommandIO(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void assertSameValues(Outcome distributed, Outcome single) throws IOException {
        assertEquals(0, distributed.status(), distributed.err());
        assertEquals(0, single.status(), single.err());
        for (String id : List.of("cka", "unbiased_cka")) {
            double expected = single.metric(id);
            double actual = distributed.metric(id);
            assertEquals(expected, actual, 1e-9 * Math.abs(expected), id);
        }
    }

    @Test
    void equalsTheSingleMachineValuesUnderEveryPreprocessing() throws IOException {
        double previous = Double.NaN;
        for (String preprocess : List.of("none", "raw", "centered")) {
            Outcome distributed = spark("cka", a.toString(), b.toString(), "--preprocess", preprocess, "--partitions",
                    "7", "--format", "json");
            Outcome single = singleMachine("metrics", a.toString(), b.toString(), "--metrics", "cka,unbiased_cka",
                    "--preprocess", preprocess, "--format", "json");
            assertSameValues(distributed, single);
            @SuppressWarnings("unchecked")
            Map<String, Object> info = (Map<String, Object>) distributed.json().get("spark");
            assertEquals(7, ((Number) info.get("partitions")).intValue());
            assertEquals(20_000, ((Number) distributed.json().get("n")).intValue());
            // the preprocessings give different values here, so each one was really applied
            double value = distributed.metric("cka");
            assertTrue(!(Math.abs(value - previous) < 1e-6), preprocess + " gave the value of the one before");
            previous = value;
        }
    }

    @Test
    void pairsRowsByItemWhenBothSidesNameThem() throws IOException {
        // B's rows in another order, with two items A lacks; A with one item B lacks
        double[][] x = readBack(a, 20_000, 24);
        double[][] y = readBack(b, 20_000, 16);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(4));
        double[][] shuffled = new double[20_002][];
        List<String> namesB = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            shuffled[i] = y[order.get(i)];
            namesB.add("item" + order.get(i));
        }
        shuffled[20_000] = y[0].clone();
        shuffled[20_001] = y[1].clone();
        namesB.add("extra0");
        namesB.add("extra1");
        double[][] xPlus = new double[20_001][];
        System.arraycopy(x, 0, xPlus, 0, 20_000);
        xPlus[20_000] = x[5].clone();
        List<String> namesA = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            namesA.add("item" + i);
        }
        namesA.add("lonely");
        Path shuffledB = writeNpy(folder.resolve("b-shuffled.npy"), shuffled);
        Path aPlus = writeNpy(folder.resolve("a-plus.npy"), xPlus);
        Path itemsA = Files.write(folder.resolve("a-items.txt"), namesA);
        Path itemsB = Files.write(folder.resolve("b-items.txt"), namesB);
        String[] pairing = { "--items-a", itemsA.toString(), "--items-b", itemsB.toString() };
        Outcome distributed = spark(concat(new String[] { "cka", aPlus.toString(), shuffledB.toString(), "--partitions",
                "5", "--format", "json" }, pairing));
        Outcome single = singleMachine(concat(new String[] { "metrics", aPlus.toString(), shuffledB.toString(),
                "--metrics", "cka,unbiased_cka", "--format", "json" }, pairing));
        assertSameValues(distributed, single);
        // and the same as the files paired by order to begin with
        Outcome inOrder = spark("cka", a.toString(), b.toString(), "--format", "json");
        assertEquals(inOrder.metric("cka"), distributed.metric("cka"), 1e-12);
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    @Test
    void aTaskThatFailsOnceAndIsRetriedChangesNothing() throws IOException {
        Path flakyA = Files.copy(a, folder.resolve("a.flaky"));
        int before = FlakyNpyReader.FAILURES.get();
        Outcome retried = spark("cka", flakyA.toString(), b.toString(), "--preprocess", "centered", "--partitions", "4",
                "--format", "json");
        assertTrue(FlakyNpyReader.FAILURES.get() > before, "no task failed: the injection did not happen");
        Outcome plain = spark("cka", a.toString(), b.toString(), "--preprocess", "centered", "--partitions", "4",
                "--format", "json");
        assertEquals(0, retried.status(), retried.err());
        assertEquals(plain.metric("cka"), retried.metric("cka"), 1e-13);
        assertEquals(plain.metric("unbiased_cka"), retried.metric("unbiased_cka"), 1e-13);
    }

    @Test
    void aValueThatIsNotFiniteIsNamedWithItsFileRowAndColumnAsTheCommandLineDoes() throws IOException {
        double[][] y = readBack(b, 20_000, 16);
        y[13_579][3] = Double.NaN;
        y[17_000][0] = Double.POSITIVE_INFINITY;
        Path bad = writeNpy(folder.resolve("bad.npy"), y);
        for (String preprocess : List.of("none", "raw")) {
            Outcome distributed = spark("cka", a.toString(), bad.toString(), "--preprocess", preprocess, "--partitions",
                    "6");
            Outcome single = singleMachine("metrics", a.toString(), bad.toString(), "--metrics", "cka");
            assertEquals(2, distributed.status(), distributed.err());
            assertEquals(2, single.status());
            String expected = "bad.npy: row 13579, column 3 is NaN; values must be finite before metrics are computed";
            assertTrue(distributed.err().contains("repalign: " + expected), distributed.err());
            assertTrue(single.err().contains(expected), single.err());
            assertEquals("", distributed.out());
        }
    }

    /** A Parquet table of (item, vector) rows, the vectors as double or float arrays. */
    private static Path writeParquet(Path folder, List<String> items, double[][] vectors, boolean floats) {
        SparkSession session = SparkSession.builder().sparkContext(spark.sc()).getOrCreate();
        StructType schema = new StructType().add("item", DataTypes.StringType).add("vector",
                DataTypes.createArrayType(floats ? DataTypes.FloatType : DataTypes.DoubleType));
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < vectors.length; r++) {
            Object[] values = new Object[vectors[r].length];
            for (int c = 0; c < values.length; c++) {
                values[c] = floats ? (Object) (float) vectors[r][c] : (Object) vectors[r][c];
            }
            rows.add(RowFactory.create(items.get(r), values));
        }
        session.createDataFrame(rows, schema).repartition(3).write().parquet(folder.toString());
        return folder;
    }

    @Test
    void parquetTablesArePairedByItemAndGiveTheValuesOfTheFiles() throws IOException {
        double[][] x = readBack(a, 20_000, 24);
        double[][] y = readBack(b, 20_000, 16);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            names.add("item" + i);
        }
        // B in float32, in another order, with an item A lacks
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(8));
        double[][] yShuffled = new double[20_001][];
        double[][] yFloat = new double[20_000][16];
        List<String> namesB = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            for (int c = 0; c < 16; c++) {
                yFloat[i][c] = (float) y[i][c];
            }
        }
        for (int i = 0; i < 20_000; i++) {
            yShuffled[i] = yFloat[order.get(i)];
            namesB.add("item" + order.get(i));
        }
        yShuffled[20_000] = yFloat[0].clone();
        namesB.add("only-in-b");
        Path tableA = writeParquet(folder.resolve("a.parquet"), names, x, false);
        Path tableB = writeParquet(folder.resolve("b.parquet"), namesB, yShuffled, true);
        Path floatB = writeNpy(folder.resolve("b-float.npy"), yFloat);
        for (String preprocess : List.of("raw", "centered")) {
            Outcome distributed = spark("cka", tableA.toString(), tableB.toString(), "--preprocess", preprocess,
                    "--format", "json");
            Outcome single = singleMachine("metrics", a.toString(), floatB.toString(), "--metrics", "cka,unbiased_cka",
                    "--preprocess", preprocess, "--format", "json");
            assertSameValues(distributed, single);
            assertEquals(1, ((Number) distributed.json().get("dropped_b")).intValue());
        }

        // bad tables: one line each, status 2
        List<String> twice = new ArrayList<>(names.subList(0, 10));
        twice.set(7, "item3");
        Path duplicate = writeParquet(folder.resolve("twice.parquet"), twice, java.util.Arrays.copyOf(x, 10), false);
        Outcome duplicated = spark("cka", duplicate.toString(), tableB.toString());
        assertEquals(2, duplicated.status(), duplicated.err());
        assertTrue(duplicated.err().contains("twice.parquet: item 'item3' appears 2 times"), duplicated.err());

        Outcome column = spark("cka", tableA.toString(), tableB.toString(), "--vector-column", "embedding");
        assertEquals(2, column.status());
        assertTrue(column.err().contains("a.parquet: no column 'embedding' (columns: item, vector)"), column.err());

        double[][] bad = java.util.Arrays.copyOf(x, 50);
        bad[20] = bad[20].clone();
        bad[20][5] = Double.NaN;
        Path nan = writeParquet(folder.resolve("nan.parquet"), names.subList(0, 50), bad, false);
        Outcome notFinite = spark("cka", nan.toString(), tableB.toString());
        assertEquals(2, notFinite.status(), notFinite.err());
        assertTrue(notFinite.err().contains("nan.parquet: item 'item20', column 5 is NaN"), notFinite.err());

        Outcome mixed = spark("cka", tableA.toString(), b.toString());
        assertEquals(2, mixed.status());
        assertTrue(mixed.err().contains("not one of each"), mixed.err());
    }

    @Test
    void badInputIsOneLineWithExitStatusTwo() throws IOException {
        double[][] few = new double[10][3];
        for (int r = 0; r < 10; r++) {
            few[r][r % 3] = r + 1;
        }
        Path short10 = writeNpy(folder.resolve("short.npy"), few);
        Outcome rows = spark("cka", a.toString(), short10.toString());
        assertEquals(2, rows.status());
        assertTrue(rows.err().contains("a.npy has 20000 rows but short.npy has 10"), rows.err());

        Outcome clamp = spark("cka", a.toString(), b.toString(), "--preprocess", "clamp");
        assertEquals(2, clamp.status());
        assertTrue(clamp.err().contains("--preprocess clamp is not offered"), clamp.err());

        Outcome missing = spark("cka", a.toString(), folder.resolve("nowhere.npy").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().startsWith("repalign: nowhere.npy"), missing.err());

        double[][] zero = readBack(b, 20_000, 16);
        zero[8_765] = new double[16];
        Path zeroRow = writeNpy(folder.resolve("zero.npy"), zero);
        Outcome zeroed = spark("cka", a.toString(), zeroRow.toString(), "--partitions", "3");
        assertEquals(2, zeroed.status());
        assertTrue(zeroed.err().contains("zero.npy: row 8765 is a zero vector"), zeroed.err());

        for (Outcome outcome : List.of(rows, clamp, missing, zeroed)) {
            assertEquals(1, outcome.err().lines().filter(line -> line.startsWith("repalign: ")).count(),
                    outcome.err());
        }
        Outcome help = spark("help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("repalign spark COMMAND"), help.out());
        assertTrue(help.out().toLowerCase(Locale.ROOT).contains("cka"), help.out());
    }
}
