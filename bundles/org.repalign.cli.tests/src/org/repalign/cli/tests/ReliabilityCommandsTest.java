package org.repalign.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.cli.Command;
import org.repalign.cli.CommandIO;
import org.repalign.cli.CommandLine;
import org.repalign.cli.internal.FailureLog;
import org.repalign.compute.runtime.MemoryBudget;
import org.repalign.io.internal.JsonParser;
import org.repalign.io.write.OutputLock;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentFiles;

/**
 * The exit status contract and what a hostile but realistic user meets: resources that run out,
 * two writers of one folder, resumes on other data, ids that map to one name, leftovers, help.
 */
class ReliabilityCommandsTest {

    @TempDir
    Path folder;

    private record Result(int status, String out, String err) {
    }

    private Result run(String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new CommandLine(new FailureLog(folder.resolve("logs/repalign.log"))).run(arguments,
                new CommandIO(new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8)));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path data(String name, long seed, int rows, int columns) throws Exception {
        Random random = new Random(seed);
        double[][] values = new double[rows][columns];
        for (double[] row : values) {
            for (int c = 0; c < columns; c++) {
                row[c] = random.nextGaussian();
            }
        }
        return NpyFiles.write(folder.resolve(name), values);
    }

    private Result train(Path input, Path out, String steps, String... extra) {
        List<String> arguments = new ArrayList<>(List.of("sae", "train", input.toString(), "--latents", "16", "--k", "3",
                "--steps", steps, "--batch", "16", "--seed", "2", "--checkpoint-every", "5", "--out", out.toString()));
        arguments.addAll(List.of(extra));
        return run(arguments.toArray(String[]::new));
    }

    @Test
    void anSaeLargerThanMemoryExitsThreeWithOneLineNamingTheLogAndWritesNothing() throws Exception {
        Path input = data("x.npy", 1, 40, 8);
        Path out = folder.resolve("big");
        Result result = run("sae", "train", input.toString(), "--latents", "2000000000", "--k", "4", "--batch", "8",
                "--out", out.toString());
        assertEquals(Command.RESOURCES, result.status(), result.err());
        List<String> lines = result.err().lines().filter(l -> !l.startsWith("WARNING")).toList();
        assertEquals(1, lines.size(), result.err());
        assertTrue(lines.get(0).contains("2,000,000,000 latents") && lines.get(0).contains("lower the latents"),
                lines.get(0));
        assertTrue(lines.get(0).contains(folder.resolve("logs/repalign.log").toString()), "names the log");
        assertTrue(Files.readString(folder.resolve("logs/repalign.log")).contains("ResourceExhaustedException"),
                "the details are in the log");
        assertFalse(Files.exists(out), "no folder left behind by a refused command");

        // larger than the heap, not larger than an array: the estimate refuses it
        Path wide = data("wide.npy", 2, 40, 768);
        long heapGb = Math.max(1, MemoryBudget.heapMax() >> 30);
        String latents = Long.toString(Math.min(2_000_000L, heapGb * 200_000L));
        Result huge = run("sae", "train", wide.toString(), "--latents", latents, "--k", "4", "--batch", "8", "--out",
                folder.resolve("huge").toString());
        assertEquals(Command.RESOURCES, huge.status(), huge.err());
        assertTrue(huge.err().contains("needs about") && huge.err().contains(MemoryBudget.HEAP_VARIABLE), huge.err());
    }

    @Test
    void everyCommandExplainsItselfWithHelpAndAnExample() {
        for (String command : List.of("metrics", "sae", "experiment", "run", "demo", "version")) {
            for (String flag : List.of("--help", "-h")) {
                Result result = run(command, flag);
                assertEquals(0, result.status(), command + " " + flag + ": " + result.err());
                assertTrue(result.out().startsWith("repalign " + command), result.out());
                assertTrue(result.out().contains("Example"), command + ": " + result.out());
            }
        }
        Result unknown = run("metrics", "--frobnicate");
        assertEquals(Command.BAD_INPUT, unknown.status());
        assertTrue(unknown.err().contains("--frobnicate"), unknown.err());
    }

    @Test
    void aSecondTrainerOfTheSameFolderIsRefusedAndTheFirstResultStays() throws Exception {
        Path input = data("x.npy", 3, 60, 6);
        Path out = folder.resolve("sae");
        try (OutputLock first = OutputLock.acquire(out)) {
            Result second = train(input, out, "10");
            assertEquals(Command.BAD_INPUT, second.status(), second.err());
            assertTrue(second.err().contains("being written by another"), second.err());
        }
        Result trained = train(input, out, "10");
        assertEquals(0, trained.status(), trained.err());
        byte[] weights = Files.readAllBytes(out.resolve("sae_weights.safetensors"));
        Result again = train(data("y.npy", 4, 60, 6), out, "10");
        assertEquals(Command.BAD_INPUT, again.status(), again.err());
        assertTrue(again.err().contains("not empty"), again.err());
        assertTrue(java.util.Arrays.equals(weights, Files.readAllBytes(out.resolve("sae_weights.safetensors"))));
    }

    @Test
    void resumeChecksTheInputByContentSoACopyResumesAndOtherDataIsRefused() throws Exception {
        Path input = data("x.npy", 5, 60, 6);
        Path out = folder.resolve("sae");
        assertEquals(0, train(input, out, "20", "--stop-after", "10").status());

        // same name, same shape, other numbers
        Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
        Path impostor = NpyFiles.write(elsewhere.resolve("x.npy"), rows(6, 60, 6));
        Result refused = train(impostor, out, "20", "--resume");
        assertEquals(Command.BAD_INPUT, refused.status(), refused.err());
        assertTrue(refused.err().contains("input_digest"), refused.err());

        // a copy under another name resumes and finishes
        Path copy = Files.copy(input, folder.resolve("copy-of-x.npy"));
        Result resumed = train(copy, out, "20", "--resume");
        assertEquals(0, resumed.status(), resumed.err());
        assertTrue(resumed.err().contains("resuming at step 10"), resumed.err());
        @SuppressWarnings("unchecked")
        Map<String, Object> cfg = (Map<String, Object>) JsonParser.parse(Files.readString(out.resolve("cfg.json")));
        String text = cfg.toString();
        assertTrue(text.contains("slice_1.blas_threads") && text.contains("slice_2.blas_threads"), text);
        assertTrue(text.contains("slice_1.to_step=10") && text.contains("slice_2.from_step=10")
                && text.contains("slice_2.to_step=20"), text);
    }

    private static double[][] rows(long seed, int n, int d) {
        Random random = new Random(seed);
        double[][] values = new double[n][d];
        for (double[] row : values) {
            for (int c = 0; c < d; c++) {
                row[c] = random.nextGaussian();
            }
        }
        return values;
    }

    @Test
    void anSaeTrainedOnConstantRowsIsNotSavedAndTheStatusSaysSo() throws Exception {
        double[][] constant = new double[50][5];
        for (double[] row : constant) {
            java.util.Arrays.fill(row, 0.25);
        }
        Path input = NpyFiles.write(folder.resolve("constant.npy"), constant);
        Path out = folder.resolve("sae");
        Result result = train(input, out, "10");
        assertEquals(Command.BAD_INPUT, result.status(), result.err());
        assertTrue(result.err().contains("useless") && result.err().contains("constant.npy"), result.err());
        assertFalse(Files.exists(out.resolve("cfg.json")), "nothing that reads as a result");
    }

    @Test
    void constantRowsGiveUndefinedMetricsNotNumbers() throws Exception {
        double[][] constant = new double[30][4];
        for (double[] row : constant) {
            java.util.Arrays.fill(row, 1.0);
        }
        Path a = NpyFiles.write(folder.resolve("a.npy"), constant);
        Path b = data("b.npy", 7, 30, 4);
        Result result = run("metrics", a.toString(), b.toString(), "--metrics", "cknna:k=5,cka", "--format", "json");
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = (Map<String, Object>) ((Map<String, Object>) JsonParser.parse(result.out()))
                .get("metrics");
        assertEquals(2, metrics.size(), metrics.toString());
        assertTrue(metrics.values().stream().allMatch(java.util.Objects::isNull), "null, never a number: " + metrics);
        assertTrue(result.out().contains("every row of the first representation is the same"), result.out());
        assertEquals(Command.BAD_INPUT, result.status(), "every value undefined: a useless result");
        assertTrue(result.err().contains("no metric is defined"), result.err());
    }

    /** Two ids that the earlier rule mapped to one name: both SAEs and codes kept, the report names them. */
    @Test
    @SuppressWarnings("unchecked")
    void sourceIdsThatUsedToShareAFileNameKeepTheirOwnFiles() throws Exception {
        Path e = folder.resolve("e.repalign");
        Result created = run("experiment", "create", e.toString(), "--source", "x/y=" + data("a.npy", 1, 120, 6),
                "--source", "x_y=" + data("b.npy", 2, 120, 7), "--metrics", "cka", "--analyses", "bias,signal");
        assertEquals(0, created.status(), created.err());
        Experiment edited = ExperimentFiles.load(e);
        edited.getSae().setLatents(12);
        edited.getSae().setK(2);
        edited.getSae().setSteps(30);
        edited.getSae().setBatchSize(32);
        edited.getSae().setTruncationUpper(0.6);
        ExperimentFiles.save(edited, e);
        // a write killed earlier left a hidden temporary folder with a report in it
        Path leftover = Files.createDirectories(folder.resolve("out/.20260101T000000Z-00000000.tmp-deadbeef"));
        Files.writeString(leftover.resolve("report.json"), "{}");

        Result result = run("run", e.toString(), "--only", "bias", "--out", folder.resolve("out").toString());
        assertEquals(0, result.status(), result.err());
        assertFalse(Files.exists(leftover), "the leftover is cleaned");
        assertTrue(result.out().contains("removed .20260101T000000Z-00000000.tmp-deadbeef"), result.out());

        Result signal = run("run", e.toString(), "--only", "signal", "--out", folder.resolve("out").toString());
        assertEquals(0, signal.status(), signal.err());
        List<String> lines = signal.out().lines().toList();
        Path report = Path.of(lines.get(lines.size() - 1));
        assertTrue(Files.isRegularFile(report.resolveSibling("sae/x%2Fy/cfg.json")));
        assertTrue(Files.isRegularFile(report.resolveSibling("sae/x_y/cfg.json")));
        assertTrue(Files.isRegularFile(report.resolveSibling("codes/x%2Fy.npz")));
        assertTrue(Files.isRegularFile(report.resolveSibling("codes/x_y.npz")));
        Map<String, Object> json = (Map<String, Object>) JsonParser.parse(Files.readString(report));
        List<Map<String, Object>> saes = (List<Map<String, Object>>) ((Map<String, Object>) json.get("sae")).get("sources");
        assertEquals(List.of("codes/x%2Fy.npz", "codes/x_y.npz"), saes.stream().map(s -> s.get("codes_file")).toList());
    }

    @Test
    void anExperimentElementWrittenAsAReferenceIsRefusedNotReplacedByDefaults() throws Exception {
        Path e = folder.resolve("e.repalign");
        assertEquals(0, run("experiment", "create", e.toString(), "--source", "a=" + data("a.npy", 1, 50, 4), "--source",
                "b=" + data("b.npy", 2, 50, 4), "--metrics", "cka", "--analyses", "bias").status());
        String text = Files.readString(e);
        int start = text.indexOf("<sae");
        int end = text.indexOf("/>", start) + 2;
        assertTrue(start > 0 && end > start, text);
        Files.writeString(e, text.substring(0, start) + "<sae href=\"other.repalign#//@sae\"/>" + text.substring(end));
        Result result = run("run", e.toString());
        assertEquals(Command.BAD_INPUT, result.status(), result.err());
        assertTrue(result.err().contains("'sae'") && result.err().contains("other.repalign"), result.err());
    }

    /**
     * Rows that come in ± pairs have a zero mean, so centering changes them by round-off only:
     * before, deltas of 1e-16 counted as "centering raises alignment in 100 % of pairs".
     */
    @Test
    @SuppressWarnings("unchecked")
    void centeringThatChangesNothingIsATieNotAnImprovement() throws Exception {
        List<String> sources = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            double[][] half = rows(name.charAt(0), 40, 6);
            double[][] symmetric = new double[80][];
            for (int i = 0; i < 40; i++) {
                symmetric[i] = half[i];
                symmetric[40 + i] = java.util.Arrays.stream(half[i]).map(v -> -v).toArray();
            }
            sources.add("--source");
            sources.add(name + "=" + NpyFiles.write(folder.resolve(name + ".npy"), symmetric));
        }
        Path e = folder.resolve("sym.repalign");
        List<String> create = new ArrayList<>(List.of("experiment", "create", e.toString(), "--metrics", "cka",
                "--analyses", "bias"));
        create.addAll(sources);
        assertEquals(0, run(create.toArray(String[]::new)).status());
        Result result = run("run", e.toString(), "--out", folder.resolve("out").toString());
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("cka 0 of ") && result.out().contains("by sign 0%")
                && result.out().contains("3 of 3 pairs tied"), result.out());
        List<String> lines = result.out().lines().toList();
        Map<String, Object> report = (Map<String, Object>) JsonParser.parse(Files.readString(Path.of(lines.get(lines.size() - 1))));
        Map<String, Object> bias = (Map<String, Object>) ((Map<String, Object>) report.get("analyses")).get("bias");
        Map<String, Object> values = (Map<String, Object>) bias.get("values");
        assertEquals(0.0, ((Number) ((Map<String, Object>) values.get("improved_share")).get("cka")).doubleValue());
        assertEquals(1.0, ((Number) ((Map<String, Object>) values.get("tied_share")).get("cka")).doubleValue());
        for (Map<String, Object> row : (List<Map<String, Object>>) ((Map<String, Object>) bias.get("tables")).get("rows")) {
            assertEquals("tied", row.get("outcome"), row.toString());
        }
    }

    /** Whatever runs out inside a command (here a command that exhausts the heap) is status 3, not 0 or 1. */
    @Test
    void anOutOfMemoryErrorAnywhereIsStatusThree() {
        CommandLine commandLine = new CommandLine(new FailureLog(folder.resolve("logs/repalign.log")));
        commandLine.add(new Command() {
            @Override
            public String name() {
                return "exhaust";
            }

            @Override
            public String summary() {
                return "runs out of heap";
            }

            @Override
            public String usage() {
                return "repalign exhaust";
            }

            @Override
            public int run(List<String> arguments, CommandIO io) {
                throw new IllegalStateException("a worker failed", new OutOfMemoryError("Java heap space"));
            }
        });
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = commandLine.run(new String[] { "exhaust" }, new CommandIO(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        String line = err.toString(StandardCharsets.UTF_8);
        assertEquals(Command.RESOURCES, status, line);
        assertTrue(line.startsWith("repalign: out of memory while running 'exhaust' (Java heap space)"), line);
        assertEquals(1, line.lines().count(), line);
    }

    /** A crash after the weights but before cfg.json: the checkpoint is still there, and resume publishes. */
    @Test
    void aTrainingInterruptedWhilePublishingIsFinishedByResume() throws Exception {
        Path input = data("x.npy", 9, 60, 6);
        Path out = folder.resolve("sae");
        assertEquals(0, train(input, out, "10").status());
        byte[] weights = Files.readAllBytes(out.resolve("sae_weights.safetensors"));
        Files.delete(out.resolve("cfg.json"));
        Files.createDirectories(out.resolve(".publish.tmp-0badc0de"));
        Result resumed = train(input, out, "10", "--resume");
        assertEquals(0, resumed.status(), resumed.err());
        assertTrue(Files.isRegularFile(out.resolve("cfg.json")));
        assertTrue(java.util.Arrays.equals(weights, Files.readAllBytes(out.resolve("sae_weights.safetensors"))),
                "the same SAE, from the checkpoint of the finished training");
        assertFalse(Files.exists(out.resolve(".publish.tmp-0badc0de")), "the leftover is removed");
    }

    /** The encoder GEMM's summation order, so the bits of a step, depend on the BLAS thread count. */
    @Test
    void aResumeWithAnotherBlasThreadCountIsRefusedNamingIt() throws Exception {
        Path input = data("x.npy", 10, 60, 6);
        Path out = folder.resolve("sae");
        int threads = org.repalign.compute.runtime.Nd4jRuntime.environment().blasThreads();
        assertEquals(0, train(input, out, "20", "--stop-after", "10").status());
        org.repalign.compute.runtime.Nd4jRuntime.setBlasThreads(threads == 1 ? 2 : 1);
        try {
            Result refused = train(input, out, "20", "--resume");
            assertEquals(Command.BAD_INPUT, refused.status(), refused.err());
            assertTrue(refused.err().contains("blas_threads = " + threads), refused.err());
            assertTrue(refused.err().contains("OMP_NUM_THREADS=" + threads), refused.err());
        } finally {
            org.repalign.compute.runtime.Nd4jRuntime.setBlasThreads(threads);
        }
        assertEquals(0, train(input, out, "20", "--resume").status());
    }

    /** An empty metric list runs the paper's eight: svcca_100 on 96-dimensional models is refused before any work. */
    @Test
    void theDefaultMetricsAreCheckedAgainstSyntheticModelsBeforeTheRun() throws Exception {
        Path e = folder.resolve("small.repalign");
        Experiment experiment = org.repalign.analysis.experiment.DemoExperiment.create();
        experiment.getMetrics().clear();
        experiment.getSynthetic().getModels().forEach(model -> model.setDimension(96));
        ExperimentFiles.save(experiment, e);
        Result result = run("run", e.toString(), "--only", "bias", "--out", folder.resolve("out").toString());
        assertEquals(Command.BAD_INPUT, result.status(), result.err());
        assertTrue(result.err().contains("svcca_100") && result.err().contains("dimension 96"), result.err());
        assertFalse(result.err().contains("Analysis bias"), "refused before the bias analysis started: " + result.err());
    }
}
