package org.repalign.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.analysis.results.rows.SaeCurvePoint;
import org.repalign.compute.data.CsrMatrix;
import org.repalign.io.Representation;
import org.repalign.io.RepresentationReaders;

class SaeCommandTest {

    @TempDir
    Path folder;

    private Path data;

    /** 200 rows that are sparse non-negative combinations of 16 random atoms in 8 dimensions. */
    @BeforeEach
    void writeData() throws IOException {
        Random random = new Random(3);
        double[][] atoms = new double[16][8];
        for (double[] atom : atoms) {
            for (int c = 0; c < 8; c++) {
                atom[c] = random.nextGaussian();
            }
        }
        double[][] rows = new double[200][8];
        for (double[] row : rows) {
            for (int j = 0; j < 2; j++) {
                double[] atom = atoms[random.nextInt(16)];
                double weight = 0.5 + random.nextDouble();
                for (int c = 0; c < 8; c++) {
                    row[c] += weight * atom[c];
                }
            }
        }
        data = NpyFiles.write(folder.resolve("data.npy"), rows);
    }

    private CommandRunner train(Path out, String steps, String... extra) {
        String[] base = { "sae", "train", data.toString(), "--latents", "32", "--k", "4", "--steps", steps, "--batch",
                "32", "--lr", "0.003", "--seed", "5", "--checkpoint-every", "10", "--out", out.toString() };
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return CommandRunner.run(all);
    }

    @Test
    void trainWritesASaeLensFolderThatEvalAndEncodeRead() throws IOException {
        Path out = folder.resolve("sae");
        CommandRunner trained = train(out, "40");
        assertEquals(0, trained.status(), trained.err());
        assertEquals("", trained.out());
        for (String file : new String[] { "cfg.json", "sae_weights.safetensors", "curves.csv",
                "checkpoint.safetensors" }) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        String cfg = Files.readString(out.resolve("cfg.json"));
        assertTrue(cfg.contains("\"architecture\": \"topk\"") && cfg.contains("\"k\": 4") && cfg.contains("\"d_sae\": 32"),
                cfg);

        CommandRunner evaluated = CommandRunner.run("sae", "eval", out.toString(), data.toString());
        assertEquals(0, evaluated.status(), evaluated.err());
        String json = evaluated.out();
        for (String key : new String[] { "fvu", "nmse", "mean_l2_residual", "l0", "dead_fraction", "kept_latents",
                "l0_truncated", "incoherence_mean", "incoherence_max", "magnitude_p5", "magnitude_p95", "n", "d_in",
                "d_sae", "k", "architecture" }) {
            assertTrue(json.contains("\"" + key + "\":"), key + " missing: " + json);
        }
        double l0 = number(json, "l0");
        assertTrue(l0 > 0 && l0 <= 4, "TopK with k = 4 keeps at most 4 latents per row: " + l0);
        double fvu = number(json, "fvu");
        assertTrue(fvu >= 0 && fvu < 1, "a trained SAE explains some variance: " + fvu);
        assertEquals(200, (int) number(json, "n"));

        Path codes = folder.resolve("codes.npz");
        CommandRunner encoded = CommandRunner.run("sae", "encode", out.toString(), data.toString(), "--out", codes.toString());
        assertEquals(0, encoded.status(), encoded.err());
        Representation read = RepresentationReaders.open(codes, null);
        CsrMatrix matrix = (CsrMatrix) read.matrix();
        assertEquals(200, matrix.rows());
        assertEquals(32, matrix.columns());
        assertEquals(l0 * 200, matrix.nonZeros(), 1e-6, "eval's L0 counts the encoded nonzeros");
    }

    @Test
    void interruptedAndResumedTrainingEqualsAnUninterruptedRunBitForBit() throws IOException {
        Path whole = folder.resolve("whole");
        assertEquals(0, train(whole, "40").status());
        Path parts = folder.resolve("parts");
        CommandRunner first = train(parts, "40", "--stop-after", "20");
        assertEquals(0, first.status(), first.err());
        assertTrue(Files.isRegularFile(parts.resolve("checkpoint.safetensors")));
        assertFalse(Files.exists(parts.resolve("sae_weights.safetensors")), "an interrupted run has no final weights");

        CommandRunner changed = train(parts, "50", "--resume");
        assertEquals(2, changed.status(), "a resume with other settings is refused");
        assertTrue(changed.err().contains("steps"), changed.err());

        CommandRunner resumed = train(parts, "40", "--resume");
        assertEquals(0, resumed.status(), resumed.err());
        assertArrayEquals(Files.readAllBytes(whole.resolve("sae_weights.safetensors")),
                Files.readAllBytes(parts.resolve("sae_weights.safetensors")));
        assertEquals(Files.readAllLines(whole.resolve("curves.csv")).size(),
                Files.readAllLines(parts.resolve("curves.csv")).size());
    }

    @Test
    void trainingCurvesAreTheRunFoldersCurveFileAndAnOldTabSeparatedFileIsResumed() throws IOException {
        Path parts = folder.resolve("old");
        assertEquals(0, train(parts, "40", "--stop-after", "20", "--log-every", "5").status());
        List<String> lines = Files.readAllLines(parts.resolve("curves.csv"));
        assertEquals("step,loss,fvu,l0,dead_fraction,rows_per_second", lines.get(0), "the header of sae/<source>/curves.csv");
        List<SaeCurvePoint> first = SaeCurvePoint.read(parts.resolve("curves.csv"));
        assertEquals(lines.size() - 1, first.size());
        assertEquals(List.of(5L, 10L, 15L, 20L), first.stream().map(SaeCurvePoint::step).toList());
        // an output folder written before held the same columns tab-separated, rounded
        StringBuilder tsv = new StringBuilder("step\tloss\tfvu\tl0\tdead_fraction\trows_per_second\n");
        for (SaeCurvePoint p : first) {
            tsv.append(String.format(Locale.ROOT, "%d\t%.8g\t%.8g\t%.4f\t%.6f\t%.1f%n", p.step(), p.loss(), p.fvu(),
                    p.l0(), p.deadFraction(), p.rowsPerSecond()));
        }
        Files.delete(parts.resolve("curves.csv"));
        Files.writeString(parts.resolve("training_curves.tsv"), tsv);
        List<SaeCurvePoint> old = SaeCurvePoint.read(parts.resolve("training_curves.tsv"));
        assertEquals(first.size(), old.size(), "the old file reads as the same curve");
        assertEquals(first.get(0).step(), old.get(0).step());
        assertEquals(first.get(0).loss(), old.get(0).loss(), 1e-7 * Math.abs(first.get(0).loss()));

        CommandRunner resumed = train(parts, "40", "--resume", "--log-every", "5");
        assertEquals(0, resumed.status(), resumed.err());
        assertFalse(Files.exists(parts.resolve("training_curves.tsv")), "its points moved into curves.csv");
        List<SaeCurvePoint> all = SaeCurvePoint.read(parts.resolve("curves.csv"));
        assertEquals(old, all.subList(0, old.size()), "the old points come first, as they were read");
        assertEquals(List.of(5L, 10L, 15L, 20L, 25L, 30L, 35L, 40L), all.stream().map(SaeCurvePoint::step).toList());
    }

    @Test
    void badInputIsOneLineAndLeavesNothingBehind() throws IOException {
        Path out = folder.resolve("bad");
        expectBadInput(new String[] { "sae", "train", data.toString(), "--latents", "4", "--k", "8", "--out", out.toString() }, "k");
        expectBadInput(new String[] { "sae", "train", data.toString(), "--latents", "4", "--k", "0", "--out", out.toString() }, "--k");
        expectBadInput(new String[] { "sae", "train", data.toString(), "--latents", "4", "--k", "2" }, "--out");
        Path nan = NpyFiles.write(folder.resolve("nan.npy"), new double[][] { { 1, 2 }, { Double.NaN, 0 } });
        expectBadInput(new String[] { "sae", "train", nan.toString(), "--latents", "4", "--k", "2", "--out", out.toString() },
                "nan.npy");
        assertFalse(Files.exists(out), "no output folder after bad input");

        Path sae = folder.resolve("sae");
        assertEquals(0, train(sae, "10").status());
        expectBadInput(new String[] { "sae", "train", data.toString(), "--latents", "32", "--k", "4", "--out", sae.toString() },
                "not empty");
        Path narrow = NpyFiles.write(folder.resolve("narrow.npy"), new double[][] { { 1, 2 }, { 3, 4 } });
        expectBadInput(new String[] { "sae", "eval", sae.toString(), narrow.toString() }, "d_in = 8");
        expectBadInput(new String[] { "sae", "eval", folder.resolve("nothing").toString(), data.toString() }, "nothing");
        Files.writeString(sae.resolve("cfg.json"), "{\"architecture\": \"topk\"}");
        expectBadInput(new String[] { "sae", "eval", sae.toString(), data.toString() }, "cfg.json");
        Path blocker = Files.writeString(folder.resolve("blocker"), "a file");
        expectBadInput(new String[] { "sae", "train", data.toString(), "--latents", "32", "--k", "4", "--steps", "5", "--out",
                blocker.resolve("sae").toString() }, "blocker");
        expectBadInput(new String[] { "sae", "fit" }, "fit");
    }

    private static void expectBadInput(String[] arguments, String mentioned) {
        CommandRunner result = CommandRunner.run(arguments);
        String call = String.join(" ", arguments);
        assertEquals(2, result.status(), call + " -> " + result.err());
        assertEquals("", result.out(), call);
        assertEquals(1, result.err().strip().lines().count(), call + " -> " + result.err());
        assertTrue(result.err().contains(mentioned), call + " -> " + result.err() + " should mention " + mentioned);
    }

    private static double number(String json, String key) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(key) + "\": (-?[0-9.eE+-]+)").matcher(json);
        assertTrue(matcher.find(), key + " in " + json);
        return Double.parseDouble(matcher.group(1));
    }
}
