package org.repalign.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.SaeSettings;
import org.repalign.analysis.modules.AnalysisRegistry;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.results.RunResults.Comparison;
import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.results.rows.FeatureNullScore;
import org.repalign.analysis.results.rows.FeatureRow;
import org.repalign.analysis.results.rows.MetaRow;
import org.repalign.analysis.results.rows.NoiseFit;
import org.repalign.analysis.results.rows.NoiseRow;
import org.repalign.analysis.results.rows.ProbeRow;
import org.repalign.analysis.results.rows.SaeCurvePoint;
import org.repalign.analysis.results.rows.SaeSourceSummary;
import org.repalign.analysis.run.ExperimentRunner;
import org.repalign.analysis.run.RunOutcome;
import org.repalign.compute.metrics.Direction;
import org.repalign.compute.synth.SyntheticModelSpec;
import org.repalign.io.internal.JsonParser;

/** {@link RunResults} against the report of a real run, field by field, and against broken reports. */
class RunResultsTest {

    @TempDir
    static Path out;

    private static RunOutcome outcome;
    private static Map<String, Object> report;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void run() throws Exception {
        List<SyntheticModelSpec> models = List.of(SyntheticModelSpec.of("m1", 24, 1.0, 0.5),
                SyntheticModelSpec.of("m2", 32, 1.0, 0.5), SyntheticModelSpec.of("m3", 20, 1.0, 0.5));
        ExperimentPlan base = TestPlans.plan(TestPlans.generator(400, models),
                List.of(new AnalysisSettings.Bias(), TestPlans.noise(), new AnalysisSettings.Signal(),
                        new AnalysisSettings.Features(3, false), new AnalysisSettings.Probes(3, 1.0, 10)));
        ExperimentPlan plan = new ExperimentPlan(base.name(), "results test", base.seed(), base.sources(),
                base.synthetic(), null, null, null, base.densePreprocessing(), base.metrics(), base.protocol(),
                new SaeSettings("topk", "l2prh", 48, 4, 200, 128, 4e-3, 1e-5, 0.2), base.analyses(), null);
        outcome = new ExperimentRunner().run(plan, out, RunListener.NONE, new NullProgressMonitor());
        report = (Map<String, Object>) JsonParser.parse(Files.readString(outcome.reportFile()));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(String analysis, String table) {
        Map<String, Object> analyses = (Map<String, Object>) report.get("analyses");
        Map<String, Object> tables = (Map<String, Object>) ((Map<String, Object>) analyses.get(analysis)).get("tables");
        return (List<Map<String, Object>>) tables.get(table);
    }

    private static double num(Map<String, Object> row, String key) {
        Object v = row.get(key);
        return v == null ? Double.NaN : ((Number) v).doubleValue();
    }

    @Test
    void headerMatchesTheReport() throws Exception {
        RunResults results = RunResults.read(outcome.runFolder());
        assertTrue(RunResults.isRunFolder(outcome.runFolder()));
        assertFalse(RunResults.isRunFolder(out));
        assertEquals(outcome.runFolder(), results.folder());
        assertEquals("test", results.experiment());
        assertEquals("results test", results.description());
        assertEquals(outcome.runId(), results.runId());
        assertEquals(report.get("run_id"), results.runId());
        assertEquals(11L, results.seed());
        assertEquals(List.of("m1", "m2", "m3"), results.sources());
        assertEquals(400, results.items());
        assertEquals(TestPlans.METRICS, results.metrics());
        assertEquals(Direction.HIGHER_IS_BETTER, results.direction("cka"));
        assertEquals(Direction.HIGHER_IS_BETTER, results.direction("mutual_knn_10"));
        assertThrows(IllegalArgumentException.class, () -> results.direction("knn_edit_10"));
        assertEquals(List.of("bias", "noise", "signal", "features", "probes"), results.analyses());
        assertEquals(report.get("summary"), results.summary());
        assertTrue(results.meta().isEmpty(), "meta did not run");
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachAnalysisCarriesTheLabelItsFactoryDeclares() throws Exception {
        RunResults results = RunResults.read(outcome.runFolder());
        Map<String, Object> analyses = (Map<String, Object>) report.get("analyses");
        for (String id : results.analyses()) {
            String declared = AnalysisRegistry.installed().require(id).name();
            assertFalse(declared.isBlank(), id);
            assertEquals(declared, ((Map<String, Object>) analyses.get(id)).get("label"), id);
            assertEquals(declared, results.label(id), id);
        }
        assertEquals("no-such-analysis", results.label("no-such-analysis"), "an id the run lacks is its own label");
    }

    @Test
    void comparisonRowsMatchTheReport() throws Exception {
        RunResults results = RunResults.read(outcome.runFolder());
        check(rows("bias", "rows"), results.bias(), "raw", "centered");
        check(rows("signal", "rows"), results.signal(), "dense", "sparse");
        assertEquals(3 * 2, results.bias().size());
        assertThrows(UnsupportedOperationException.class, () -> results.bias().clear(), "immutable");
    }

    private static void check(List<Map<String, Object>> expected, List<Comparison> actual, String first,
            String second) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < actual.size(); i++) {
            Map<String, Object> row = expected.get(i);
            Comparison c = actual.get(i);
            assertEquals(row.get("a"), c.a());
            assertEquals(row.get("b"), c.b());
            assertEquals(row.get("metric"), c.metric());
            assertEquals(num(row, first), c.first(), 0.0);
            assertEquals(num(row, second), c.second(), 0.0);
            assertEquals(num(row, "delta"), c.delta(), 0.0);
            assertEquals(num(row, first + "_sd"), c.firstSd(), 0.0);
            assertEquals(num(row, second + "_sd"), c.secondSd(), 0.0);
            assertEquals(c.second() - c.first(), c.delta(), 1e-12, "similarities: delta = second - first");
        }
    }

    @Test
    void noiseFeaturesProbesAndSaeMatchTheReport() throws Exception {
        RunResults results = RunResults.read(outcome.runFolder());
        List<Map<String, Object>> noise = rows("noise", "rows");
        assertEquals(3 * 2 * 6, results.noiseRows().size());
        assertEquals(noise.size(), results.noiseRows().size());
        for (int i = 0; i < noise.size(); i++) {
            NoiseRow r = results.noiseRows().get(i);
            assertEquals(noise.get(i).get("a"), r.a());
            assertEquals(noise.get(i).get("b"), r.b());
            assertEquals(noise.get(i).get("metric"), r.metric());
            assertEquals((int) num(noise.get(i), "window_start"), r.windowStart());
            assertEquals((int) num(noise.get(i), "window_end"), r.windowEnd());
            assertEquals(num(noise.get(i), "mean_frequency"), r.meanFrequency(), 0.0);
            assertEquals(num(noise.get(i), "value"), r.value(), 0.0);
        }
        List<Map<String, Object>> fits = rows("noise", "fits");
        assertEquals(fits.size(), results.noiseFits().size());
        for (int i = 0; i < fits.size(); i++) {
            NoiseFit f = results.noiseFits().get(i);
            assertEquals(fits.get(i).get("a") + "/" + fits.get(i).get("b") + "/" + fits.get(i).get("metric"),
                    f.a() + "/" + f.b() + "/" + f.metric());
            assertEquals(num(fits.get(i), "slope"), f.slope(), 0.0);
            assertEquals(num(fits.get(i), "intercept"), f.intercept(), 0.0);
            assertEquals(num(fits.get(i), "r2"), f.r2(), 0.0);
            assertEquals(num(fits.get(i), "spearman"), f.spearman(), 0.0);
            assertEquals(fits.get(i).get("rising"), f.rising());
        }
        List<Map<String, Object>> features = rows("features", "rows");
        assertEquals(features.size(), results.features().size());
        assertFalse(features.isEmpty());
        for (int i = 0; i < features.size(); i++) {
            FeatureRow f = results.features().get(i);
            assertEquals(features.get(i).get("kind"), f.kind());
            assertEquals(num(features.get(i), "score"), f.score(), 0.0);
            assertEquals(num(features.get(i), "null_mean"), f.nullMean(), 0.0);
            assertEquals(num(features.get(i), "null_sd"), f.nullSd(), 0.0);
            assertEquals(num(features.get(i), "z"), f.z(), 0.0);
            assertEquals(num(features.get(i), "matched_sum"), f.matchedSum(), 0.0);
            assertEquals((int) num(features.get(i), "latents_a"), f.latentsA());
            assertEquals((int) num(features.get(i), "latents_b"), f.latentsB());
        }
        List<Map<String, Object>> probes = rows("probes", "rows");
        assertEquals(probes.size(), results.probes().size());
        for (int i = 0; i < probes.size(); i++) {
            ProbeRow p = results.probes().get(i);
            assertEquals(probes.get(i).get("source"), p.source());
            assertEquals(probes.get(i).get("representation"), p.representation());
            assertEquals(probes.get(i).get("attribute"), p.attribute());
            assertEquals(num(probes.get(i), "auroc"), p.auroc(), 0.0);
            assertEquals(num(probes.get(i), "balanced_accuracy"), p.balancedAccuracy(), 0.0);
            assertEquals((int) num(probes.get(i), "positives"), p.positives());
        }
        assertEquals(3, results.saeSources().size());
        assertEquals(List.of("m1", "m2", "m3"), results.saeSources().stream().map(SaeSourceSummary::source).toList());
        for (SaeSourceSummary sae : results.saeSources()) {
            assertTrue(sae.fvu() >= 0 && !sae.keptLatents().isEmpty() && sae.keptLatents().size() <= 48, sae.toString());
            assertEquals(null, sae.loadedFrom(), "trained in the run");
            assertEquals("sae/" + sae.source(), sae.saeFolder());
        }
    }

    @Test
    void featureNullsAreReadBackAndGiveTheRowsMeanAndSd() throws Exception {
        RunResults results = RunResults.read(outcome.runFolder());
        assertTrue(results.hasFeatureNulls());
        List<FeatureNullScore> nulls = results.featureNulls();
        assertEquals(results.features().size() * 3, nulls.size(), "3 permutations per pair and kind");
        assertEquals(Files.readAllLines(outcome.runFolder().resolve("features-null.csv")).size() - 1, nulls.size());
        for (FeatureRow row : results.features()) {
            double[] scores = nulls.stream()
                    .filter(n -> n.a().equals(row.a()) && n.b().equals(row.b()) && n.kind().equals(row.kind()))
                    .mapToDouble(FeatureNullScore::score).toArray();
            assertEquals(3, scores.length);
            double mean = (scores[0] + scores[1] + scores[2]) / 3;
            double sd = Math.sqrt(((scores[0] - mean) * (scores[0] - mean) + (scores[1] - mean) * (scores[1] - mean)
                    + (scores[2] - mean) * (scores[2] - mean)) / 2);
            assertEquals(row.nullMean(), mean, 1e-12);
            assertEquals(row.nullSd(), sd, 1e-12);
        }
        Map<?, ?> section = (Map<?, ?>) ((Map<?, ?>) report.get("analyses")).get("features");
        assertFalse(((Map<?, ?>) section.get("tables")).containsKey("null"), "null scores stay out of report.json");
        assertEquals(List.of("null"), section.get("file_tables"));
    }

    @Test
    void quotedIdsAndBrokenNullFilesAreReadOrNamed(@TempDir Path folder) throws Exception {
        Files.copy(outcome.reportFile(), folder.resolve("report.json"));
        RunResults results = RunResults.read(folder);
        assertFalse(results.hasFeatureNulls(), "a run written before null scores were stored");
        assertTrue(results.featureNulls().isEmpty());
        Files.writeString(folder.resolve("features-null.csv"),
                "a,b,kind,draw,score\n\"x, \"\"1\"\"\",y,weighted,0,0.25\nm1,m2,binary,1,\n");
        assertEquals(List.of(new FeatureNullScore("x, \"1\"", "y", "weighted", 0, 0.25),
                new FeatureNullScore("m1", "m2", "binary", 1, Double.NaN)), results.featureNulls());
        Files.writeString(folder.resolve("features-null.csv"), "a,b,kind,draw,score\nm1,m2,weighted,zero,0.5\n");
        IOException e = assertThrows(IOException.class, results::featureNulls);
        assertTrue(e.getMessage().contains("features-null.csv: line 2"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void saeCurvesMatchTheirFiles() throws Exception {
        RunResults results = RunResults.read(outcome.runFolder());
        for (String source : results.sources()) {
            List<String> lines = Files.readAllLines(outcome.runFolder().resolve("sae/" + source + "/curves.csv"));
            List<SaeCurvePoint> curve = results.saeCurve(source);
            assertEquals(lines.size() - 1, curve.size());
            assertFalse(curve.isEmpty());
            for (int i = 0; i < curve.size(); i++) {
                String[] cells = lines.get(i + 1).split(",");
                assertEquals(Long.parseLong(cells[0]), curve.get(i).step());
                assertEquals(Double.parseDouble(cells[1]), curve.get(i).loss(), 0.0);
                assertEquals(Double.parseDouble(cells[2]), curve.get(i).fvu(), 0.0);
                assertEquals(Double.parseDouble(cells[3]), curve.get(i).l0(), 0.0);
                assertEquals(Double.parseDouble(cells[4]), curve.get(i).deadFraction(), 0.0);
            }
        }
        assertTrue(results.saeCurve("no-such-source").isEmpty());
    }

    @Test
    void brokenCurveFailsWithOneLineNamingTheFile(@TempDir Path folder) throws Exception {
        Files.copy(outcome.reportFile(), folder.resolve("report.json"));
        Files.createDirectories(folder.resolve("sae/m1"));
        Files.writeString(folder.resolve("sae/m1/curves.csv"), "step,loss,fvu,l0,dead_fraction,rows_per_second\n1,2,x,4,5,6\n");
        IOException e = assertThrows(IOException.class, () -> RunResults.read(folder).saeCurve("m1"));
        assertTrue(e.getMessage().contains("curves.csv: line 2"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void handWrittenReportGivesNaNForNullAndEmptyListsForMissingAnalyses(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("report.json"), """
                {"format": "repalign-report-1", "experiment": "e", "description": null, "run_id": "r", "seed": 3,
                 "sources": ["x", "y"], "items": 10, "metrics": ["knn_edit_5"],
                 "metric_directions": {"knn_edit_5": "lower_is_better"},
                 "analyses": {"meta": {"rows": [{"metric": "knn_edit_5", "feature": "(intercept)",
                   "coefficient": 1.5, "standardized_coefficient": null}]},
                   "bias": {"rows": [{"a": "x", "b": "y", "metric": "knn_edit_5", "raw": 4, "centered": 3,
                     "delta": 1, "raw_sd": null, "centered_sd": 0.5}]}}}
                """);
        RunResults results = RunResults.read(folder);
        assertEquals("", results.description());
        assertEquals(Direction.LOWER_IS_BETTER, results.direction("knn_edit_5"));
        assertEquals(List.of(new MetaRow("knn_edit_5", "(intercept)", 1.5, Double.NaN)), results.meta());
        Comparison c = results.bias().get(0);
        assertEquals(1.0, c.delta(), "the report's sign-corrected delta, raw - centered for a distance");
        assertTrue(Double.isNaN(c.firstSd()));
        assertTrue(results.signal().isEmpty() && results.noiseRows().isEmpty() && results.noiseFits().isEmpty()
                && results.features().isEmpty() && results.probes().isEmpty() && results.saeSources().isEmpty());
    }

    @Test
    void aNoiseFitThatCouldNotBeMadeDoesNotHideTheRun(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("report.json"), """
                {"format": "repalign-report-1", "experiment": "e", "description": "", "run_id": "r", "seed": 3,
                 "sources": ["x", "y"], "items": 10, "metrics": ["cka"],
                 "metric_directions": {"cka": "higher_is_better"},
                 "analyses": {"noise": {"rows": [], "fits": [{"a": "x", "b": "y", "metric": "cka", "slope": null,
                   "intercept": null, "r2": null, "spearman": null, "rising": null}]}}}
                """);
        NoiseFit fit = RunResults.read(folder).noiseFits().get(0);
        assertTrue(Double.isNaN(fit.slope()) && Double.isNaN(fit.r2()));
        assertEquals(null, fit.rising(), "an undefined fit is neither rising nor not");
        assertFalse(fit.rises(), "an undefined fit does not rise");
    }

    @Test
    void brokenReportsFailWithOneLineNamingTheFile(@TempDir Path folder) throws Exception {
        IOException missing = assertThrows(IOException.class, () -> RunResults.read(folder));
        assertOneLineNamingReport(missing, "no such file");
        Files.writeString(folder.resolve("report.json"), "{\"format\": \"repalign-report-1\", \"experiment\": ");
        assertOneLineNamingReport(assertThrows(IOException.class, () -> RunResults.read(folder)), "not valid JSON");
        Files.writeString(folder.resolve("report.json"), "{\"format\": \"other\"}");
        assertOneLineNamingReport(assertThrows(IOException.class, () -> RunResults.read(folder)), "format");
        String valid = Files.readString(outcome.reportFile());
        Files.writeString(folder.resolve("report.json"), valid.replaceFirst("\"window_end\"", "\"window_stop\""));
        assertOneLineNamingReport(assertThrows(IOException.class, () -> RunResults.read(folder)),
                "missing field analyses.noise.tables.rows[0].window_end");
        Files.writeString(folder.resolve("report.json"), valid.replaceFirst("\"items\": 400", "\"items\": \"many\""));
        assertOneLineNamingReport(assertThrows(IOException.class, () -> RunResults.read(folder)),
                "items is not a valid value");
    }

    private static void assertOneLineNamingReport(IOException e, String problem) {
        String message = e.getMessage();
        assertTrue(message.contains("report.json: ") && message.contains(problem), message);
        assertFalse(message.contains("\n"), message);
    }
}
