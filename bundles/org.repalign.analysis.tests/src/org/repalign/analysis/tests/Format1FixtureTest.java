package org.repalign.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.analysis.results.GenericTable;
import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.results.TableSchema;
import org.repalign.analysis.results.rows.BiasRow;
import org.repalign.analysis.results.rows.FeatureNullScore;
import org.repalign.analysis.results.rows.FeatureRow;
import org.repalign.analysis.results.rows.MetaRow;
import org.repalign.analysis.results.rows.NoiseFit;
import org.repalign.analysis.results.rows.NoiseRow;
import org.repalign.analysis.results.rows.ProbeRow;
import org.repalign.analysis.results.rows.SaeCurvePoint;
import org.repalign.analysis.results.rows.SaeSourceSummary;
import org.repalign.analysis.results.rows.SignalRow;
import org.repalign.analysis.run.RunOutcome;
import org.repalign.analysis.work.LocalExecutor;
import org.repalign.compute.metrics.Direction;
import org.repalign.io.internal.JsonParser;

/**
 * The run folder written by report format 1 ({@code resources/runs/format1}, see
 * {@link FixtureExperiment}): it opens and shows the numbers its files hold, read here with the
 * io bundle's own JSON parser and by splitting CSV lines, not by {@link RunResults}; and the same
 * experiment run again gives the same values.
 */
class Format1FixtureTest {

    private static Path fixture;
    private static Map<String, Object> report;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void locate() throws Exception {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("bundles/org.repalign.analysis.tests").resolve(FixtureExperiment.FIXTURE);
            if (Files.isDirectory(candidate)) {
                fixture = candidate;
                break;
            }
            if (Files.isDirectory(dir.resolve(FixtureExperiment.FIXTURE))) {
                fixture = dir.resolve(FixtureExperiment.FIXTURE);
                break;
            }
        }
        assertTrue(fixture != null, "the fixture is found above " + System.getProperty("user.dir"));
        report = (Map<String, Object>) JsonParser.parse(Files.readString(fixture.resolve("report.json")));
        assertEquals("repalign-report-1", report.get("format"), "the fixture is of format 1");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> jsonRows(String analysis, String table) {
        return (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) report.get("analyses"))
                .get(analysis)).get(table);
    }

    /** Every component of every row against the report's object of the same index, by column name. */
    private static <R extends Record> void sameRows(List<Map<String, Object>> expected, List<R> actual,
            TableSchema<R> schema) {
        assertEquals(expected.size(), actual.size(), schema.toString());
        assertFalse(actual.isEmpty(), schema + " has rows in the fixture");
        for (int i = 0; i < actual.size(); i++) {
            Object[] values = schema.values(actual.get(i));
            for (int c = 0; c < values.length; c++) {
                Object json = expected.get(i).get(schema.columns().get(c));
                sameValue(json, values[c], schema.name() + "[" + i + "]." + schema.columns().get(c));
            }
        }
    }

    private static void sameValue(Object json, Object value, String where) {
        if (value instanceof Double d) {
            double expected = json == null ? Double.NaN : ((Number) json).doubleValue();
            assertEquals(expected, d, 0.0, where);
        } else if (value instanceof Integer || value instanceof Long) {
            assertEquals(((Number) json).longValue(), ((Number) value).longValue(), where);
        } else if (value instanceof List<?> list) {
            List<Long> expected = ((List<?>) json).stream().map(n -> ((Number) n).longValue()).toList();
            assertEquals(expected, list.stream().map(n -> ((Number) n).longValue()).toList(), where);
        } else {
            assertEquals(json, value, where);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void format1OpensWithTheNumbersOfItsFiles() throws Exception {
        RunResults run = RunResults.read(fixture);
        assertEquals(RunResults.FORMAT_1, run.format());
        assertEquals("fixture", run.experiment());
        assertEquals(11L, run.seed());
        assertEquals(List.of("m0", "m1", "m2", "m3"), run.sources());
        assertEquals(400, run.items());
        assertEquals(List.of("cka", "mutual_knn_10"), run.metrics());
        assertEquals(Direction.HIGHER_IS_BETTER, run.direction("mutual_knn_10"));
        assertEquals(List.of("bias", "noise", "signal", "features", "meta", "probes"), run.analyses());
        assertEquals(report.get("summary"), run.summary());
        // format 1 recorded no seconds per analysis
        assertTrue(run.seconds("bias").isEmpty());

        sameRows(jsonRows("bias", "rows"), run.biasRows(), BiasRow.TABLE);
        sameRows(jsonRows("signal", "rows"), run.signalRows(), SignalRow.TABLE);
        sameRows(jsonRows("noise", "rows"), run.noiseRows(), NoiseRow.TABLE);
        sameRows(jsonRows("noise", "fits"), run.noiseFits(), NoiseFit.TABLE);
        sameRows(jsonRows("features", "rows"), run.features(), FeatureRow.TABLE);
        sameRows(jsonRows("probes", "rows"), run.probes(), ProbeRow.TABLE);
        sameRows(jsonRows("meta", "rows"), run.meta(), MetaRow.TABLE);
        sameRows((List<Map<String, Object>>) ((Map<String, Object>) report.get("sae")).get("sources"),
                run.saeSources(), SaeSourceSummary.TABLE);
        assertEquals(run.bias().get(0).first(), run.biasRows().get(0).raw(), 0.0, "the comparison view of a row");

        // the CSV files beside the report, split by hand (the fixture's cells hold no commas or quotes)
        List<String> nullLines = Files.readAllLines(fixture.resolve("features-null.csv"));
        assertEquals("a,b,kind,draw,score", nullLines.get(0));
        List<FeatureNullScore> nulls = run.featureNulls();
        assertEquals(nullLines.size() - 1, nulls.size());
        for (int i = 0; i < nulls.size(); i++) {
            String[] cells = nullLines.get(i + 1).split(",", -1);
            assertEquals(new FeatureNullScore(cells[0], cells[1], cells[2], Integer.parseInt(cells[3]),
                    Double.parseDouble(cells[4])), nulls.get(i));
        }
        for (String source : run.sources()) {
            List<String> lines = Files.readAllLines(fixture.resolve("sae/" + source + "/curves.csv"));
            List<SaeCurvePoint> curve = run.saeCurve(source);
            assertEquals(lines.size() - 1, curve.size());
            for (int i = 0; i < curve.size(); i++) {
                String[] cells = lines.get(i + 1).split(",", -1);
                assertEquals(new SaeCurvePoint(Long.parseLong(cells[0]), Double.parseDouble(cells[1]),
                        Double.parseDouble(cells[2]), Double.parseDouble(cells[3]), Double.parseDouble(cells[4]),
                        Double.parseDouble(cells[5])), curve.get(i));
            }
        }
        List<String> probeLines = Files.readAllLines(fixture.resolve("probes-rows.csv"));
        assertEquals(probeLines.size() - 1, run.probes().size(), "the CSV and the report hold the same rows");
        for (int i = 0; i < run.probes().size(); i++) {
            String[] cells = probeLines.get(i + 1).split(",", -1);
            assertEquals(Double.parseDouble(cells[5]), run.probes().get(i).auroc(), 0.0);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void format1TablesAndValuesAreReachableWithoutTheirTypes() throws Exception {
        RunResults run = RunResults.read(fixture);
        assertEquals(List.of("rows", "fits"), run.tableNames("noise"));
        assertEquals(List.of("rows", "null"), run.tableNames("features"));
        assertEquals(List.of(), run.tableNames("no-such-analysis"));
        GenericTable fits = run.table("noise", "fits").orElseThrow();
        assertEquals(List.of("a", "b", "metric", "slope", "intercept", "r2", "spearman", "rising", "trend"),
                fits.columns());
        List<Map<String, Object>> json = jsonRows("noise", "fits");
        for (int i = 0; i < json.size(); i++) {
            assertEquals(((Number) json.get(i).get("slope")).doubleValue(), fits.number(i, "slope"), 0.0);
            assertEquals(json.get(i).get("trend"), fits.text(i, "trend"));
        }
        GenericTable nulls = run.table("features", "null").orElseThrow();
        assertEquals(run.featureNulls().size(), nulls.rows().size());
        assertEquals(run.featureNulls().get(2).score(), nulls.number(2, "score"), 0.0);
        Map<String, Object> values = run.values("bias");
        assertEquals(List.of("improved_share", "tied_share", "raw_mean", "centered_mean"),
                List.copyOf(values.keySet()));
        Map<String, Object> rawMean = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) report
                .get("analyses")).get("bias")).get("raw_mean");
        assertEquals(((Number) rawMean.get("cka")).doubleValue(),
                ((Number) ((Map<String, Object>) values.get("raw_mean")).get("cka")).doubleValue(), 0.0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSameExperimentGivesTheSameValues(@TempDir Path out) throws Exception {
        // with the BLAS threads the fixture was made with (the SAE's GEMMs round by them)
        Object blas = ((Map<String, Object>) report.get("environment")).get("blas_threads");
        String setBefore = System.getProperty(LocalExecutor.BLAS_THREADS_PROPERTY);
        RunOutcome outcome;
        try {
            System.setProperty(LocalExecutor.BLAS_THREADS_PROPERTY, String.valueOf(((Number) blas).intValue()));
            outcome = FixtureExperiment.run(out);
        } finally {
            if (setBefore == null) {
                System.clearProperty(LocalExecutor.BLAS_THREADS_PROPERTY);
            } else {
                System.setProperty(LocalExecutor.BLAS_THREADS_PROPERTY, setBefore);
            }
        }
        assertEquals(((Number) blas).intValue(),
                ((Number) ((Map<String, Object>) outcome.report().get("environment")).get("blas_threads")).intValue());
        Map<String, Object> now = (Map<String, Object>) JsonParser.parse(Files.readString(outcome.reportFile()));
        assertEquals(RunResults.FORMAT_2, now.get("format"));
        Map<String, Object> before = (Map<String, Object>) report.get("analyses");
        Map<String, Object> after = (Map<String, Object>) now.get("analyses");
        assertEquals(List.copyOf(before.keySet()), List.copyOf(after.keySet()));
        int compared = 0;
        for (String id : before.keySet()) {
            Map<String, Object> old = (Map<String, Object>) before.get(id);
            Map<String, Object> section = (Map<String, Object>) after.get(id);
            Map<String, Object> tables = (Map<String, Object>) section.get("tables");
            Map<String, Object> values = (Map<String, Object>) section.get("values");
            Map<String, Object> oldValues = new LinkedHashMap<>();
            for (Map.Entry<String, Object> entry : old.entrySet()) {
                String key = entry.getKey();
                if (tables.containsKey(key)) {
                    compared += same(entry.getValue(), tables.get(key), id + "." + key);
                } else if (!key.equals("summary") && !key.equals("notes")) {
                    oldValues.put(key, entry.getValue());
                }
            }
            compared += same(oldValues, values, id + ".values");
            // later releases add intervals and significance to the summary line: every number of the old one stays
            assertSameNumbers(old.get("summary"), section.get("summary"), id);
            assertEquals(old.get("notes"), section.get("notes"), id);
        }
        compared += same(((Map<String, Object>) report.get("sae")).get("sources"),
                ((Map<String, Object>) now.get("sae")).get("sources"), "sae.sources");
        assertSameNumbers(report.get("summary"), now.get("summary"), "summary");
        assertTrue(compared > 1000, compared + " numbers compared");
        for (String file : List.of("bias-rows.csv", "signal-rows.csv", "noise-rows.csv", "noise-fits.csv",
                "features-rows.csv", "features-null.csv", "meta-rows.csv", "probes-rows.csv")) {
            compared = sameCsv(fixture.resolve(file), outcome.runFolder().resolve(file));
            assertTrue(compared > 0, file);
        }
    }

    /**
     * Every number of the old summary (shares, means, R², counts) is in the new one, line by line:
     * later releases add intervals and significance counts but keep what the old line said.
     */
    private static void assertSameNumbers(Object old, Object now, String where) {
        if (old instanceof List<?> oldLines) {
            List<?> nowLines = (List<?>) now;
            assertEquals(oldLines.size(), nowLines.size(), where);
            for (int i = 0; i < oldLines.size(); i++) {
                assertSameNumbers(oldLines.get(i), nowLines.get(i), where + "[" + i + "]");
            }
            return;
        }
        String oldText = (String) old;
        String nowText = (String) now;
        assertEquals(oldText.substring(0, oldText.indexOf(':')), nowText.substring(0, nowText.indexOf(':')), where);
        java.util.regex.Matcher numbers = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?%?").matcher(oldText);
        List<String> missing = new ArrayList<>();
        while (numbers.find()) {
            if (!nowText.contains(numbers.group())) {
                missing.add(numbers.group());
            }
        }
        assertEquals(List.of(), missing, where + ": " + nowText);
    }

    /**
     * @return how many numbers were compared; an object may have gained keys since the fixture
     *         (changes are additive), but every key of the fixture is there, in the same order,
     *         with the same value
     */
    private static int same(Object expected, Object actual, String where) {
        if (expected instanceof Map<?, ?> e) {
            if (!(actual instanceof Map<?, ?> a)) {
                fail(where + ": " + actual + " is not an object");
                return 0;
            }
            assertEquals(List.copyOf(e.keySet()), a.keySet().stream().filter(e::containsKey).toList(), where);
            int n = 0;
            for (Object key : e.keySet()) {
                n += same(e.get(key), a.get(key), where + "." + key);
            }
            return n;
        }
        if (expected instanceof List<?> e) {
            List<?> a = (List<?>) actual;
            assertEquals(e.size(), a.size(), where);
            int n = 0;
            for (int i = 0; i < e.size(); i++) {
                n += same(e.get(i), a.get(i), where + "[" + i + "]");
            }
            return n;
        }
        if (expected instanceof Number e) {
            assertTrue(actual instanceof Number, where + ": " + actual);
            closeTo(e.doubleValue(), ((Number) actual).doubleValue(), where, tolerance(where));
            return 1;
        }
        assertEquals(expected, actual, where);
        return 0;
    }

    /** 1e-6 for the sections and files of the analyses that train or use SAEs, else 1e-12. */
    private static double tolerance(String where) {
        for (String fromSae : List.of("signal", "features", "probes", "sae.sources")) {
            if (where.startsWith(fromSae)) {
                return 1e-6;
            }
        }
        return 1e-12;
    }

    /**
     * Numbers that come from the trained SAEs (signal's sparse side, the latent matching, the
     * probes, the SAE summaries; see {@link #tolerance}) are compared within 1e-6 relative: the SAE
     * step's float32 sums are added up in another order since the format-1 run was recorded, which
     * moves them in the eighth digit; everything else must agree to 1e-12.
     */
    private static void closeTo(double expected, double actual, String where, double fromSae) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            assertEquals(Double.isNaN(expected), Double.isNaN(actual), where);
            return;
        }
        assertTrue(Math.abs(expected - actual) <= fromSae * Math.max(Math.abs(expected), Math.abs(actual)),
                where + ": " + expected + " before, " + actual + " now");
    }

    /** The cells of two CSV files without quoted cells: text equal, numbers within 1e-12 relative. */
    private static int sameCsv(Path expected, Path actual) throws Exception {
        List<String> e = Files.readAllLines(expected);
        List<String> a = Files.readAllLines(actual);
        assertEquals(e.size(), a.size(), expected.getFileName().toString());
        int n = 0;
        for (int i = 0; i < e.size(); i++) {
            String[] ec = e.get(i).split(",", -1);
            String[] ac = a.get(i).split(",", -1);
            // later releases append columns (additive): the fixture's columns come first, unchanged
            assertTrue(ac.length >= ec.length, expected.getFileName() + ":" + (i + 1));
            for (int c = 0; c < ec.length; c++) {
                try {
                    String where = expected.getFileName() + ":" + (i + 1);
                    closeTo(Double.parseDouble(ec[c]), Double.parseDouble(ac[c]), where, tolerance(where));
                    n++;
                } catch (NumberFormatException notANumber) {
                    assertTrue(Objects.equals(ec[c], ac[c]), expected.getFileName() + ":" + (i + 1) + ": " + ac[c]);
                }
            }
        }
        return n;
    }
}
