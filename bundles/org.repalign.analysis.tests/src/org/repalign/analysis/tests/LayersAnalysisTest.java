package org.repalign.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.ModelProperties;
import org.repalign.analysis.ProtocolSettings;
import org.repalign.analysis.SourcePlan;
import org.repalign.analysis.data.ExperimentData;
import org.repalign.analysis.data.ExperimentDataLoader;
import org.repalign.analysis.modules.Analysis;
import org.repalign.analysis.modules.AnalysisRegistry;
import org.repalign.analysis.modules.RunContext;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.results.GenericTable;
import org.repalign.analysis.results.RecordTable;
import org.repalign.analysis.results.RunResults;
import org.repalign.analysis.results.rows.LayerBest;
import org.repalign.analysis.results.rows.LayerGridCell;
import org.repalign.analysis.run.ExperimentRunner;
import org.repalign.analysis.run.RunOutcome;
import org.repalign.analysis.work.LocalExecutor;
import org.repalign.analysis.work.WorkExecutor;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.preprocess.Preprocessing;
import org.repalign.compute.protocol.LayerCellResult;
import org.repalign.compute.protocol.LayerSweep;
import org.repalign.compute.protocol.SourcePair;

/**
 * The layers analysis on planted data: a has 3 layers (a 3-D array), b 3 layers (a folder) of
 * which only b's layer l1 shares structure with a layer of a (a's layer 2, rotated), c one
 * matrix, d 3 layers independent of everything.
 */
class LayersAnalysisTest {

    private static final int N = 60;
    private static final int PERMUTATIONS = 30;
    private static final List<String> METRICS = List.of("cka", "mutual_knn:k=5");

    @TempDir
    static Path dir;
    static double[][][] a;
    static double[][][] b;
    static double[][] c;
    static double[][][] d;

    @BeforeAll
    static void sources() throws Exception {
        Random random = new Random(20261207L);
        a = new double[][][] {LayerData.gaussian(random, N, 8), LayerData.gaussian(random, N, 8),
                LayerData.gaussian(random, N, 8)};
        b = new double[][][] {LayerData.gaussian(random, N, 6), LayerData.times(a[2], LayerData.rotation(random, 8)),
                LayerData.gaussian(random, N, 10)};
        c = LayerData.gaussian(random, N, 7);
        d = new double[][][] {LayerData.gaussian(random, N, 8), LayerData.gaussian(random, N, 8),
                LayerData.gaussian(random, N, 8)};
        LayerData.npy(dir.resolve("a.npy"), a);
        Path folder = Files.createDirectory(dir.resolve("b"));
        for (int l = 0; l < 3; l++) {
            LayerData.npy(folder.resolve("l" + l + ".npy"), b[l]);
        }
        LayerData.npy(dir.resolve("c.npy"), c);
        LayerData.npy(dir.resolve("d.npy"), d);
    }

    private static ExperimentPlan plan(int permutations) {
        // 1000 rows per subsample exceed the 60 items: every cell is measured once on all rows
        return plan(permutations, new ProtocolSettings(3, 1000, 0, TieRule.RANDOM));
    }

    private static ExperimentPlan plan(int permutations, ProtocolSettings protocol) {
        List<SourcePlan> sources = new ArrayList<>();
        for (String id : List.of("a", "b", "c", "d")) {
            Path file = dir.resolve(id.equals("b") ? "b" : id + ".npy");
            sources.add(new SourcePlan(id, file, null, null, null, null, ModelProperties.UNKNOWN, null));
        }
        return new ExperimentPlan("layers", "", 17L, sources, Optional.empty(), null, null, null,
                Preprocessing.CENTERED, METRICS, protocol, null,
                List.of(new AnalysisSettings.Contributed("layers", Map.of("permutations",
                        Integer.toString(permutations)))), null);
    }

    private static RunContext context(int permutations, WorkExecutor executor) throws Exception {
        return context(plan(permutations), executor);
    }

    private static RunContext context(ExperimentPlan plan, WorkExecutor executor) throws Exception {
        ExperimentData data = ExperimentDataLoader.load(plan, new NullProgressMonitor());
        return new RunContext(plan, data, MetricRegistry.installed(), RunListener.NONE, executor);
    }

    private static AnalysisResult run(RunContext context) throws Exception {
        Analysis analysis = AnalysisRegistry.installed().create(context.plan().analyses().get(0));
        analysis.preflight(context);
        return analysis.run(context, new NullProgressMonitor());
    }

    @SuppressWarnings("unchecked")
    private static List<LayerBest> best(AnalysisResult result) {
        return ((RecordTable<LayerBest>) result.table("best")).rows();
    }

    @SuppressWarnings("unchecked")
    private static List<LayerGridCell> grid(AnalysisResult result) {
        return ((RecordTable<LayerGridCell>) result.table("grid")).rows();
    }

    private static LayerBest best(List<LayerBest> rows, String metric, String first, String second) {
        return rows.stream().filter(r -> r.metric().equals(metric) && r.a().equals(first) && r.b().equals(second))
                .findFirst().orElseThrow();
    }

    @Test
    void theBestCellIsThePlantedLayerPairAndItsNullOfTheBestIsFarBelowIt() throws Exception {
        RunContext context = context(PERMUTATIONS, LocalExecutor.sequential());
        AnalysisResult result = run(context);
        List<LayerBest> best = best(result);
        List<LayerGridCell> grid = grid(result);
        assertEquals(6 * 2, best.size(), "6 pairs × 2 metrics");
        // cells: a–b 9, a–c 3, a–d 9, b–c 3, b–d 9, c–d 3, for each metric
        assertEquals(2 * 36, grid.size());
        for (String metric : METRICS) {
            LayerBest planted = best(best, metric, "a", "b");
            assertEquals(3, planted.layersA());
            assertEquals(3, planted.layersB());
            assertEquals(2, planted.bestLayerA(), metric);
            assertEquals("2", planted.bestLayerAName());
            assertEquals(1, planted.bestLayerB(), metric);
            assertEquals("l1", planted.bestLayerBName());
            // a rotation changes neither linear CKA nor neighbours
            assertEquals(1.0, planted.value(), 1e-9, metric);
            assertEquals(PERMUTATIONS, planted.permutations());
            // no permutation of the rows reaches 1: the smallest p there is
            assertEquals(1.0 / (PERMUTATIONS + 1), planted.p(), 1e-12, metric);
            assertTrue(planted.nullMaxMean() < 0.5, metric + " null of the best " + planted.nullMaxMean());
            assertEquals("higher_is_better", planted.direction());
            LayerBest single = best(best, metric, "a", "c");
            assertEquals(1, single.layersB());
            assertEquals(0, single.bestLayerB());
            assertEquals("c", single.bestLayerBName(), "a file of one matrix is one layer named after the file");
        }
        // every best row is the best of its grid, found here from the grid table itself
        for (LayerBest row : best) {
            LayerGridCell top = null;
            int cells = 0;
            for (LayerGridCell cell : grid) {
                if (cell.metric().equals(row.metric()) && cell.a().equals(row.a()) && cell.b().equals(row.b())) {
                    cells++;
                    if (top == null || cell.value() > top.value()) {
                        top = cell;
                    }
                }
            }
            assertEquals(row.layersA() * row.layersB(), cells);
            assertEquals(top.value(), row.value(), 0.0);
            assertEquals(top.layerA(), row.bestLayerA());
            assertEquals(top.layerB(), row.bestLayerB());
        }
        assertTrue(result.summary().stream().anyMatch(line -> line.startsWith("layers cka: best layer pair a[2]–b[l1]"
                + " 1.000 (null of the best: mean ")), result.summary().toString());
    }

    @Test
    void independentStacksAreNotSignificantOnceTheBestOfTheGridIsTheNull() throws Exception {
        RunContext context = context(PERMUTATIONS, LocalExecutor.sequential());
        AnalysisResult result = run(context);
        LayerBest independent = best(best(result), "cka", "a", "d");
        assertTrue(independent.p() > 0.05, "p of the best of 9 independent layer pairs: " + independent.p());
        // the per-cell nulls, computed here cell by cell on the layers preprocessed here
        SourcePair pair = context.pairs().stream().filter(p -> p.first() == 0 && p.second() == 3).findFirst()
                .orElseThrow();
        double cellNullMeans = 0;
        for (double[][] x : a) {
            for (double[][] y : d) {
                LayerCellResult cell = LayerSweep.cell(centered(x), centered(y),
                        MetricRegistry.installed().createAll(List.of("cka")), context.protocol(pair),
                        context.subsets(pair), PERMUTATIONS, 1, () -> false);
                double sum = 0;
                for (double value : cell.nulls().get(0).nullValues()) {
                    sum += value;
                }
                cellNullMeans += sum / PERMUTATIONS / 9;
            }
        }
        // the best of many cells is above a typical cell's chance level: the inflation the null of the best removes
        assertTrue(independent.nullMaxMean() > cellNullMeans, independent.nullMaxMean() + " vs " + cellNullMeans);
        assertTrue(independent.value() > cellNullMeans, independent.value() + " vs " + cellNullMeans);
    }

    @Test
    void aCellIsLinearCkaOfTheTwoLayersEachPreprocessedOnItsOwn() throws Exception {
        AnalysisResult result = run(context(0, LocalExecutor.sequential()));
        LayerGridCell cell = grid(result).stream().filter(g -> g.metric().equals("cka") && g.a().equals("a")
                && g.b().equals("b") && g.layerA() == 0 && g.layerB() == 2).findFirst().orElseThrow();
        assertEquals("0", cell.layerAName());
        assertEquals("l2", cell.layerBName());
        assertEquals(HandLinearCka.of(byHand(a[0]), byHand(b[2])), cell.value(), 1e-9);
        LayerBest row = best(best(result), "cka", "a", "b");
        assertEquals(0, row.permutations());
        assertTrue(Double.isNaN(row.p()) && Double.isNaN(row.nullMaxMean()) && Double.isNaN(row.nullMaxSd()));
        Map<String, Object> json = result.toJson();
        assertTrue(((Map<?, ?>) json.get("tables")).containsKey("best"));
        assertEquals(List.of("grid"), json.get("file_tables"));
    }

    @Test
    void theNumbersDoNotDependOnTheWorkThreads() throws Exception {
        AnalysisResult one = run(context(8, LocalExecutor.sequential()));
        AnalysisResult three = run(context(8, new LocalExecutor(3)));
        assertEquals(grid(one), grid(three));
        assertEquals(best(one), best(three));
        assertEquals(one.values().get("seeds"), three.values().get("seeds"));
    }

    @Test
    void withSubsamplesEveryCellIsTheMeanOverThePairsSubsets() throws Exception {
        // 3 subsamples of 40 of the 60 rows, the same in every cell of a pair
        RunContext context = context(plan(0, new ProtocolSettings(3, 40, 0, TieRule.RANDOM)),
                LocalExecutor.sequential());
        AnalysisResult result = run(context);
        assertEquals(3, context.subsets(context.pairs().get(0)).count());
        LayerBest planted = best(best(result), "cka", "a", "b");
        assertEquals(2, planted.bestLayerA());
        assertEquals(1, planted.bestLayerB());
        assertEquals(1.0, planted.value(), 1e-9, "a rotation keeps CKA at 1 on every subset");
        assertEquals(0.0, planted.sd(), 1e-9);
        for (LayerGridCell cell : grid(result)) {
            assertTrue(Double.isFinite(cell.sd()) && cell.sd() >= 0, cell.toString());
        }
        // a cell off the planted pair varies over the subsets
        LayerGridCell other = grid(result).stream().filter(g -> g.metric().equals("cka") && g.a().equals("a")
                && g.b().equals("d") && g.layerA() == 0 && g.layerB() == 0).findFirst().orElseThrow();
        assertTrue(other.sd() > 0, other.toString());
    }

    @Test
    void aRunWritesBothTablesAndReadsThemBack() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        RunOutcome outcome = new ExperimentRunner(MetricRegistry.installed(), LocalExecutor.sequential())
                .run(plan(5), out, RunListener.NONE, new NullProgressMonitor());
        assertTrue(Files.isRegularFile(outcome.runFolder().resolve("layers-grid.csv")));
        assertTrue(Files.isRegularFile(outcome.runFolder().resolve("layers-best.csv")));
        RunResults read = RunResults.read(outcome.runFolder());
        GenericTable bestTable = read.table("layers", "best").orElseThrow();
        assertEquals(12, bestTable.rows().size());
        GenericTable gridTable = read.table("layers", "grid").orElseThrow();
        assertEquals(72, gridTable.rows().size());
        assertTrue(bestTable.columns().containsAll(List.of("best_layer_a_name", "null_max_mean", "p")),
                bestTable.columns().toString());
    }

    private static RowMatrix centered(double[][] x) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            items.add(Integer.toString(i));
        }
        return Preprocessing.CENTERED.apply(DenseMatrix.of(x), items);
    }

    /** RepAlign's centered preprocessing written out: rows to unit length, column means off, rows to unit length. */
    private static double[][] byHand(double[][] x) {
        double[][] y = unitRows(x);
        int d = y[0].length;
        double[] mean = new double[d];
        for (double[] row : y) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / y.length;
            }
        }
        for (double[] row : y) {
            for (int j = 0; j < d; j++) {
                row[j] -= mean[j];
            }
        }
        return unitRows(y);
    }

    private static double[][] unitRows(double[][] x) {
        double[][] y = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            double norm = 0;
            for (double v : x[i]) {
                norm += v * v;
            }
            norm = Math.sqrt(norm);
            y[i] = new double[x[i].length];
            for (int j = 0; j < x[i].length; j++) {
                y[i][j] = x[i][j] / norm;
            }
        }
        return y;
    }
}
