package org.repalign.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.data.ExperimentDataLoader;
import org.repalign.analysis.modules.FeatureMatchingAnalysis;
import org.repalign.analysis.modules.ProbeAnalysis;
import org.repalign.analysis.modules.RunContext;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.modules.SparseCodes;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.results.ResultTable;
import org.repalign.analysis.work.WorkUnit;
import org.repalign.compute.matching.FeatureMatching;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.probe.AttributeProbe;
import org.repalign.compute.probe.ProbeResult;
import org.repalign.compute.probe.ProbeSettings;
import org.repalign.compute.protocol.EvaluationProtocol;
import org.repalign.compute.protocol.PairEvaluation;
import org.repalign.compute.protocol.RowSubsets;
import org.repalign.compute.protocol.SourcePair;
import org.repalign.compute.synth.SyntheticModelSpec;

/**
 * Every kind of unit derives the seed the runner has always used: its rule by hand, and the
 * seed the analyses actually draw with, recomputed independently from the unit's seed.
 */
class WorkSeedsTest {

    private static final List<SyntheticModelSpec> MODELS = List.of(SyntheticModelSpec.of("a", 24, 1.0, 0.3),
            SyntheticModelSpec.of("b", 32, 1.0, 0.3), SyntheticModelSpec.of("c", 28, 1.0, 0.3));

    @Test
    void theRuleByHand() {
        assertEquals(15L, WorkUnit.pairEvaluation(4, "centered", 0).seed(11));
        assertEquals(15L, WorkUnit.pairEvaluation(4, "sparse", 9).seed(11),
                "a subset is a position in its pair's stream, not part of the seed");
        assertEquals(12L, WorkUnit.sae(1).seed(11));
        assertEquals(13L, WorkUnit.matchingPair("features", 2, "binary").seed(11));
        assertEquals(13L, WorkUnit.nullDraw("features", 2, "binary", 7).seed(11),
                "a draw is a position in its pair's stream, not part of the seed");
        assertEquals(14L, WorkUnit.probeFolds("probes", 1, 3).seed(11), "probe folds: the attribute's stream");
        assertEquals(12L, WorkUnit.frequencyWindow("noise", 1, "centered", 4).seed(11));
        assertEquals(12345L + 434, WorkUnit.pairEvaluation(434, "raw", 3).seed(EvaluationProtocol.PAPER_SEED));
    }

    private static RunContext context() throws Exception {
        ExperimentPlan plan = TestPlans.plan(TestPlans.generator(300, MODELS),
                List.of(new AnalysisSettings.Features(4, true), new AnalysisSettings.Probes(3, 1.0, 10)));
        return new RunContext(plan, ExperimentDataLoader.load(plan, new NullProgressMonitor()),
                MetricRegistry.installed(), RunListener.NONE);
    }

    @Test
    void pairEvaluationsAndSaesDrawFromTheUnitSeed() throws Exception {
        RunContext context = context();
        long seed = context.plan().seed();
        for (SourcePair pair : context.pairs()) {
            PairEvaluation evaluation = context.evaluate(pair, "centered", new NullProgressMonitor());
            long unitSeed = WorkUnit.pairEvaluation(pair.index(), "centered", 1).seed(seed);
            assertEquals(seed + pair.index(), unitSeed);
            assertEquals(unitSeed, evaluation.subsets().streamSeed());
            RowSubsets expected = RowSubsets.draw(300, 3, 150, unitSeed);
            for (int s = 0; s < 3; s++) {
                assertArrayEquals(expected.subset(s), evaluation.subsets().subset(s), "pair " + pair + " subset " + s);
            }
        }
        SparseCodes codes = context.codes(new NullProgressMonitor());
        for (int s = 0; s < MODELS.size(); s++) {
            assertEquals(WorkUnit.sae(s).seed(seed), codes.saes().get(s).config().seed(), "SAE of source " + s);
        }
    }

    @Test
    void matchingNullsAndProbeFoldsDrawFromTheUnitSeed() throws Exception {
        RunContext context = context();
        long seed = context.plan().seed();
        AnalysisResult features = new FeatureMatchingAnalysis().run(context, new NullProgressMonitor());
        ResultTable nulls = features.table("null");
        SparseCodes codes = context.codes(new NullProgressMonitor());
        for (SourcePair pair : context.pairs()) {
            for (boolean binary : new boolean[] {false, true}) {
                String kind = binary ? "binary" : "weighted";
                long unitSeed = WorkUnit.matchingPair("features", pair.index(), kind).seed(seed);
                double[] expected = FeatureMatching.nulls(codes.codes(pair.first()), codes.codes(pair.second()), binary,
                        4, unitSeed).scores();
                String a = context.data().sourceIds().get(pair.first());
                String b = context.data().sourceIds().get(pair.second());
                int found = 0;
                for (int r = 0; r < nulls.size(); r++) {
                    if (nulls.get(r, "a").equals(a) && nulls.get(r, "b").equals(b)
                            && nulls.get(r, "kind").equals(kind)) {
                        int draw = ((Number) nulls.get(r, "draw")).intValue();
                        assertEquals(WorkUnit.nullDraw("features", pair.index(), kind, draw).seed(seed), unitSeed);
                        assertEquals(expected[draw], nulls.number(r, "score"), 0.0,
                                a + "–" + b + " " + kind + " #" + draw);
                        found++;
                    }
                }
                assertEquals(4, found);
            }
        }

        AnalysisResult probes = new ProbeAnalysis().run(context, new NullProgressMonitor());
        ResultTable rows = probes.table("rows");
        int attribute = 0;
        int checked = 0;
        for (Map.Entry<String, boolean[]> entry : context.data().attributes().entrySet()) {
            for (int s = 0; s < MODELS.size(); s++) {
                String source = context.data().sourceIds().get(s);
                for (int r = 0; r < rows.size(); r++) {
                    if (rows.get(r, "source").equals(source) && rows.get(r, "attribute").equals(entry.getKey())
                            && rows.get(r, "representation").equals("dense")) {
                        long unitSeed = WorkUnit.probeFolds("probes", s, attribute).seed(seed);
                        assertEquals(seed + attribute, unitSeed);
                        int[] folds = AttributeProbe.foldAssignment(entry.getValue(), 3, unitSeed);
                        ProbeResult probe = AttributeProbe.evaluate(
                                context.prepared().matrix(s, context.plan().densePreprocessing()), entry.getValue(),
                                folds, new ProbeSettings(3, 1.0, 10, unitSeed));
                        // the analysis probes all attributes in lockstep: equal to within rounding
                        assertEquals(probe.auroc(), rows.number(r, "auroc"), 1e-9, source + " " + entry.getKey());
                        assertEquals(probe.accuracy(), rows.number(r, "accuracy"), 1e-9, source + " " + entry.getKey());
                        checked++;
                    }
                }
            }
            attribute++;
        }
        assertTrue(checked >= MODELS.size(), "some attributes probed: " + checked);
    }

    @Test
    void frequencyWindowsKeepTheProtocolSeedOfTheirPair() {
        for (int pair = 0; pair < 3; pair++) {
            EvaluationProtocol whole = new EvaluationProtocol(0, 100, 11, pair, TieRule.RANDOM, OptionalDouble.empty());
            assertEquals(whole.subsampleSeed(), WorkUnit.frequencyWindow("noise", pair, "centered", 2).seed(11));
        }
    }
}
