package org.repalign.spark.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.analysis.results.ResultsJson;
import org.repalign.compute.sae.SparseAutoencoder;
import org.repalign.io.sae.SaeModels;

/**
 * {@code repalign spark sae-sweep} in local mode: one loadable SAELens folder per setting, equal to
 * {@code repalign sae train} of that setting, a summary table, and bad input refused before any
 * task runs.
 */
class SaeSweepTest {

    private static JavaSparkContext spark;

    @TempDir
    static Path folder;

    private static Path input;

    @BeforeAll
    static void start() throws IOException {
        spark = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("SaeSweepTest")
                .set("spark.ui.enabled", "false"));
        Random random = new Random(8);
        double[][] rows = new double[400][12];
        for (double[] row : rows) {
            // a few active directions per row: a sparse dictionary fits these
            for (int j = 0; j < 3; j++) {
                row[random.nextInt(12)] += 1 + random.nextDouble();
            }
            for (int c = 0; c < 12; c++) {
                row[c] += 0.05 * random.nextGaussian();
            }
        }
        input = SparkCkaTest.writeNpy(folder.resolve("acts.npy"), rows);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void trainsOneLoadableFolderPerSettingEqualToSaeTrain() throws IOException {
        Path out = folder.resolve("sweep");
        SparkCkaTest.Outcome sweep = SparkCkaTest.spark("sae-sweep", input.toString(), "--latents", "16,24", "--k", "2",
                "--steps", "60", "--batch", "64", "--seed", "3", "--out", out.toString());
        assertEquals(0, sweep.status(), sweep.err());
        List<String> folders;
        try (Stream<Path> entries = Files.list(out)) {
            folders = entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("acts-topk-m16-k2", "acts-topk-m24-k2", "summary.csv", "summary.json"), folders);

        SparseAutoencoder sae16 = SaeModels.read(out.resolve("acts-topk-m16-k2"));
        SparseAutoencoder sae24 = SaeModels.read(out.resolve("acts-topk-m24-k2"));
        assertEquals(16, sae16.dSae());
        assertEquals(24, sae24.dSae());
        assertEquals(12, sae16.dIn());

        // the same setting through the single-machine command: the same SAE
        Path single = folder.resolve("single");
        SparkCkaTest.Outcome trained = SparkCkaTest.singleMachine("sae", "train", input.toString(), "--latents", "16",
                "--k", "2", "--steps", "60", "--batch", "64", "--seed", "3", "--out", single.toString());
        assertEquals(0, trained.status(), trained.err());
        SparkCkaTest.Outcome evaluated = SparkCkaTest.singleMachine("sae", "eval", single.toString(), input.toString());
        Map<String, Object> expected = ResultsJson.mapper().readValue(evaluated.out(), Map.class);
        Map<String, Object> written = ResultsJson.mapper()
                .readValue(out.resolve("acts-topk-m16-k2").resolve("evaluation.json").toFile(), Map.class);
        for (String key : List.of("fvu", "l0", "dead_fraction", "nmse")) {
            assertEquals(expected.get(key), written.get(key), key);
        }
        // TopK with k = 2: at most two active latents per row
        double l0 = ((Number) written.get("l0")).doubleValue();
        assertTrue(l0 > 0 && l0 <= 2, "L0 of a k = 2 TopK SAE: " + written);

        Map<String, Object> summary = ResultsJson.mapper().readValue(out.resolve("summary.json").toFile(), Map.class);
        List<Map<String, Object>> settings = (List<Map<String, Object>>) summary.get("settings");
        assertEquals(2, settings.size());
        assertEquals(16, ((Number) settings.get(0).get("latents")).intValue());
        assertEquals(written.get("fvu"), settings.get(0).get("fvu"));
        List<String> csv = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(3, csv.size(), String.join("\n", csv));
        assertTrue(csv.get(0).startsWith("input,latents,k,folder,fvu,l0,dead_fraction"), csv.get(0));
        assertTrue(sweep.out().contains("acts-topk-m24-k2"), sweep.out());
    }

    @Test
    void badInputIsRefusedBeforeAnyTaskRuns() throws IOException {
        Path out = folder.resolve("refused");
        SparkCkaTest.Outcome zero = SparkCkaTest.spark("sae-sweep", input.toString(), "--latents", "16,0", "--k", "2",
                "--out", out.toString());
        assertEquals(2, zero.status());
        assertTrue(zero.err().contains("--latents must list positive integers"), zero.err());

        SparkCkaTest.Outcome missing = SparkCkaTest.spark("sae-sweep", input.toString(),
                folder.resolve("nowhere.npy").toString(), "--latents", "16", "--k", "2", "--out", out.toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().startsWith("repalign: nowhere.npy"), missing.err());

        SparkCkaTest.Outcome noK = SparkCkaTest.spark("sae-sweep", input.toString(), "--latents", "16", "--out",
                out.toString());
        assertEquals(2, noK.status());
        assertTrue(noK.err().contains("needs --k"), noK.err());
        assertFalse(Files.exists(out), "a refused sweep leaves no folder");

        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "a user's file");
        SparkCkaTest.Outcome full = SparkCkaTest.spark("sae-sweep", input.toString(), "--latents", "16", "--k", "2",
                "--out", out.toString());
        assertEquals(2, full.status());
        assertTrue(full.err().contains("exists and is not empty"), full.err());
        assertEquals("a user's file", Files.readString(out.resolve("keep.txt")));
    }
}
