package org.repalign.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.io.internal.JsonParser;

class MetricsCommandTest {

    @TempDir
    Path folder;

    private Path x;
    private Path y;

    @BeforeEach
    void writeFiles() throws IOException {
        // the hand-computed case of LinearCkaTest: CKA = 1/sqrt(2) without preprocessing
        x = NpyFiles.write(folder.resolve("x.npy"), new double[][] { { 0, 0 }, { 1, 0 }, { 0, 1 }, { 1, 1 } });
        y = NpyFiles.write(folder.resolve("y.npy"), new double[][] { { 0 }, { 1 }, { 1 }, { 2 } });
    }

    @Test
    void jsonReportHoldsTheSpecifiedKeysAndTheHandComputedValue() {
        CommandRunner result = CommandRunner.run("metrics", x.toString(), y.toString(), "--preprocess", "none",
                "--metrics", "cka", "--format", "json");
        assertEquals(0, result.status(), result.err());
        String json = result.out().strip();
        assertTrue(json.startsWith("{") && json.endsWith("}"), json);
        for (String key : new String[] { "n", "d_a", "d_b", "dropped_a", "dropped_b", "preprocess", "seed", "subsamples",
                "size", "ties", "environment", "metrics", "tie_share", "seconds" }) {
            assertTrue(json.contains("\"" + key + "\":"), key + " missing in " + json);
        }
        assertEquals(1 / Math.sqrt(2), number(json, "cka"), 1e-12);
        assertEquals(4, (int) number(json, "n"));
        assertTrue(json.contains("\"preprocess\": \"none\""), json);
    }

    @Test
    void pairsRowsByItemAndReportsDroppedItems() throws IOException {
        Path itemsX = Files.writeString(folder.resolve("x.txt"), "a\nb\nc\nd\n");
        // y lists the same items in another order, plus one x lacks; rows follow the list
        Path y2 = NpyFiles.write(folder.resolve("y2.npy"), new double[][] { { 2 }, { 9 }, { 0 }, { 1 }, { 1 } });
        Path itemsY = Files.writeString(folder.resolve("y.txt"), "d\nz\na\nb\nc\n");
        CommandRunner result = CommandRunner.run("metrics", x.toString(), y2.toString(), "--items-a", itemsX.toString(),
                "--items-b", itemsY.toString(), "--preprocess", "none", "--metrics", "cka", "--format", "json");
        assertEquals(0, result.status(), result.err());
        assertEquals(1 / Math.sqrt(2), number(result.out(), "cka"), 1e-12);
        assertEquals(0, (int) number(result.out(), "dropped_a"));
        assertEquals(1, (int) number(result.out(), "dropped_b"));
    }

    @Test
    void subsamplesAndNullsAreReported() throws IOException {
        Random random = new Random(5);
        double[][] a = new double[60][3];
        double[][] b = new double[60][3];
        for (int i = 0; i < 60; i++) {
            for (int c = 0; c < 3; c++) {
                a[i][c] = random.nextGaussian();
                b[i][c] = 2 * a[i][c];
            }
        }
        Path fa = NpyFiles.write(folder.resolve("a.npy"), a);
        Path fb = NpyFiles.write(folder.resolve("b.npy"), b);
        CommandRunner result = CommandRunner.run("metrics", fa.toString(), fb.toString(), "--metrics",
                "cka,mutual_knn:k=5", "--subsamples", "3", "--size", "40", "--null", "9", "--seed", "11", "--format", "json");
        assertEquals(0, result.status(), result.err());
        String json = result.out();
        // b is a scaled copy of a: both metrics are perfect on every subsample
        assertEquals(1.0, number(json, "cka"), 1e-12);
        assertEquals(1.0, number(json, "mutual_knn:k=5"), 1e-12);
        assertTrue(json.contains("\"sd\":") && json.contains("\"null\":"), json);
        // the observed value beats all 9 shuffles: p = 1 / (9 + 1)
        Matcher p = Pattern.compile("\"p\": ([0-9.eE-]+)").matcher(json);
        assertTrue(p.find(), json);
        assertEquals(0.1, Double.parseDouble(p.group(1)), 1e-12);
        assertEquals(11, (int) number(json, "seed"));
        // with subsamples each entry also holds the null of the mean over them, every subsample
        // shuffled; a perfect value is the ideal one, so both calibrated scores are 1
        Matcher protocol = Pattern.compile("\"protocol\": \\{([^}]*)\\}").matcher(json);
        for (int metric = 0; metric < 2; metric++) {
            assertTrue(protocol.find(), json);
            String block = protocol.group(1);
            assertTrue(block.contains("\"p\": 0.1,") && block.contains("\"subsamples\": 3")
                    && block.contains("\"permutations\": 9") && block.contains("\"observed\": 1.0"), block);
            assertTrue(block.contains("\"calibrated\": 1.0"), block);
        }
        assertEquals(4, json.split("\"calibrated\": 1.0").length - 1, json);
        // the nulls' progress goes to stderr (one line per 5 % when stderr is not a terminal)
        assertTrue(result.err().contains("repalign:   0%  permutation nulls")
                && result.err().contains("repalign: 100%  permutation nulls"), result.err());
    }

    @Test
    @SuppressWarnings("unchecked")
    void withSubsamplesEveryValueHasItsOverlapCorrectedInterval() throws Exception {
        Random random = new Random(12);
        double[][] a = new double[200][5];
        double[][] b = new double[200][4];
        for (int i = 0; i < 200; i++) {
            for (int c = 0; c < 5; c++) {
                a[i][c] = random.nextGaussian();
            }
            for (int c = 0; c < 4; c++) {
                b[i][c] = a[i][c] + a[i][c + 1] + random.nextGaussian();
            }
        }
        Path fa = NpyFiles.write(folder.resolve("ia.npy"), a);
        Path fb = NpyFiles.write(folder.resolve("ib.npy"), b);
        CommandRunner result = CommandRunner.run("metrics", fa.toString(), fb.toString(), "--metrics",
                "cka,mutual_knn:k=5", "--subsamples", "4", "--size", "50", "--format", "json");
        assertEquals(0, result.status(), result.err());
        Map<String, Object> json = (Map<String, Object>) JsonParser.parse(result.out());
        Map<String, Object> values = (Map<String, Object>) json.get("metrics");
        Map<String, Object> sd = (Map<String, Object>) json.get("sd");
        Map<String, Object> intervals = (Map<String, Object>) json.get("ci");
        assertTrue(((String) json.get("ci_method")).contains("m/n"), json.toString());
        for (String metric : List.of("cka", "mutual_knn:k=5")) {
            double mean = ((Number) values.get(metric)).doubleValue();
            double s = ((Number) sd.get(metric)).doubleValue();
            // by hand: S = 4, m/n = 50/200; t(0.975, 3) = 3.1824463052837078 from the tables
            double half = 3.1824463052837078 * s * Math.sqrt((1.0 / 4 + 3.0 / 4 * 0.25) / (1 - 0.25));
            List<Object> bounds = (List<Object>) intervals.get(metric);
            assertEquals(mean - half, ((Number) bounds.get(0)).doubleValue(), 1e-12, metric);
            assertEquals(mean + half, ((Number) bounds.get(1)).doubleValue(), 1e-12, metric);
            assertTrue(half > 0, metric);
        }
        CommandRunner table = CommandRunner.run("metrics", fa.toString(), fb.toString(), "--metrics", "cka",
                "--subsamples", "4", "--size", "50");
        assertEquals(0, table.status(), table.err());
        assertTrue(table.out().contains("95% interval") && table.out().contains("overlap-corrected"), table.out());
        // without subsamples there is nothing to learn the error from: no interval
        CommandRunner whole = CommandRunner.run("metrics", fa.toString(), fb.toString(), "--metrics", "cka",
                "--format", "json");
        assertFalse(((Map<String, Object>) JsonParser.parse(whole.out())).containsKey("ci"), whole.out());
    }

    @Test
    void unrelatedSidesHaveACalibratedScoreNearZeroAndTheNullOfTheMeanIsNarrower() throws IOException {
        Random random = new Random(8);
        double[][] a = new double[200][6];
        double[][] b = new double[200][6];
        for (int i = 0; i < 200; i++) {
            for (int c = 0; c < 6; c++) {
                a[i][c] = random.nextGaussian();
                b[i][c] = random.nextGaussian();
            }
        }
        Path fa = NpyFiles.write(folder.resolve("ua.npy"), a);
        Path fb = NpyFiles.write(folder.resolve("ub.npy"), b);
        CommandRunner result = CommandRunner.run("metrics", fa.toString(), fb.toString(), "--metrics", "cka",
                "--subsamples", "8", "--size", "50", "--null", "39", "--format", "json");
        assertEquals(0, result.status(), result.err());
        String json = result.out();
        Matcher sd = Pattern.compile("\"sd\": ([0-9.eE-]+)").matcher(json);
        Matcher calibrated = Pattern.compile("\"calibrated\": (-?[0-9.eE-]+)").matcher(json);
        Matcher pValue = Pattern.compile("\"p\": ([0-9.eE-]+)").matcher(json);
        double[] sds = new double[2];
        for (int i = 0; i < 2; i++) {
            assertTrue(sd.find(), json); // the first subsample's null, then the null of the mean
            sds[i] = Double.parseDouble(sd.group(1));
        }
        // averaging 8 subsamples narrows the null: its sd is below one subsample's
        assertTrue(sds[1] < sds[0], json);
        for (int i = 0; i < 2; i++) {
            assertTrue(calibrated.find(), json);
            assertTrue(Math.abs(Double.parseDouble(calibrated.group(1))) < 0.1, json);
            assertTrue(pValue.find(), json);
            double p = Double.parseDouble(pValue.group(1));
            assertTrue(p >= 1.0 / 40 && p <= 1, json);
        }
    }

    @Test
    void savesTheSubsetsForAudit() throws IOException {
        double[][] a = new double[30][2];
        for (int i = 0; i < 30; i++) {
            a[i][0] = i;
            a[i][1] = (i * 7) % 11 + 1;
        }
        Path fa = NpyFiles.write(folder.resolve("s.npy"), a);
        Path subsets = folder.resolve("subsets.tsv");
        CommandRunner result = CommandRunner.run("metrics", fa.toString(), fa.toString(), "--metrics", "cka",
                "--subsamples", "4", "--size", "10", "--save-subsets", subsets.toString());
        assertEquals(0, result.status(), result.err());
        java.util.List<String> lines = Files.readAllLines(subsets);
        assertEquals(5, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("#"));
        for (String line : lines.subList(1, lines.size())) {
            long distinct = java.util.Arrays.stream(line.split("\t")).mapToInt(Integer::parseInt)
                    .peek(row -> assertTrue(row >= 0 && row < 30)).distinct().count();
            assertEquals(10, distinct, line);
        }
        expectBadInput(new String[] { "metrics", fa.toString(), fa.toString(), "--save-subsets",
                folder.resolve("no/such/dir/s.tsv").toString() }, "--save-subsets");
    }

    @Test
    void metricFamiliesByNameWithHandComputedValues() throws IOException {
        // one column each: x̃ = (−2.5, −1.5, 0.5, 3.5), ỹ = (−2.25, −0.25, 0.75, 1.75), x̃·ỹ = 12.5,
        // ‖x̃‖² = 21, ‖ỹ‖² = 8.75: procrustes and pwcca are both |r| = 12.5/√183.75; the squared
        // distances (1, 9, 36, 4, 25, 9) and (4, 9, 16, 1, 4, 1) have Kendall τ_a = 6/15
        Path fx = NpyFiles.write(folder.resolve("fx.npy"), new double[][] { { 0 }, { 1 }, { 3 }, { 6 } });
        Path fy = NpyFiles.write(folder.resolve("fy.npy"), new double[][] { { 0 }, { 2 }, { 3 }, { 4 } });
        CommandRunner result = CommandRunner.run("metrics", fx.toString(), fy.toString(), "--preprocess", "none",
                "--metrics", "procrustes,procrustes_angular,pwcca,rsa:rdm=euclidean;compare=kendall_tau_a,linear_r2:folds=2,"
                        + "linear_r2_sym:folds=2",
                "--format", "json");
        assertEquals(0, result.status(), result.err());
        String json = result.out();
        double r = 12.5 / Math.sqrt(183.75);
        assertEquals(r, number(json, "procrustes"), 1e-14);
        assertEquals(Math.acos(r), number(json, "procrustes_angular"), 1e-12);
        assertEquals(r, number(json, "pwcca"), 1e-14);
        assertEquals(0.4, number(json, "rsa:rdm=euclidean;compare=kendall_tau_a"), 1e-15);
        assertTrue(json.contains("\"linear_r2:folds=2\": ") && json.contains("\"linear_r2_sym:folds=2\": "), json);

        CommandRunner list = CommandRunner.run("metrics", "--list", "--format", "json");
        assertEquals(0, list.status(), list.err());
        assertTrue(list.out().contains("\"choices\": [") && list.out().contains("\"kendall_tau_a\""), list.out());
        // 4 rows of 2 columns each: n − 1 = 3 ≤ d1 + d2 = 4, so pwcca refuses and points to svcca;
        // asked for through 'all', the message also says how to leave it out
        Path wx = NpyFiles.write(folder.resolve("wx.npy"), new double[][] { { 0, 1 }, { 1, 0 }, { 3, 2 }, { 6, 1 } });
        Path wy = NpyFiles.write(folder.resolve("wy.npy"), new double[][] { { 0, 2 }, { 2, 1 }, { 3, 5 }, { 4, 4 } });
        CommandRunner tooWide = CommandRunner.run("metrics", wx.toString(), wy.toString(), "--preprocess", "none",
                "--metrics", "pwcca");
        assertEquals(2, tooWide.status(), tooWide.out());
        assertTrue(tooWide.err().contains("pwcca") && tooWide.err().contains("svcca")
                && !tooWide.err().contains("--metrics all"), tooWide.err());
        CommandRunner all = CommandRunner.run("metrics", wx.toString(), wy.toString(), "--preprocess", "none",
                "--metrics", "all");
        assertEquals(2, all.status(), all.out());
        assertTrue(all.err().contains("--metrics all asks for every installed metric"), all.err());

        CommandRunner bad = CommandRunner.run("metrics", fx.toString(), fy.toString(), "--metrics", "rsa:rdm=manhattan");
        assertEquals(2, bad.status(), bad.out());
        assertTrue(bad.err().contains("rdm=manhattan") && bad.err().contains("euclidean"), bad.err());
    }

    @Test
    void listNamesThePaperMetrics() {
        CommandRunner result = CommandRunner.run("metrics", "--list");
        assertEquals(0, result.status(), result.err());
        for (String id : new String[] { "cka", "unbiased_cka", "svcca", "mutual_knn", "knn_edit", "svcca_10",
                "mutual_knn_100", "knn_edit_100" }) {
            assertTrue(result.out().contains(id), id);
        }
    }

    @Test
    void badInputExitsWithTwoAndOneLineNamingTheProblem() throws IOException {
        Path three = NpyFiles.write(folder.resolve("three.npy"), new double[][] { { 1 }, { 2 }, { 3 } });
        Path nan = NpyFiles.write(folder.resolve("nan.npy"), new double[][] { { 1, 0 }, { Double.NaN, 1 }, { 0, 1 }, { 1, 1 } });
        Path zero = NpyFiles.write(folder.resolve("zero.npy"), new double[][] { { 1, 0 }, { 0, 0 }, { 0, 1 }, { 1, 1 } });
        Path text = Files.writeString(folder.resolve("notes.npy"), "not an array");
        String xs = x.toString();
        String ys = y.toString();
        expectBadInput(new String[] { "metrics", xs, three.toString() }, "three.npy");
        expectBadInput(new String[] { "metrics", xs, ys, "--metrics", "nope" }, "unknown metric 'nope'");
        expectBadInput(new String[] { "metrics", xs, ys, "--preprocess", "none", "--metrics", "mutual_knn:k=4" }, "k=4");
        expectBadInput(new String[] { "metrics", xs, folder.resolve("missing.npy").toString() }, "missing.npy");
        expectBadInput(new String[] { "metrics", nan.toString(), ys }, "nan.npy");
        // both files bad (they are checked at once): the first file's problem is the one reported
        Path zeroB = NpyFiles.write(folder.resolve("zero-b.npy"), new double[][] { { 1, 0 }, { 0, 1 }, { 0, 0 }, { 1, 1 } });
        expectBadInput(new String[] { "metrics", nan.toString(), zeroB.toString() }, "nan.npy");
        expectBadInput(new String[] { "metrics", zero.toString(), zeroB.toString(), "--metrics", "cka" }, "zero.npy: row 1");
        expectBadInput(new String[] { "metrics", zero.toString(), ys, "--metrics", "cka" }, "zero.npy: row 1");
        expectBadInput(new String[] { "metrics", text.toString(), ys }, "notes.npy");
        expectBadInput(new String[] { "metrics", xs, ys, "--subsamples", "2" }, "--size");
        expectBadInput(new String[] { "metrics", xs, ys, "--preprocess", "none", "--subsamples", "2", "--size", "9" }, "9");
        expectBadInput(new String[] { "metrics", xs, ys, "--null", "0" }, "--null");
        expectBadInput(new String[] { "metrics", xs, ys, "--cka-eps", "-1" }, "--cka-eps");
        expectBadInput(new String[] { "metrics", xs, ys, "--ties", "coin" }, "--ties");
        expectBadInput(new String[] { "metrics", xs, ys, "--preprocess", "whiten" }, "whiten");
        expectBadInput(new String[] { "metrics", xs }, "two files");
        expectBadInput(new String[] { "metrics", xs, ys, "--seed", "x1" }, "--seed");
        expectBadInput(new String[] { "metrics", xs, folder.toString() }, folder.getFileName().toString());
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
