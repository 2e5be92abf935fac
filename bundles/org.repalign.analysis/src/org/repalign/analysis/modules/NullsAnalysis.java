package org.repalign.analysis.modules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.results.RecordTable;
import org.repalign.analysis.results.rows.NullRow;
import org.repalign.analysis.work.WorkTask;
import org.repalign.analysis.work.WorkUnit;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.protocol.PairEvaluation;
import org.repalign.compute.protocol.PermutationResult;
import org.repalign.compute.protocol.ProtocolNull;
import org.repalign.compute.protocol.SourcePair;
import org.repalign.compute.stats.BenjaminiHochberg;

/**
 * The row-permutation null of every value the run measured: for every pair and representation
 * that the run's other analyses evaluated (bias: raw and centered, signal: dense and sparse;
 * the dense preprocessing alone when no other analysis did), every subsample is evaluated again
 * P times with the rows of the pair's second source shuffled within it, and the null of the
 * reported mean is the mean over subsamples of each shuffle ({@link ProtocolNull}). Per value:
 * the null mean and sd, z, the permutation p-value (never below 1/(P′ + 1)), its
 * Benjamini–Hochberg q over the pairs, and the calibrated score (value − null mean) /
 * (ideal − null mean).
 *
 * <p>Runs after every other analysis ({@link NullsAnalysisFactory#runOrder()}), so that it sees
 * every value they measured. One {@link WorkUnit#valueNull} unit per pair, representation and
 * subsample; the units of dense representations are portable (an engine may compute them on a
 * replica of the run), those of the sparse codes run in the run's process, where the codes are.
 */
public final class NullsAnalysis implements Analysis {

    /** The significance level of the "above chance" counts. */
    static final double ALPHA = 0.05;

    private final int permutations;

    /**
     * @param permutations P ≥ 1 shuffles per subsample
     */
    public NullsAnalysis(int permutations) {
        if (permutations < 1) {
            throw new IllegalArgumentException("permutations must be ≥ 1, got " + permutations);
        }
        this.permutations = permutations;
    }

    @Override
    public String id() {
        return NullsAnalysisFactory.ID;
    }

    @Override
    public AnalysisResult run(RunContext context, IProgressMonitor monitor) throws ExperimentInputException {
        List<String> representations = context.evaluatedRepresentations();
        if (representations.isEmpty()) {
            representations = List.of(context.plan().densePreprocessing().id());
        }
        List<SourcePair> pairs = context.pairs();
        SubMonitor progress = SubMonitor.convert(monitor, "Permutation nulls", representations.size() * 2);
        AnalysisResult result = new AnalysisResult(id());
        RecordTable<NullRow> rows = result.addTable(NullRow.TABLE);
        List<AlignmentMetric> metrics = context.metrics();
        Map<String, Object> aboveChance = new LinkedHashMap<>();
        Map<String, Object> calibratedMeans = new LinkedHashMap<>();
        for (String representation : representations) {
            RunContext.checkCanceled(progress);
            List<PairEvaluation> evaluations = context.evaluateAll(pairs, representation, progress.split(1));
            List<List<PermutationResult>> nulls = nulls(context, pairs, representation, evaluations,
                    progress.split(1));
            Map<String, Object> shares = new LinkedHashMap<>();
            Map<String, Object> means = new LinkedHashMap<>();
            StringBuilder line = new StringBuilder(representation).append(": ");
            for (int m = 0; m < metrics.size(); m++) {
                AlignmentMetric metric = metrics.get(m);
                double[] p = new double[pairs.size()];
                for (int k = 0; k < pairs.size(); k++) {
                    p[k] = nulls.get(k).get(m).p();
                }
                double[] q = BenjaminiHochberg.adjust(p);
                int above = 0;
                int tested = 0;
                double calibratedSum = 0;
                int calibratedCount = 0;
                double[] outcomes = new double[pairs.size()];
                for (int k = 0; k < pairs.size(); k++) {
                    SourcePair pair = pairs.get(k);
                    PermutationResult nul = nulls.get(k).get(m);
                    double calibrated = nul.calibrated(metric.idealValue());
                    rows.add(new NullRow(context.data().sourceIds().get(pair.first()),
                            context.data().sourceIds().get(pair.second()), nul.key(), representation, nul.observed(),
                            nul.nullMean(), nul.nullStandardDeviation(), nul.z(), nul.p(), q[k], calibrated,
                            nul.definedNulls()));
                    outcomes[k] = Double.NaN;
                    if (!Double.isNaN(q[k])) {
                        tested++;
                        boolean significant = q[k] <= ALPHA;
                        above += significant ? 1 : 0;
                        outcomes[k] = significant ? 1 : 0;
                    }
                    if (!Double.isNaN(calibrated)) {
                        calibratedSum += calibrated;
                        calibratedCount++;
                    }
                }
                String key = metric.spec().key();
                double share = tested == 0 ? Double.NaN : (double) above / tested;
                double[] interval = ShareIntervals.of(context, pairs, outcomes, m);
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("share", share);
                entry.put("share_ci", List.of(interval[0], interval[1]));
                entry.put("pairs", above);
                entry.put("tested_pairs", tested);
                shares.put(key, entry);
                double calibratedMean = calibratedCount == 0 ? Double.NaN : calibratedSum / calibratedCount;
                means.put(key, calibratedMean);
                line.append(m == 0 ? "" : "; ").append(key).append(" above chance in ").append(above).append(" of ")
                        .append(tested).append(ShareIntervals.bracket(interval));
                if (!Double.isNaN(calibratedMean)) {
                    line.append(", calibrated ").append(Format.number(calibratedMean));
                }
            }
            aboveChance.put(representation, shares);
            calibratedMeans.put(representation, means);
            result.summary("nulls " + line);
        }
        // Benjamini–Hochberg over M pairs: a pair alone counts only when its p ≤ α/M
        int needed = (int) Math.ceil(pairs.size() / ALPHA) - 1;
        if (1.0 / (permutations + 1) > ALPHA) {
            result.note("with " + permutations + " permutations the smallest p-value is 1/" + (permutations + 1)
                    + ", above " + ALPHA + ": no value can count as above chance; " + needed
                    + " permutations let any single value count");
        } else if (permutations < needed) {
            result.note("with " + permutations + " permutations the smallest p-value is 1/" + (permutations + 1)
                    + ": after the correction over " + pairs.size() + " pairs a value counts as above chance only"
                    + " together with most others; " + needed + " permutations let any single value count");
        }
        result.put("permutations", permutations);
        result.put("p_floor", 1.0 / (permutations + 1));
        result.put("representations", representations);
        result.put("above_chance", aboveChance);
        result.put("calibrated_mean", calibratedMeans);
        result.put("significance", PairComparison.significance("permutation p = (1 + #{null at least as good})"
                + " / (P + 1) (Phipson and Smyth 2010), nulls by shuffling the second source's rows within each"
                + " subsample"));
        result.put("calibration", "(value − null mean) / (ideal − null mean); ideal 1 for similarities, 0 for"
                + " distances");
        result.put("seed_rule", "shuffle p of subsample s: SplitMix64(mix(mix(base + s) + p)),"
                + " base = mix(plan seed + pair index)");
        return result;
    }

    /** The nulls of every pair in one representation, per pair the results of every metric. */
    private List<List<PermutationResult>> nulls(RunContext context, List<SourcePair> pairs, String representation,
            List<PairEvaluation> evaluations, IProgressMonitor monitor) throws ExperimentInputException {
        List<WorkUnit> units = new ArrayList<>();
        for (int k = 0; k < pairs.size(); k++) {
            for (int s = 0; s < evaluations.get(k).subsets().count(); s++) {
                units.add(WorkUnit.valueNull(id(), pairs.get(k).index(), representation, s));
            }
        }
        List<double[][]> measured;
        if (RunContext.SPARSE.equals(representation)) {
            Map<Integer, RowMatrix> codes = new HashMap<>();
            for (SourcePair pair : pairs) {
                for (int source : new int[] { pair.first(), pair.second() }) {
                    if (!codes.containsKey(source)) {
                        codes.put(source, context.matrix(source, representation, null));
                    }
                }
            }
            ShuffleTask task = new ShuffleTask(permutations, codes);
            measured = context.run(units, (WorkTask<double[][]>) (unit, canceled) -> task.compute(context, unit,
                    canceled), monitor);
        } else {
            measured = context.runPortable(units, new ShuffleTask(permutations, null), monitor);
        }
        List<List<PermutationResult>> results = new ArrayList<>(pairs.size());
        int next = 0;
        for (PairEvaluation evaluation : evaluations) {
            int count = evaluation.subsets().count();
            double[][][] values = new double[count][][];
            for (int s = 0; s < count; s++) {
                values[s] = measured.get(next++);
            }
            results.add(ProtocolNull.combine(evaluation, values));
        }
        return results;
    }

    /**
     * The shuffles of one subsample of one pair in one representation: the task of the
     * {@link WorkUnit#valueNull} units. The rows come from the given matrices when the batch
     * holds them (the sparse codes, in the run's process), otherwise from the context's prepared
     * sources, on the run's context or a replica of it.
     */
    static final class ShuffleTask implements PortableTask<double[][], double[][]> {

        private static final long serialVersionUID = 1L;

        private final int permutations;
        private final transient Map<Integer, RowMatrix> matrices;

        ShuffleTask(int permutations, Map<Integer, RowMatrix> matrices) {
            this.permutations = permutations;
            this.matrices = matrices;
        }

        @Override
        public double[][] compute(RunContext context, WorkUnit unit, BooleanSupplier canceled)
                throws ExperimentInputException {
            SourcePair pair = context.pairs().get(unit.subject());
            String representation = unit.representation();
            RowMatrix x = matrices != null ? matrices.get(pair.first())
                    : context.matrix(pair.first(), representation, null);
            RowMatrix y = matrices != null ? matrices.get(pair.second())
                    : context.matrix(pair.second(), representation, null);
            try {
                return ProtocolNull.subsample(x, y, context.metricsForUnit(), context.protocol(pair),
                        context.subsets(pair), unit.index(), permutations, canceled);
            } catch (CancellationException e) {
                throw new OperationCanceledException();
            } catch (IllegalArgumentException e) {
                throw new ExperimentInputException(context.data().sourceIds().get(pair.first()) + "–"
                        + context.data().sourceIds().get(pair.second()) + " (" + representation + "), nulls: "
                        + e.getMessage(), e);
            }
        }

        @Override
        public double[][] finish(RunContext context, WorkUnit unit, double[][] computed) {
            return computed;
        }
    }
}
