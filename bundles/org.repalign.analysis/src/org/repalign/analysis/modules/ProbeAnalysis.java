package org.repalign.analysis.modules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.results.RecordTable;
import org.repalign.analysis.results.rows.ProbeRow;
import org.repalign.analysis.work.WorkTask;
import org.repalign.analysis.work.WorkUnit;
import org.repalign.compute.data.CsrMatrix;
import org.repalign.compute.probe.AttributeProbe;
import org.repalign.compute.probe.LatentAuroc;
import org.repalign.compute.probe.LatentAurocResult;
import org.repalign.compute.probe.ProbeResult;
import org.repalign.compute.probe.ProbeSettings;

/**
 * Attribute probes (RepAlign's own; the paper has no supervised probes, research notes §8):
 * for every source and every attribute with at least {@code minPositives} positive items, an
 * L2 logistic-regression probe with stratified k-fold cross-validation, from the dense rows
 * (the plan's dense preprocessing) and from the truncated SAE codes, on the same folds (seeded
 * with {@code plan seed + attribute index}). One {@link WorkUnit#probeFolds} unit per source
 * (index {@link WorkUnit#ALL}) probes all its attributes, whose dense fits run in lockstep and
 * share their matrix products ({@link AttributeProbe#evaluateAll}). Reported: accuracy, balanced accuracy and AUROC
 * of the out-of-fold predictions, the majority-class baseline accuracy, and the SAE latent
 * whose activation alone has the best AUROC for the attribute (its index among all latents of
 * the SAE). Probe directions (refitted on all rows) are saved per source and representation,
 * one row per probed attribute, in the order of the rows table, their intercepts in the rows
 * table. Skipped attributes are listed.
 */
public final class ProbeAnalysis implements Analysis {

    /** The settings given by the factory, or {@code null} for the plan's. */
    private final AnalysisSettings.Probes configured;

    /** An analysis reading its settings from the plan it runs in. */
    public ProbeAnalysis() {
        this(null);
    }

    /**
     * @param settings the analysis' settings, or {@code null} for those of the plan it runs in
     *                 (see {@link ProbeAnalysisFactory})
     */
    public ProbeAnalysis(AnalysisSettings.Probes settings) {
        this.configured = settings;
    }

    @Override
    public String id() {
        return ProbeAnalysisFactory.ID;
    }

    @Override
    public AnalysisResult run(RunContext context, IProgressMonitor monitor) throws ExperimentInputException {
        AnalysisSettings.Probes settings = configured != null ? configured
                : context.plan().settings(AnalysisSettings.Probes.class, new AnalysisSettings.Probes(5, 1.0, 10));
        Map<String, boolean[]> attributes = context.data().attributes();
        if (attributes.isEmpty()) {
            throw new ExperimentInputException("probe analysis: the experiment has no attributes file");
        }
        int count = context.data().sourceCount();
        SubMonitor progress = SubMonitor.convert(monitor, 10 + count * attributes.size());
        SparseCodes codes = context.codes(progress.split(10));
        AnalysisResult result = new AnalysisResult(id());
        RecordTable<ProbeRow> rows = result.addTable(ProbeRow.TABLE);
        List<String> probed = new ArrayList<>();
        Map<String, Object> skipped = new LinkedHashMap<>();
        int attributeIndex = 0;
        List<int[]> folds = new ArrayList<>();
        for (Map.Entry<String, boolean[]> attribute : attributes.entrySet()) {
            boolean[] labels = attribute.getValue();
            int positives = 0;
            for (boolean label : labels) {
                positives += label ? 1 : 0;
            }
            int negatives = labels.length - positives;
            if (positives < settings.minPositives() || negatives < settings.folds()) {
                skipped.put(attribute.getKey(), positives < settings.minPositives()
                        ? positives + " positive items, fewer than min_positives " + settings.minPositives()
                        : negatives + " negative items, fewer than " + settings.folds() + " folds");
                folds.add(null);
            } else {
                probed.add(attribute.getKey());
                folds.add(AttributeProbe.foldAssignment(labels, settings.folds(),
                        context.plan().seed() + attributeIndex));
            }
            attributeIndex++;
        }
        // one unit per source: its attributes' dense fits run in lockstep, sharing their matrix
        // products (AttributeProbe.evaluateAll); combined below in source, then attribute order
        List<boolean[]> labelsByAttribute = List.copyOf(attributes.values());
        List<String> names = List.copyOf(attributes.keySet());
        List<Integer> probedIndices = new ArrayList<>();
        for (int a = 0; a < folds.size(); a++) {
            if (folds.get(a) != null) {
                probedIndices.add(a);
            }
        }
        List<WorkUnit> units = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            units.add(WorkUnit.probeFolds(id(), s, WorkUnit.ALL));
        }
        // each source's rows and codes prepared once, shared by all its attributes
        List<AttributeProbe.Prepared> denseMatrices = new ArrayList<>();
        List<AttributeProbe.Prepared> sparseMatrices = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            denseMatrices.add(new AttributeProbe.Prepared(context.prepared().matrix(s,
                    context.plan().densePreprocessing())));
            sparseMatrices.add(new AttributeProbe.Prepared(codes.codes(s)));
        }
        List<boolean[]> probedLabels = new ArrayList<>();
        List<int[]> probedFolds = new ArrayList<>();
        List<String> probedNames = new ArrayList<>();
        for (int a : probedIndices) {
            probedLabels.add(labelsByAttribute.get(a));
            probedFolds.add(folds.get(a));
            probedNames.add(names.get(a));
        }
        ProbeTask task = new ProbeTask(context, denseMatrices, sparseMatrices,
                new ProbePlan(probedLabels, probedFolds, probedIndices, probedNames, settings.folds(), settings.l2(),
                        settings.minPositives()));
        List<ProbeResult[][]> bySource = context.run(units, task, progress.split(count * attributes.size()));
        List<ProbeResult[]> probes = new ArrayList<>();
        for (ProbeResult[][] source : bySource) {
            probes.addAll(List.of(source));
        }
        int next = 0;
        double totalDense = 0;
        double totalSparse = 0;
        int pairsCounted = 0;
        for (int s = 0; s < count; s++) {
            String source = context.data().sourceIds().get(s);
            CsrMatrix sparse = codes.codes(s);
            int[] kept = codes.saes().get(s).truncated().keptLatents();
            LatentAuroc latents = LatentAuroc.index(sparse);
            List<double[]> denseDirections = new ArrayList<>();
            List<double[]> sparseDirections = new ArrayList<>();
            int a = 0;
            for (Map.Entry<String, boolean[]> attribute : attributes.entrySet()) {
                RunContext.checkCanceled(progress);
                int[] fold = folds.get(a);
                a++;
                if (fold == null) {
                    continue;
                }
                boolean[] labels = attribute.getValue();
                ProbeResult onDense = probes.get(next)[0];
                ProbeResult onSparse = probes.get(next)[1];
                next++;
                LatentAurocResult latent = latents.evaluate(labels);
                int bestLatent = latent.bestLatent() < 0 ? -1 : kept[latent.bestLatent()];
                rows.add(new ProbeRow(source, "dense", attribute.getKey(), onDense.accuracy(),
                        onDense.balancedAccuracy(), onDense.auroc(), onDense.majorityBaseline(), bestLatent,
                        latent.bestAuroc(), onDense.positives(), onDense.intercept()));
                rows.add(new ProbeRow(source, "sparse", attribute.getKey(), onSparse.accuracy(),
                        onSparse.balancedAccuracy(), onSparse.auroc(), onSparse.majorityBaseline(), bestLatent,
                        latent.bestAuroc(), onSparse.positives(), onSparse.intercept()));
                denseDirections.add(onDense.direction());
                sparseDirections.add(sparseDirection(onSparse.direction(), kept, codes.saes().get(s).sae().dSae()));
                totalDense += onDense.auroc();
                totalSparse += onSparse.auroc();
                pairsCounted++;
            }
            result.putArray(source + "-dense", denseDirections.toArray(double[][]::new));
            result.putArray(source + "-sparse", sparseDirections.toArray(double[][]::new));
        }
        result.put("attributes", probed);
        result.put("skipped", skipped);
        double meanDense = pairsCounted == 0 ? Double.NaN : totalDense / pairsCounted;
        double meanSparse = pairsCounted == 0 ? Double.NaN : totalSparse / pairsCounted;
        Map<String, Object> meanAuroc = new LinkedHashMap<>();
        meanAuroc.put("dense", meanDense);
        meanAuroc.put("sparse", meanSparse);
        result.put("mean_auroc", meanAuroc);
        result.summary("probes: " + probed.size() + " attributes probed (" + skipped.size()
                + " skipped), mean AUROC dense " + Format.number(meanDense) + ", sparse " + Format.number(meanSparse)
                + " (RepAlign's own analysis, not in the paper)");
        return result;
    }

    private static double[] sparseDirection(double[] truncated, int[] kept, int latents) {
        double[] full = new double[latents];
        for (int j = 0; j < kept.length; j++) {
            full[kept[j]] = truncated[j];
        }
        return full;
    }

    /**
     * What the probes of one source need besides its rows and codes: the probed attributes'
     * labels and folds (attribute order), and the probe settings.
     *
     * @param labels       per probed attribute its labels
     * @param folds        per probed attribute its fold of each item
     * @param attributes   per probed attribute its index in the attributes file (its seed stream)
     * @param names        per probed attribute its name, for messages
     * @param foldCount    folds
     * @param l2           L2 penalty
     * @param minPositives fewest positives probed
     */
    public record ProbePlan(List<boolean[]> labels, List<int[]> folds, List<Integer> attributes, List<String> names,
            int foldCount, double l2, int minPositives) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        /** Copies the lists, so that the plan travels as it is. */
        public ProbePlan {
            labels = new ArrayList<>(labels);
            folds = new ArrayList<>(folds);
            attributes = new ArrayList<>(attributes);
            names = new ArrayList<>(names);
        }
    }

    /**
     * The batch task of the probe units, one per source. Engines that hold a source's rows and
     * codes elsewhere compute the same with {@link ProbeAnalysis#probeSource} and this task's
     * {@link #plan()}.
     */
    public static final class ProbeTask implements WorkTask<ProbeResult[][]> {

        private final RunContext context;
        private final List<AttributeProbe.Prepared> dense;
        private final List<AttributeProbe.Prepared> sparse;
        private final ProbePlan plan;

        ProbeTask(RunContext context, List<AttributeProbe.Prepared> dense, List<AttributeProbe.Prepared> sparse,
                ProbePlan plan) {
            this.context = context;
            this.dense = dense;
            this.sparse = sparse;
            this.plan = plan;
        }

        /** @return what each unit probes */
        public ProbePlan plan() {
            return plan;
        }

        @Override
        public ProbeResult[][] run(WorkUnit unit, BooleanSupplier canceled) throws ExperimentInputException {
            int s = unit.subject();
            return probeSource(dense.get(s), sparse.get(s), plan, unit, context.plan().seed(),
                    context.data().sourceIds().get(s), canceled);
        }
    }

    /**
     * One {@link WorkUnit#probeFolds} unit: every probed attribute on one source, dense rows and
     * sparse codes, each attribute on its own seed stream ({@code plan seed + attribute index}).
     *
     * @param dense    the source's dense rows
     * @param sparse   the source's truncated codes
     * @param plan     the probed attributes
     * @param unit     the unit
     * @param planSeed the plan's seed
     * @param source   the source's id, for messages
     * @param canceled cancellation
     * @return per probed attribute its dense and sparse result
     * @throws ExperimentInputException when an attribute cannot be probed
     */
    public static ProbeResult[][] probeSource(AttributeProbe.Prepared dense, AttributeProbe.Prepared sparse,
            ProbePlan plan, WorkUnit unit, long planSeed, String source, BooleanSupplier canceled)
            throws ExperimentInputException {
        int s = unit.subject();
        List<ProbeSettings> probeSettings = new ArrayList<>();
        for (int a : plan.attributes()) {
            // the attribute's own stream, as when each attribute was a unit of its own
            probeSettings.add(new ProbeSettings(plan.foldCount(), plan.l2(), plan.minPositives(),
                    WorkUnit.probeFolds(unit.analysis(), s, a).seed(planSeed)));
        }
        if (canceled.getAsBoolean()) {
            throw new OperationCanceledException();
        }
        try {
            List<ProbeResult> denseResults = AttributeProbe.evaluateAll(dense, plan.labels(), plan.folds(),
                    probeSettings);
            List<ProbeResult> sparseResults = AttributeProbe.evaluateAll(sparse, plan.labels(), plan.folds(),
                    probeSettings);
            ProbeResult[][] results = new ProbeResult[plan.labels().size()][];
            for (int t = 0; t < results.length; t++) {
                results[t] = new ProbeResult[] { denseResults.get(t), sparseResults.get(t) };
            }
            return results;
        } catch (AttributeProbe.AttributeFailure e) {
            throw new ExperimentInputException("probe of attribute '" + plan.names().get(e.index()) + "' on source '"
                    + source + "': " + e.getMessage(), e);
        }
    }
}
