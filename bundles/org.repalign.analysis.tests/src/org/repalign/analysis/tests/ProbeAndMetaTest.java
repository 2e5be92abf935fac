package org.repalign.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.ModelProperties;
import org.repalign.analysis.data.ExperimentData;
import org.repalign.analysis.data.ExperimentDataLoader;
import org.repalign.analysis.modules.MetaAnalysis;
import org.repalign.analysis.modules.ProbeAnalysis;
import org.repalign.analysis.modules.RunContext;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.results.ResultTable;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.stats.Shuffles;
import org.repalign.compute.stats.SplitMix64;
import org.repalign.compute.synth.SyntheticModelSpec;

/** Probes on a planted against a shuffled attribute; the meta-analysis on a planted property. */
class ProbeAndMetaTest {

    @Test
    void plantedAttributeIsFoundShuffledIsNot() throws Exception {
        List<SyntheticModelSpec> models = List.of(SyntheticModelSpec.of("a", 24, 0.5, 0.5),
                SyntheticModelSpec.of("b", 32, 0.5, 0.5));
        ExperimentPlan plan = TestPlans.plan(TestPlans.generator(400, models),
                List.of(new AnalysisSettings.Probes(5, 1.0, 10)));
        ExperimentData base = ExperimentDataLoader.load(plan, new NullProgressMonitor());
        Map.Entry<String, boolean[]> first = base.attributes().entrySet().iterator().next();
        boolean[] planted = first.getValue();
        int[] permutation = Shuffles.permutation(planted.length, new SplitMix64(3));
        boolean[] shuffled = new boolean[planted.length];
        boolean[] rare = new boolean[planted.length];
        for (int i = 0; i < planted.length; i++) {
            shuffled[i] = planted[permutation[i]];
        }
        rare[0] = rare[1] = true;
        Map<String, boolean[]> attributes = new LinkedHashMap<>();
        attributes.put("planted", planted);
        attributes.put("shuffled", shuffled);
        attributes.put("rare", rare);
        ExperimentData data = new ExperimentData(base.sourceIds(), base.matrices(), base.properties(),
                base.saeFolders(), base.items(), base.frequencies(), attributes, List.of(), base.truth());
        RunContext context = new RunContext(plan, data, MetricRegistry.installed(), RunListener.NONE);
        AnalysisResult result = new ProbeAnalysis().run(context, new NullProgressMonitor());
        ResultTable rows = result.table("rows");
        assertEquals(2 * 2 * 2, rows.size(), "2 sources × dense/sparse × 2 probed attributes");
        assertEquals(List.of("planted", "shuffled"), result.values().get("attributes"));
        assertTrue(((Map<?, ?>) result.values().get("skipped")).containsKey("rare"), "2 positives < 10: skipped");
        int positives = 0;
        for (boolean label : planted) {
            positives += label ? 1 : 0;
        }
        double baseline = Math.max(positives, planted.length - positives) / (double) planted.length;
        for (int r = 0; r < rows.size(); r++) {
            double auroc = rows.number(r, "auroc");
            assertEquals(baseline, rows.number(r, "baseline"), 1e-12, "majority baseline");
            if (rows.get(r, "attribute").equals("planted")) {
                assertTrue(auroc > 0.75, "planted attribute: AUROC " + auroc);
                assertTrue(rows.number(r, "best_latent_auroc") > 0.7, "some latent carries it: " + rows.toCsv());
            } else {
                // 400 items, ~40 positives: the AUROC of an uninformative score has sd ≈ 0.05
                assertEquals(0.5, auroc, 0.2, "shuffled attribute: AUROC " + auroc);
            }
        }
        double[][] directions = result.arrays().get("a-dense");
        assertEquals(2, directions.length);
        assertEquals(24, directions[0].length, "one weight per dense column");
        assertEquals(64, result.arrays().get("a-sparse")[0].length, "one weight per SAE latent");
    }

    @Test
    void metaFindsThePlantedProperty() throws Exception {
        // noise grows with the model's "year": pairs with a later model align less
        List<SyntheticModelSpec> models = new ArrayList<>();
        List<org.repalign.analysis.SourcePlan> sources = new ArrayList<>();
        for (int m = 0; m < 5; m++) {
            models.add(SyntheticModelSpec.of("m" + m, 32, 0, 0.4 + 0.6 * m));
            sources.add(new org.repalign.analysis.SourcePlan("m" + m, null, null, null, null, null,
                    new ModelProperties("f" + m, "text", null, null, null, null, 2020 + m)));
        }
        ExperimentPlan base = TestPlans.plan(TestPlans.generator(400, models),
                List.of(new AnalysisSettings.Meta(null, org.repalign.compute.preprocess.Preprocessing.CENTERED)));
        ExperimentPlan plan = new ExperimentPlan(base.name(), "", base.seed(), sources, base.synthetic(), null, null,
                null, base.densePreprocessing(), List.of("cka"), base.protocol(), base.sae(), base.analyses(), null);
        RunContext context = new RunContext(plan, ExperimentDataLoader.load(plan, new NullProgressMonitor()),
                MetricRegistry.installed(), RunListener.NONE);
        AnalysisResult result = new MetaAnalysis().run(context, new NullProgressMonitor());
        ResultTable rows = result.table("rows");
        Map<String, Double> coefficient = new LinkedHashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            coefficient.put((String) rows.get(r, "feature"), rows.number(r, "coefficient"));
        }
        // width = dimension is known for synthetic sources but constant here, as is the modality
        assertEquals(List.of("min_year", "max_year"), result.values().get("features"));
        assertTrue(coefficient.get("max_year") < 0, "a later (noisier) model lowers alignment: " + coefficient);
        @SuppressWarnings("unchecked")
        Map<String, Double> r2 = (Map<String, Double>) result.values().get("cv_r2");
        assertTrue(r2.get("cka") > 0, "held-out pairs are predicted better than their mean: " + r2);
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("modality_text-text")), result.notes().toString());
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("min_width")), result.notes().toString());
    }

    @Test
    void metaNeedsThreeSources() throws Exception {
        List<SyntheticModelSpec> models = List.of(SyntheticModelSpec.of("a", 24, 0, 0.5),
                SyntheticModelSpec.of("b", 32, 0, 0.5));
        ExperimentPlan plan = TestPlans.plan(TestPlans.generator(300, models),
                List.of(new AnalysisSettings.Meta(null, org.repalign.compute.preprocess.Preprocessing.CENTERED)));
        RunContext context = new RunContext(plan, ExperimentDataLoader.load(plan, new NullProgressMonitor()),
                MetricRegistry.installed(), RunListener.NONE);
        AnalysisResult result = new MetaAnalysis().run(context, new NullProgressMonitor());
        assertEquals(0, result.table("rows").size());
        assertTrue(result.summary().get(0).contains("at least 3 sources"), result.summary().toString());
    }
}
