package org.repalign.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.compute.synth.SyntheticGenerator;
import org.repalign.compute.synth.SyntheticModelSpec;
import org.repalign.compute.synth.SyntheticRepresentation;
import org.repalign.compute.synth.SyntheticWorld;
import org.repalign.io.internal.JsonParser;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentFiles;

/** experiment create, run and demo through the command line: results, summaries and bad input. */
class ExperimentCommandsTest {

    @TempDir
    Path folder;

    /** Writes three sources of 300 items (shuffled differently per source), items, frequencies, attributes. */
    private List<String> writeData() throws Exception {
        SyntheticGenerator generator = new SyntheticGenerator(5L, 300, 20, 3, 1.0, 0.25, 1.0, 1000.0,
                List.of(SyntheticModelSpec.of("x", 16, 1.0, 1.0), SyntheticModelSpec.of("y", 24, 1.0, 1.0),
                        SyntheticModelSpec.of("z", 20, 1.0, 1.0)));
        SyntheticWorld world = generator.world();
        List<String> arguments = new ArrayList<>();
        for (SyntheticRepresentation representation : generator.representations()) {
            double[][] rows = representation.matrix().toRows();
            NpyFiles.write(folder.resolve(representation.name() + ".npy"), rows);
            arguments.add("--source");
            arguments.add(representation.name() + "=" + folder.resolve(representation.name() + ".npy"));
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
                folder.resolve("freq.tsv").toString(), "--attributes", folder.resolve("attributes.tsv").toString()));
        return arguments;
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void createThenRun() throws Exception {
        List<String> arguments = new ArrayList<>(List.of("experiment", "create", folder.resolve("e.repalign").toString()));
        arguments.addAll(writeData());
        arguments.addAll(List.of("--metrics", "cka,mutual_knn_10"));
        CommandRunner created = CommandRunner.run(arguments.toArray(String[]::new));
        assertEquals(0, created.status(), created.err());
        assertEquals(folder.resolve("e.repalign").toString(), created.out().strip());
        String experiment = Files.readString(folder.resolve("e.repalign"));
        // the paper's windows need 2,750 items: they shrink to 10 windows of 300 / 5.5 items
        assertTrue(experiment.contains("windowSize=\"54\"") && experiment.contains("stride=\"27\""), experiment);

        // a small SAE, as a user would set it in the editor, so that the test runs in seconds
        Experiment edited = ExperimentFiles.load(folder.resolve("e.repalign"));
        edited.getSae().setLatents(48);
        edited.getSae().setK(3);
        edited.getSae().setSteps(200);
        edited.getSae().setBatchSize(128);
        edited.getSae().setTruncationUpper(0.3);
        ExperimentFiles.save(edited, folder.resolve("e.repalign"));

        CommandRunner failed = CommandRunner.run("run", folder.resolve("e.repalign").toString(), "--only", "signal");
        assertEquals(2, failed.status());
        assertTrue(failed.err().contains("'signal' is not configured"), failed.err());

        CommandRunner run = CommandRunner.run("run", folder.resolve("e.repalign").toString(), "--only", "probes,bias",
                "--out", folder.resolve("out").toString());
        assertEquals(0, run.status(), run.err());
        Path report = Path.of(lastLine(run.out()));
        assertTrue(report.startsWith(folder.resolve("out")) && report.endsWith("report.json"), report.toString());
        Map<String, Object> json = (Map<String, Object>) JsonParser.parse(Files.readString(report));
        assertEquals(List.of("x", "y", "z"), json.get("sources"));
        assertEquals(List.of("bias", "probes"), List.copyOf(((Map<String, Object>) json.get("analyses")).keySet()));
        assertTrue(run.out().contains("bias: centering raises alignment"), run.out());
        assertTrue(run.out().contains("probes: "), run.out());
        assertTrue(Files.isRegularFile(report.resolveSibling("experiment.repalign")), "the experiment as run");
        assertTrue(Files.isRegularFile(report.resolveSibling("codes/x.npz")), "SAE codes");
        assertTrue(Files.isRegularFile(report.resolveSibling("sae/y/cfg.json")), "SAE folder");
        assertTrue(Files.isRegularFile(report.resolveSibling("probes/z-dense.npy")), "probe directions");
    }

    private static double[][] gaussian(java.util.Random random, int rows, int columns) {
        double[][] m = new double[rows][columns];
        for (double[] row : m) {
            for (int j = 0; j < columns; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return m;
    }

    @Test
    @SuppressWarnings("unchecked")
    void createFromAFolderOfLayersAndAThreeDimensionalArrayThenRun() throws Exception {
        java.util.Random random = new java.util.Random(41L);
        Path layers = Files.createDirectory(folder.resolve("x-layers"));
        double[][][] x = {gaussian(random, 40, 6), gaussian(random, 40, 5), gaussian(random, 40, 6)};
        for (int l = 0; l < 3; l++) {
            NpyFiles.write(layers.resolve("layer_" + l + ".npy"), x[l]);
        }
        // y's first layer is x's layer_1: the pair the layers analysis must find
        NpyFiles.writeLayers(folder.resolve("y.npy"), new double[][][] {x[1], gaussian(random, 40, 5)});
        Path file = folder.resolve("layered.repalign");
        CommandRunner created = CommandRunner.run("experiment", "create", file.toString(), "--source",
                "x=" + layers, "--source", "y=" + folder.resolve("y.npy"), "--metrics", "cka");
        assertEquals(0, created.status(), created.err());
        Experiment experiment = ExperimentFiles.load(file);
        assertEquals("x-layers", experiment.getSources().get(0).getFile());
        assertTrue(Files.readString(file).contains("analysisId=\"layers\""), Files.readString(file));

        CommandRunner run = CommandRunner.run("run", file.toString(), "--out", folder.resolve("out").toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("layers cka: best layer pair x[layer_1]–y[0] 1.000"), run.out());
        Path report = Path.of(lastLine(run.out()));
        Map<String, Object> json = (Map<String, Object>) JsonParser.parse(Files.readString(report));
        Map<String, Object> analyses = (Map<String, Object>) json.get("analyses");
        assertEquals(List.of("bias", "layers"), List.copyOf(analyses.keySet()));
        Map<String, Object> tables = (Map<String, Object>) ((Map<String, Object>) analyses.get("layers")).get("tables");
        List<Map<String, Object>> best = (List<Map<String, Object>>) tables.get("best");
        assertEquals(1, best.size());
        assertEquals("layer_1", best.get(0).get("best_layer_a_name"));
        assertEquals(3, ((Number) best.get(0).get("layers_a")).intValue());
        assertEquals(2, ((Number) best.get(0).get("layers_b")).intValue());
        assertTrue(Files.isRegularFile(report.resolveSibling("layers-grid.csv")));
    }

    @Test
    void badInputIsOneLineAndStatusTwo() throws Exception {
        CommandRunner missing = CommandRunner.run("run", folder.resolve("nope.repalign").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("nope.repalign"), missing.err());

        CommandRunner noFile = CommandRunner.run("experiment", "create", folder.resolve("f.repalign").toString(),
                "--source", "a=" + folder.resolve("a.npy"), "--source", "b=" + folder.resolve("b.npy"));
        assertEquals(2, noFile.status());
        assertEquals(1, noFile.err().lines().count(), noFile.err());
        assertTrue(noFile.err().contains("'a'") && noFile.err().contains("a.npy"), noFile.err());
        assertFalse(Files.exists(folder.resolve("f.repalign")), "nothing written");

        CommandRunner oneSource = CommandRunner.run("experiment", "create", folder.resolve("g.repalign").toString(),
                "--source", "a=x.npy");
        assertEquals(2, oneSource.status());
        assertTrue(oneSource.err().contains("at least two sources"), oneSource.err());

        List<String> arguments = new ArrayList<>(List.of("experiment", "create", folder.resolve("h.repalign").toString()));
        arguments.addAll(writeData());
        arguments.addAll(List.of("--analyses", "bias,nonsense"));
        CommandRunner unknown = CommandRunner.run(arguments.toArray(String[]::new));
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("nonsense"), unknown.err());

        double[][] rows = {{1, 2}, {Double.NaN, 1}, {0, 1}};
        NpyFiles.write(folder.resolve("nan.npy"), rows);
        NpyFiles.write(folder.resolve("ok.npy"), new double[][] {{1, 0}, {0, 1}, {1, 1}});
        Path file = folder.resolve("nan.repalign");
        CommandRunner created = CommandRunner.run("experiment", "create", file.toString(), "--source",
                "n=" + folder.resolve("nan.npy"), "--source", "o=" + folder.resolve("ok.npy"), "--metrics", "cka");
        assertEquals(0, created.status(), created.err());
        CommandRunner nan = CommandRunner.run("run", file.toString(), "--out", folder.resolve("nan-out").toString());
        assertEquals(2, nan.status());
        String message = nan.err().lines().filter(l -> !l.matches("repalign: +\\d+%.*")).findFirst().orElse("");
        assertTrue(message.contains("nan.npy") && message.toLowerCase().contains("nan"), nan.err());
    }

    /**
     * Three .npy sources of 32, 48 and 64 dimensions and 500 rows with the default metrics: the
     * defaults that do not fit are changed and said on standard error, and the experiment
     * written validates and runs.
     */
    @Test
    void createFitsTheDefaultsToSmallDataAndSaysSo() throws Exception {
        SyntheticGenerator generator = new SyntheticGenerator(9L, 500, 20, 3, 1.0, 0.25, 1.0, 1000.0,
                List.of(SyntheticModelSpec.of("s32", 32, 1.0, 1.0), SyntheticModelSpec.of("s48", 48, 1.0, 1.0),
                        SyntheticModelSpec.of("s64", 64, 1.0, 1.0)));
        List<String> arguments = new ArrayList<>(List.of("experiment", "create", folder.resolve("small.repalign")
                .toString()));
        for (SyntheticRepresentation representation : generator.representations()) {
            Path file = folder.resolve(representation.name() + ".npy");
            NpyFiles.write(file, representation.matrix().toRows());
            arguments.addAll(List.of("--source", representation.name() + "=" + file));
        }
        arguments.addAll(List.of("--analyses", "bias,signal"));
        CommandRunner created = CommandRunner.run(arguments.toArray(String[]::new));
        assertEquals(0, created.status(), created.err());
        List<String> notes = created.err().lines().filter(l -> l.startsWith("repalign: note: ")).toList();
        assertTrue(notes.stream().anyMatch(l -> l.contains("svcca_100 left out") && l.contains("dimension 32")),
                created.err());
        assertTrue(notes.stream().anyMatch(l -> l.contains("subsample size 400")), created.err());
        assertTrue(notes.stream().anyMatch(l -> l.contains("SAE batch size 500")), created.err());
        // 4 per dimension of the widest source (4 · 64 = 256), at most half the 500 rows
        assertTrue(notes.stream().anyMatch(l -> l.contains("SAE latents 250")), created.err());
        // 100 passes over 500 rows in batches of 500 are 100 steps
        assertTrue(notes.stream().anyMatch(l -> l.contains("SAE steps sized to the data when it runs: 100 steps")),
                created.err());

        Experiment experiment = ExperimentFiles.load(folder.resolve("small.repalign"));
        List<String> metrics = experiment.getMetrics().stream().map(m -> m.getId()).toList();
        assertFalse(metrics.contains("svcca_100"), metrics.toString());
        assertTrue(metrics.containsAll(List.of("cka", "svcca_10", "mutual_knn_100", "knn_edit_100")), metrics.toString());
        assertEquals(400, experiment.getProtocol().getSubsampleSize());
        assertEquals(500, experiment.getSae().getBatchSize());
        assertEquals(250, experiment.getSae().getLatents());
        assertFalse(experiment.getSae().eIsSet(org.repalign.model.ExperimentPackage.Literals.SAE_SETTINGS__STEPS));
        List<org.eclipse.emf.common.util.Diagnostic> problems = org.repalign.model.validation.ExperimentValidator
                .validate(experiment, folder.resolve("small.repalign"),
                        new org.repalign.analysis.experiment.ReaderSourceShapes());
        assertTrue(problems.isEmpty(), problems.stream().map(d -> d.getMessage()).toList().toString());

        CommandRunner run = CommandRunner.run("run", folder.resolve("small.repalign").toString(), "--only", "bias",
                "--out", folder.resolve("small-out").toString());
        assertEquals(0, run.status(), run.err());
        Path report = Path.of(lastLine(run.out()));
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) JsonParser.parse(Files.readString(report));
        assertEquals(List.of("s32", "s48", "s64"), json.get("sources"));
        assertTrue(((List<?>) json.get("metrics")).contains("knn_edit_100"), json.get("metrics").toString());
    }

    @Test
    void demoRunsTheBuiltInExperiment() throws Exception {
        CommandRunner demo = CommandRunner.run("demo", "--out", folder.toString(), "--only", "bias,noise");
        assertEquals(0, demo.status(), demo.err());
        Path report = Path.of(lastLine(demo.out()));
        assertTrue(Files.isRegularFile(report));
        assertTrue(Files.isRegularFile(folder.resolve("synthetic-demo.repalign")));
        assertTrue(demo.out().contains("noise: alignment rises with frequency"), demo.out());
    }
}
