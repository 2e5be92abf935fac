package org.repalign.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.compute.data.CsrMatrix;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.write.CsrNpzWriter;

class MatchCommandTest {

    @TempDir
    Path folder;

    /**
     * Z₁ = [[1,0],[2,1],[0,3]] and Z₂ = [[0,1,0],[1,2,0],[3,0,1]] (3 rows, 2 × 3 latents):
     * G = Z₁ᵀZ₂ = [[2,5,0],[10,2,3]], best matching 0→1, 1→0 with sum 15; ‖Z₁‖² = 15, ‖Z₂‖² = 16,
     * score 15 / (√15 · 4) = √15 / 4. Binarised: G = [[1,2,0],[2,1,1]], sum 4, norms 2 and √5,
     * score 2 / √5.
     */
    @Test
    void rectangularCodesMatchedByHand() throws IOException {
        Path a = write("a.npz", new double[][] {{1, 0}, {2, 1}, {0, 3}});
        Path b = write("b.npz", new double[][] {{0, 1, 0}, {1, 2, 0}, {3, 0, 1}});
        CommandRunner weighted = CommandRunner.run("match", a.toString(), b.toString(), "--format", "json");
        assertEquals(0, weighted.status(), weighted.err());
        String json = weighted.out();
        assertEquals(15, number(json, "matched_sum"), 1e-12);
        assertEquals(Math.sqrt(15) / 4, number(json, "score"), 1e-12);
        assertEquals(Math.sqrt(15), number(json, "norm_a"), 1e-12);
        assertEquals(4, number(json, "norm_b"), 1e-12);
        assertEquals(2, (int) number(json, "latents_a"));
        assertEquals(3, (int) number(json, "latents_b"));
        assertEquals(3, (int) number(json, "rows"));
        assertEquals(2, (int) number(json, "matched_pairs"));
        assertEquals(0, (int) number(json, "permutations"));
        assertTrue(json.contains("\"null_mean\": null"), json);
        assertArrayEquals(new double[] {1, 0}, array(json, "partner_of_latent"));

        CommandRunner binary = CommandRunner.run("match", a.toString(), b.toString(), "--binary", "--format", "json");
        assertEquals(0, binary.status(), binary.err());
        assertEquals(4, number(binary.out(), "matched_sum"), 1e-12);
        assertEquals(2 / Math.sqrt(5), number(binary.out(), "score"), 1e-12);
        assertTrue(binary.out().contains("\"binary\": true"), binary.out());

        CommandRunner table = CommandRunner.run("match", a.toString(), b.toString());
        assertEquals(0, table.status(), table.err());
        assertTrue(table.out().contains("score          " + String.format(java.util.Locale.ROOT, "%.6f", Math.sqrt(15) / 4)),
                table.out());
    }

    @Test
    void nullsReportTheirScoresAndAConsistentZ() throws IOException {
        double[][] first = new double[12][4];
        double[][] second = new double[12][4];
        for (int i = 0; i < 12; i++) {
            first[i][i % 4] = 1 + i;
            second[i][(i + 1) % 4] = 2 + i % 3;
        }
        Path a = write("a.npz", first);
        Path b = write("b.npz", second);
        CommandRunner result = CommandRunner.run("match", a.toString(), b.toString(), "--permutations", "6", "--seed",
                "4", "--format", "json");
        assertEquals(0, result.status(), result.err());
        String json = result.out();
        double[] scores = array(json, "null_scores");
        assertEquals(6, scores.length);
        double mean = Arrays.stream(scores).average().orElseThrow();
        double ss = Arrays.stream(scores).map(s -> (s - mean) * (s - mean)).sum();
        double sd = Math.sqrt(ss / 5);
        assertEquals(mean, number(json, "null_mean"), 1e-12);
        assertEquals(sd, number(json, "null_sd"), 1e-12);
        assertEquals((number(json, "score") - mean) / sd, number(json, "z"), 1e-9);
        // the planted pairing (latent j of A fires with latent j + 1 of B) is the best one possible:
        // every row's co-activation is matched, score = Σ a·b / (‖A‖‖B‖)
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < 12; i++) {
            dot += (1 + i) * (2 + i % 3);
            na += (1 + i) * (1 + i);
            nb += (2 + i % 3) * (2 + i % 3);
        }
        assertEquals(dot / Math.sqrt(na * nb), number(json, "score"), 1e-12);
        for (double s : scores) {
            assertTrue(s > 0 && s <= 1 + 1e-12, "scores of non-negative codes lie in (0, 1]: " + s);
        }
    }

    @Test
    void badInputIsOneLineAndStatusTwo() throws IOException {
        Path a = write("a.npz", new double[][] {{1, 0}, {2, 1}, {0, 3}});
        Path shorter = write("short.npz", new double[][] {{1, 0}, {2, 1}});
        Path dense = NpyFiles.write(folder.resolve("dense.npy"), new double[][] {{1, 0}, {2, 1}, {0, 3}});
        Path garbage = Files.writeString(folder.resolve("garbage.npz"), "not a zip archive");

        assertOneLineFailure(CommandRunner.run("match", a.toString(), folder.resolve("missing.npz").toString()),
                "does not exist");
        assertOneLineFailure(CommandRunner.run("match", a.toString(), shorter.toString()), "has 3 rows but");
        assertOneLineFailure(CommandRunner.run("match", a.toString(), dense.toString()), "not sparse codes");
        CommandRunner unreadable = CommandRunner.run("match", a.toString(), garbage.toString());
        assertEquals(2, unreadable.status(), unreadable.err());
        assertEquals(1, unreadable.err().strip().lines().count(), unreadable.err());
        assertOneLineFailure(CommandRunner.run("match", a.toString()), "two code files");
        assertOneLineFailure(CommandRunner.run("match", a.toString(), a.toString(), "--permutations", "1"),
                "at least 2");
        Path negative = write("negative.npz", new double[][] {{1, 0}, {-2, 1}, {0, 3}});
        assertOneLineFailure(CommandRunner.run("match", a.toString(), negative.toString()), "non-negative");
    }

    private static void assertOneLineFailure(CommandRunner result, String expected) {
        assertEquals(2, result.status(), result.err());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().contains(expected), result.err());
        assertTrue(result.out().isEmpty(), result.out());
    }

    private Path write(String name, double[][] dense) throws IOException {
        int rows = dense.length;
        int columns = dense[0].length;
        int[] indptr = new int[rows + 1];
        int nnz = 0;
        for (double[] row : dense) {
            for (double v : row) {
                nnz += v != 0 ? 1 : 0;
            }
        }
        int[] indices = new int[nnz];
        double[] values = new double[nnz];
        int k = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (dense[r][c] != 0) {
                    indices[k] = c;
                    values[k++] = dense[r][c];
                }
            }
            indptr[r + 1] = k;
        }
        Path file = folder.resolve(name);
        try {
            CsrNpzWriter.write(file, CsrMatrix.of(rows, columns, indptr, indices, values));
        } catch (RepresentationFileException e) {
            throw new IOException(e);
        }
        return file;
    }

    private static void assertArrayEquals(double[] expected, double[] actual) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual, 0);
    }

    private static double number(String json, String key) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(key) + "\": (-?[0-9.eE+-]+)").matcher(json);
        assertTrue(matcher.find(), key + " in " + json);
        return Double.parseDouble(matcher.group(1));
    }

    private static double[] array(String json, String key) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(key) + "\": \\[([^\\]]*)\\]").matcher(json);
        assertTrue(matcher.find(), key + " in " + json);
        String body = matcher.group(1).strip();
        return body.isEmpty() ? new double[0]
                : Arrays.stream(body.split(",")).map(String::strip).mapToDouble(Double::parseDouble).toArray();
    }
}
