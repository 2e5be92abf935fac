package org.repalign.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.run.ExperimentRunner;
import org.repalign.analysis.run.RunOutcome;
import org.repalign.compute.synth.SyntheticModelSpec;
import org.repalign.io.internal.JsonParser;

/** A whole run: the report field by field, the files, cancellation and failures. */
class ExperimentRunnerTest {

    @TempDir
    Path out;

    private static ExperimentPlan plan(List<String> metrics) {
        List<SyntheticModelSpec> models = List.of(SyntheticModelSpec.of("m1", 24, 2.0, 1.0),
                SyntheticModelSpec.of("m2", 32, 2.0, 1.0), SyntheticModelSpec.of("m3", 20, 2.0, 1.0));
        ExperimentPlan base = TestPlans.plan(TestPlans.generator(400, models),
                List.of(new AnalysisSettings.Bias(), TestPlans.noise()));
        return new ExperimentPlan(base.name(), "a test", base.seed(), base.sources(), base.synthetic(), null, null,
                null, base.densePreprocessing(), metrics, base.protocol(), base.sae(), base.analyses(), null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void reportHasEveryDocumentedField() throws Exception {
        RunOutcome outcome = new ExperimentRunner().run(plan(TestPlans.METRICS), out, RunListener.NONE,
                new NullProgressMonitor());
        assertTrue(outcome.runId().matches("\\d{8}T\\d{6}Z-[0-9a-f]{8}"), outcome.runId());
        assertEquals(out.resolve(outcome.runId()), outcome.runFolder());
        Map<String, Object> report = (Map<String, Object>) JsonParser.parse(Files.readString(outcome.reportFile()));
        assertEquals("test", report.get("experiment"));
        assertEquals(11L, ((Number) report.get("seed")).longValue());
        assertEquals(List.of("m1", "m2", "m3"), report.get("sources"));
        Map<String, Object> environment = (Map<String, Object>) report.get("environment");
        assertTrue(environment.containsKey("backend") && environment.containsKey("java_version")
                && environment.containsKey("blas_threads"), environment.toString());
        assertTrue(((Map<String, Object>) report.get("generator")).get("label").toString().contains("RepAlign's own"));
        Map<String, Object> analyses = (Map<String, Object>) report.get("analyses");
        assertEquals(List.of("bias", "noise"), List.copyOf(analyses.keySet()));

        assertEquals("repalign-report-2", report.get("format"));
        Map<String, Object> bias = (Map<String, Object>) analyses.get("bias");
        assertEquals(List.of("label", "tables", "file_tables", "values", "summary", "notes", "seconds"),
                List.copyOf(bias.keySet()));
        assertEquals(((Map<String, Object>) ((Map<String, Object>) report.get("work")).get("analysis_seconds"))
                .get("bias"), bias.get("seconds"));
        List<Map<String, Object>> biasRows = (List<Map<String, Object>>) ((Map<String, Object>) bias.get("tables"))
                .get("rows");
        assertEquals(3 * 2, biasRows.size());
        for (Map<String, Object> row : biasRows) {
            assertTrue(row.keySet().containsAll(List.of("a", "b", "metric", "raw", "centered", "delta")), row.toString());
            double raw = ((Number) row.get("raw")).doubleValue();
            double centered = ((Number) row.get("centered")).doubleValue();
            assertEquals(centered - raw, ((Number) row.get("delta")).doubleValue(), 1e-12);
        }
        Map<String, Object> improved = (Map<String, Object>) ((Map<String, Object>) bias.get("values"))
                .get("improved_share");
        for (Object share : improved.values()) {
            double s = ((Number) share).doubleValue();
            assertTrue(s >= 0 && s <= 1, "share in [0, 1]: " + s);
            assertEquals(0, Math.round(s * 3) - s * 3, 1e-9, "a share of 3 pairs is k/3");
        }
        Map<String, Object> noise = (Map<String, Object>) analyses.get("noise");
        Map<String, Object> noiseTables = (Map<String, Object>) noise.get("tables");
        List<Map<String, Object>> noiseRows = (List<Map<String, Object>>) noiseTables.get("rows");
        assertEquals(3 * 2 * 6, noiseRows.size());
        Map<String, Object> first = noiseRows.get(0);
        assertEquals(0L, ((Number) first.get("window_start")).longValue());
        assertEquals(100L, ((Number) first.get("window_end")).longValue());
        List<Map<String, Object>> fits = (List<Map<String, Object>>) noiseTables.get("fits");
        assertTrue(fits.get(0).keySet().containsAll(List.of("a", "b", "metric", "slope", "intercept", "r2", "spearman")));
        assertTrue(((Map<String, Object>) noise.get("values")).containsKey("rising_share"));

        List<String> files;
        try (Stream<Path> list = Files.list(outcome.runFolder())) {
            files = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("alignment.csv", "bias-rows.csv", "environment.json", "noise-fits.csv", "noise-rows.csv", "report.json",
                "subsets.json"), files);
        List<String> csv = Files.readAllLines(outcome.runFolder().resolve("bias-rows.csv"));
        assertEquals("a,b,metric,raw,centered,delta,raw_sd,centered_sd,outcome,raw_lower,raw_upper,centered_lower,"
                + "centered_upper,delta_lower,delta_upper,p,q,significant", csv.get(0));
        assertEquals(1 + biasRows.size(), csv.size());
        String[] cells = csv.get(1).split(",");
        assertEquals(((Number) biasRows.get(0).get("delta")).doubleValue(), Double.parseDouble(cells[5]), 0.0,
                "CSV and report hold the same value");
        for (int i = 1; i < csv.size(); i++) {
            String[] row = csv.get(i).split(",");
            double delta = Double.parseDouble(row[5]);
            // better only beyond round-off, tied within 1e-9 of the larger value, worse otherwise
            double scale = Math.max(1, Math.max(Math.abs(Double.parseDouble(row[3])), Math.abs(Double.parseDouble(row[4]))));
            String expected = Math.abs(delta) <= 1e-9 * scale ? "tied" : delta > 0 ? "better" : "worse";
            assertEquals(expected, row[8], csv.get(i));
        }
        List<String> alignment = Files.readAllLines(outcome.runFolder().resolve("alignment.csv"));
        assertEquals("metric,representation,a,b,value,sd,direction,lower,upper,null_mean,null_sd,z,null_p,calibrated",
                alignment.get(0));
        assertEquals(1 + 2 * biasRows.size(), alignment.size(), "raw and centered of every bias row");
        for (Map<String, Object> row : biasRows) {
            for (String representation : List.of("raw", "centered")) {
                String prefix = row.get("metric") + "," + representation + "," + row.get("a") + "," + row.get("b") + ",";
                String line = alignment.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
                String[] tidy = line.split(",", -1);
                assertEquals(14, tidy.length, line);
                assertEquals(((Number) row.get(representation)).doubleValue(), Double.parseDouble(tidy[4]), 0.0);
                assertEquals(((Number) row.get(representation + "_sd")).doubleValue(), Double.parseDouble(tidy[5]), 0.0);
                assertEquals("higher_is_better", tidy[6]);
                for (int column = 9; column < 14; column++) {
                    assertEquals("", tidy[column], "no nulls analysis, no null (an empty cell): " + line);
                }
            }
        }
        assertEquals(2, outcome.summary().size(), "one summary line per analysis");
    }

    @Test
    void cancelledRunWritesNothing() throws Exception {
        NullProgressMonitor monitor = new NullProgressMonitor() {
            private int checks;

            @Override
            public boolean isCanceled() {
                return ++checks > 40;
            }
        };
        assertThrows(OperationCanceledException.class,
                () -> new ExperimentRunner().run(plan(TestPlans.METRICS), out, RunListener.NONE, monitor));
        try (Stream<Path> list = Files.list(out)) {
            assertEquals(0, list.count(), "no run folder and no temporary folder");
        }
    }

    @Test
    void failedRunLeavesEarlierResultsUntouched() throws Exception {
        RunOutcome first = new ExperimentRunner().run(plan(TestPlans.METRICS), out, new RunListener() {
            @Override
            public void analysisFinished(AnalysisResult result) {
                assertFalse(result.tables().isEmpty());
            }
        }, new NullProgressMonitor());
        byte[] before = Files.readAllBytes(first.reportFile());
        // k = 120 does not fit windows of 100 items: the run refuses before any analysis starts
        List<String> started = new java.util.ArrayList<>();
        ExperimentInputException error = assertThrows(ExperimentInputException.class, () -> new ExperimentRunner()
                .run(plan(List.of("cka", "mutual_knn:k=120")), out, new RunListener() {
                    @Override
                    public void analysisFinished(AnalysisResult result) {
                        started.add(result.id());
                    }
                }, new NullProgressMonitor()));
        assertTrue(error.getMessage().startsWith("noise windows of 100 items: metric 'mutual_knn:k=120'"),
                error.getMessage());
        assertEquals(List.of(), started, "bias did not run first");
        assertEquals(1, error.getMessage().lines().count(), "one line");
        try (Stream<Path> list = Files.list(out)) {
            assertEquals(List.of(first.runFolder()), list.toList());
        }
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(first.reportFile())));
    }

    @Test
    void unknownMetricIsNamed() {
        ExperimentInputException error = assertThrows(ExperimentInputException.class, () -> new ExperimentRunner()
                .run(plan(List.of("cka", "no_such_metric")), out, RunListener.NONE, new NullProgressMonitor()));
        assertTrue(error.getMessage().startsWith("metrics: ") && error.getMessage().contains("no_such_metric"),
                error.getMessage());
    }
}
