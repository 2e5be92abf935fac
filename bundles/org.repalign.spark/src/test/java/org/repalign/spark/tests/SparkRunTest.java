package org.repalign.spark.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.analysis.results.ResultsJson;
import org.repalign.compute.synth.SyntheticGenerator;
import org.repalign.compute.synth.SyntheticModelSpec;
import org.repalign.compute.synth.SyntheticRepresentation;
import org.repalign.compute.synth.SyntheticWorld;
import org.repalign.model.AnalysisSetting;
import org.repalign.model.ContributedAnalysis;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentFactory;
import org.repalign.model.ExperimentFiles;
import org.repalign.spark.internal.RunReplica;
import org.repalign.spark.internal.SideSpec;

/**
 * {@code repalign spark run} in local mode against {@code repalign run} on the same experiment:
 * the same run folder, with the same numbers, also when a task fails once and is retried.
 */
class SparkRunTest {

    private static JavaSparkContext spark;

    @TempDir
    static Path folder;

    private static Path experiment;

    @BeforeAll
    static void start() throws IOException {
        spark = new JavaSparkContext(new SparkConf().setMaster("local[2,2]").setAppName("SparkRunTest")
                .set("spark.ui.enabled", "false"));
        SyntheticGenerator generator = new SyntheticGenerator(5L, 400, 20, 3, 1.0, 0.25, 1.0, 1000.0,
                List.of(SyntheticModelSpec.of("x", 16, 1.0, 1.0), SyntheticModelSpec.of("y", 24, 1.0, 1.0),
                        SyntheticModelSpec.of("z", 20, 1.0, 1.0)));
        SyntheticWorld world = generator.world();
        List<String> arguments = new ArrayList<>(
                List.of("experiment", "create", folder.resolve("e.repalign").toString()));
        for (SyntheticRepresentation representation : generator.representations()) {
            String name = representation.name() + ".npy";
            SparkCkaTest.writeNpy(folder.resolve(name), representation.matrix().toRows());
            arguments.add("--source");
            arguments.add(representation.name() + "=" + folder.resolve(name));
        }
        Files.write(folder.resolve("items.txt"), world.itemNames());
        StringBuilder frequencies = new StringBuilder();
        StringBuilder attributes = new StringBuilder();
        for (int i = 0; i < world.items(); i++) {
            frequencies.append(world.itemNames().get(i)).append('\t').append(world.frequency(i)).append('\n');
            for (String attribute : world.attributesOf(i)) {
                attributes.append(world.itemNames().get(i)).append('\t').append(attribute).append('\n');
            }
        }
        Files.writeString(folder.resolve("freq.tsv"), frequencies);
        Files.writeString(folder.resolve("attributes.tsv"), attributes);
        arguments.addAll(List.of("--items", folder.resolve("items.txt").toString(), "--frequencies",
                folder.resolve("freq.tsv").toString(), "--attributes", folder.resolve("attributes.tsv").toString(),
                "--analyses", "bias,noise,signal,features,probes", "--metrics",
                "cka,unbiased_cka,mutual_knn_10,svcca_10,test_flaky_cka"));
        SparkCkaTest.Outcome created = SparkCkaTest.singleMachine(arguments.toArray(String[]::new));
        assertEquals(0, created.status(), created.err());
        experiment = folder.resolve("e.repalign");
        // a small SAE, as a user would set it in the editor, so that the test runs in seconds
        Experiment edited = ExperimentFiles.load(experiment);
        edited.getSae().setLatents(48);
        edited.getSae().setK(3);
        edited.getSae().setSteps(150);
        edited.getSae().setBatchSize(128);
        edited.getSae().setTruncationUpper(0.3);
        ExperimentFiles.save(edited, experiment);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
        RunReplica.forgetBuilt();
        SideSpec.forgetOpened();
    }

    private static Path reportOf(SparkCkaTest.Outcome outcome) {
        List<String> lines = outcome.out().lines().toList();
        return Path.of(lines.get(lines.size() - 1));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Path file) throws IOException {
        return ResultsJson.mapper().readValue(file.toFile(), Map.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void writesTheRunFolderOfTheSingleMachineRunWithTheSameNumbers() throws IOException {
        // test_flaky_cka fails in the first attempt of every task on partition 1: retried tasks
        int failuresBefore = FlakyCkaFactory.FAILURES.get();
        SparkCkaTest.Outcome distributed = SparkCkaTest.spark("run", experiment.toString(), "--out",
                folder.resolve("spark").toString());
        assertEquals(0, distributed.status(), distributed.err());
        assertTrue(FlakyCkaFactory.FAILURES.get() > failuresBefore, "no task failed: the injection did not happen");
        SparkCkaTest.Outcome single = SparkCkaTest.singleMachine("run", experiment.toString(), "--out",
                folder.resolve("local").toString());
        assertEquals(0, single.status(), single.err());

        Path sparkReport = reportOf(distributed);
        Path localReport = reportOf(single);
        assertTrue(sparkReport.startsWith(folder.resolve("spark")), sparkReport.toString());
        // the tables of the run, value for value, and the report's results and summary
        for (String table : List.of("bias-rows.csv", "noise-rows.csv", "noise-fits.csv", "signal-rows.csv",
                "features-rows.csv", "features-null.csv", "probes-rows.csv", "probes/x-dense.npy",
                "probes/z-sparse.npy", "alignment.csv", "codes/x.npz", "codes/z.npz", "sae/y/sae_weights.safetensors")) {
            assertArrayEquals(Files.readAllBytes(localReport.resolveSibling(table)),
                    Files.readAllBytes(sparkReport.resolveSibling(table)), table);
        }
        // the training curves, but for the rows per second
        assertEquals(withoutSpeed(localReport.resolveSibling("sae/y/curves.csv")),
                withoutSpeed(sparkReport.resolveSibling("sae/y/curves.csv")));
        Map<String, Object> sparkJson = json(sparkReport);
        Map<String, Object> localJson = json(localReport);
        assertEquals(withoutSeconds(localJson.get("analyses")), withoutSeconds(sparkJson.get("analyses")));
        assertEquals(localJson.get("summary"), sparkJson.get("summary"));
        assertEquals(localJson.get("seed"), sparkJson.get("seed"));

        Map<String, Object> work = (Map<String, Object>) sparkJson.get("work");
        assertEquals("spark", work.get("executor"));
        Map<String, Object> units = (Map<String, Object>) work.get("units");
        assertEquals(((Map<String, Object>) ((Map<String, Object>) localJson.get("work")).get("units"))
                .get("pair_evaluation"), units.get("pair_evaluation"));
        assertTrue(((Number) units.get("pair_evaluation")).intValue() >= 6, units.toString());
        assertEquals(3, ((Number) units.get("sae")).intValue(), units.toString());
        // dense and sparse evaluations, the SAEs, the matchings, the probes and the noise windows ran as tasks:
        // one task per unit
        int tasks = ((Number) units.get("pair_evaluation")).intValue() + 3
                + ((Number) units.get("matching_pair")).intValue() + ((Number) units.get("probe_folds")).intValue()
                + ((Number) units.get("frequency_window")).intValue();
        assertTrue(((Number) units.get("frequency_window")).intValue() >= 9, units.toString());
        assertEquals(3, ((Number) units.get("probe_folds")).intValue(), units.toString());
        assertTrue(((Number) units.get("matching_pair")).intValue() >= 3, units.toString());
        List<String> progress = distributed.err().lines().filter(line -> line.startsWith("spark run: ")).toList();
        assertEquals("spark run: " + tasks + " of " + tasks + " tasks done", progress.get(progress.size() - 1));
        try (java.util.stream.Stream<Path> left = Files.list(folder.resolve("spark"))) {
            assertTrue(left.noneMatch(path -> path.getFileName().toString().startsWith(".spark-scratch")),
                    "the scratch folder of the SAEs is removed");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void layerCellsWithTheirNullsRunAsTasksWithTheSameNumbers() throws IOException {
        java.util.Random random = new java.util.Random(17L);
        int rows = 90;
        double[][][] x = { gaussian(random, rows, 6), gaussian(random, rows, 5), gaussian(random, rows, 7) };
        double[][] echo = new double[rows][4];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < 4; j++) {
                echo[i][j] = x[1][i][j] + x[1][i][j + 1] + 0.1 * random.nextGaussian();
            }
        }
        double[][][] y = { echo, gaussian(random, rows, 5) };
        Path xLayers = Files.createDirectories(folder.resolve("layered/x"));
        Path yLayers = Files.createDirectories(folder.resolve("layered/y"));
        for (int l = 0; l < x.length; l++) {
            SparkCkaTest.writeNpy(xLayers.resolve("layer_" + l + ".npy"), x[l]);
        }
        for (int l = 0; l < y.length; l++) {
            SparkCkaTest.writeNpy(yLayers.resolve("layer_" + l + ".npy"), y[l]);
        }
        SparkCkaTest.writeNpy(folder.resolve("layered/z.npy"), gaussian(random, rows, 3));
        Path file = folder.resolve("layered/layered.repalign");
        SparkCkaTest.Outcome created = SparkCkaTest.singleMachine("experiment", "create", file.toString(), "--source",
                "x=" + xLayers, "--source", "y=" + yLayers, "--source", "z=" + folder.resolve("layered/z.npy"),
                "--analyses", "bias,layers", "--metrics", "cka,test_flaky_cka,mutual_knn:k=5");
        assertEquals(0, created.status(), created.err());
        Experiment edited = ExperimentFiles.load(file);
        edited.getProtocol().setSubsamples(3);
        edited.getProtocol().setSubsampleSize(60);
        ContributedAnalysis layers = edited.getAnalyses().stream().filter(ContributedAnalysis.class::isInstance)
                .map(ContributedAnalysis.class::cast).filter(a -> a.getAnalysisId().equals("layers")).findFirst()
                .orElseThrow();
        AnalysisSetting permutations = ExperimentFactory.eINSTANCE.createAnalysisSetting();
        permutations.setName("permutations");
        permutations.setValue("19");
        layers.getSettings().add(permutations);
        ExperimentFiles.save(edited, file);

        int failuresBefore = FlakyCkaFactory.FAILURES.get();
        SparkCkaTest.Outcome distributed = SparkCkaTest.spark("run", file.toString(), "--out",
                folder.resolve("layered/spark").toString());
        assertEquals(0, distributed.status(), distributed.err());
        assertTrue(FlakyCkaFactory.FAILURES.get() > failuresBefore, "no task failed: the injection did not happen");
        SparkCkaTest.Outcome single = SparkCkaTest.singleMachine("run", file.toString(), "--out",
                folder.resolve("layered/local").toString());
        assertEquals(0, single.status(), single.err());
        Path sparkReport = reportOf(distributed);
        Path localReport = reportOf(single);
        for (String table : List.of("layers-grid.csv", "layers-best.csv", "bias-rows.csv")) {
            assertArrayEquals(Files.readAllBytes(localReport.resolveSibling(table)),
                    Files.readAllBytes(sparkReport.resolveSibling(table)), table);
        }
        Map<String, Object> sparkJson = json(sparkReport);
        assertEquals(withoutSeconds(json(localReport).get("analyses")), withoutSeconds(sparkJson.get("analyses")));
        // the grid found the planted pair, with a null that says it is more than chance
        List<String> best = Files.readAllLines(sparkReport.resolveSibling("layers-best.csv"));
        assertTrue(best.stream().anyMatch(line -> line.startsWith("cka,x,y,") && line.contains(",layer_1,")
                && line.contains(",layer_0,")), String.join("\n", best));
        Map<String, Object> units = (Map<String, Object>) ((Map<String, Object>) sparkJson.get("work")).get("units");
        // cells: x–y 3 × 2, x–z 3 × 1, y–z 2 × 1
        assertEquals(11, ((Number) units.get("layer_cell")).intValue(), units.toString());
        int tasks = ((Number) units.get("pair_evaluation")).intValue() + 11;
        List<String> progress = distributed.err().lines().filter(line -> line.startsWith("spark run: ")).toList();
        assertEquals("spark run: " + tasks + " of " + tasks + " tasks done", progress.get(progress.size() - 1));
    }

    private static double[][] gaussian(java.util.Random random, int rows, int columns) {
        double[][] values = new double[rows][columns];
        for (double[] row : values) {
            for (int j = 0; j < columns; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return values;
    }

    /** A curves table without its last column, the training speed. */
    private static List<String> withoutSpeed(Path curves) throws IOException {
        List<String> lines = Files.readAllLines(curves);
        assertTrue(lines.get(0).endsWith(",rows_per_second") && lines.size() > 2, lines.get(0));
        return lines.stream().map(line -> line.substring(0, line.lastIndexOf(','))).toList();
    }

    /** The analyses' results without their wall-clock seconds, which differ from run to run. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withoutSeconds(Object analyses) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>();
        ((Map<String, Object>) analyses).forEach((id, result) -> {
            Map<String, Object> entries = new java.util.LinkedHashMap<>((Map<String, Object>) result);
            assertTrue(entries.remove("seconds") instanceof Number, id);
            copy.put(id, entries);
        });
        return copy;
    }

    @Test
    void anExperimentWhoseSourceIsMissingIsOneLineWithStatusTwo() throws IOException {
        String text = Files.readString(experiment);
        assertTrue(text.contains("y.npy"), text);
        text = text.replace("y.npy", "gone.npy");
        Path broken = Files.writeString(folder.resolve("broken.repalign"), text);
        SparkCkaTest.Outcome outcome = SparkCkaTest.spark("run", broken.toString(), "--out",
                folder.resolve("broken-out").toString());
        assertEquals(2, outcome.status(), outcome.err());
        assertTrue(outcome.err().contains("gone.npy"), outcome.err());
        assertTrue(outcome.err().lines().anyMatch(line -> line.startsWith("repalign: ") && line.contains("gone.npy")),
                outcome.err());
        assertTrue(Files.notExists(folder.resolve("broken-out")) || Files.list(folder.resolve("broken-out"))
                .noneMatch(path -> Files.exists(path.resolve("report.json"))), "no results for a failed run");
    }
}
