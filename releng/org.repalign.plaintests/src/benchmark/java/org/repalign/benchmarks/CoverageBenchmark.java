package org.repalign.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.metrics.AlignmentMetric;
import org.repalign.compute.metrics.MetricRegistry;
import org.repalign.compute.metrics.TieRule;
import org.repalign.compute.protocol.EvaluationProtocol;
import org.repalign.compute.protocol.PairEvaluation;
import org.repalign.compute.protocol.PairEvaluator;
import org.repalign.compute.protocol.ProgressListener;
import org.repalign.compute.protocol.RowSelection;
import org.repalign.compute.protocol.RowSubsets;
import org.repalign.compute.runtime.Nd4jRuntime;
import org.repalign.compute.stats.SampleMoments;
import org.repalign.compute.stats.Shuffles;
import org.repalign.compute.stats.SplitMix64;
import org.repalign.compute.stats.StudentT;
import org.repalign.compute.stats.SubsampleInterval;
import org.repalign.compute.synth.SyntheticGenerator;
import org.repalign.compute.synth.SyntheticModelSpec;
import org.repalign.compute.synth.SyntheticRepresentation;

/**
 * The coverage study of the per-value intervals ({@link SubsampleInterval}).
 *
 * <p><b>Population.</b> The synthetic generator's two models (24 and 32 dimensions, bias and
 * frequency-dependent noise) seen on a population of 50,000 items (unit rows). <b>Estimand.</b>
 * θ = E[metric on m rows drawn from the population], estimated by the mean over DRAWS
 * independent m-row draws (its Monte Carlo standard error is printed). <b>Trials.</b> For each of
 * SEEDS seeds, a data set of n items drawn from the population, S subsamples of m of them as the
 * protocol draws them, the metric's mean over the subsamples and its 95% interval; the coverage
 * is the share of seeds whose interval holds θ (target 90–98%, binomial standard error about
 * 1.5% at 200 seeds). The uncorrected interval mean ± t·sd/√S is printed beside it, to show what
 * the overlap correction is for. Two diagnostics follow: g, the correlation of two subsamples of
 * one data set as measured over the seeds (from E[s²] = ζ(1 − g) and Var(mean) = E[s²]·(1/S +
 * g/(1 − g)), with Var(mean) the mean squared distance of the mean from θ), which the interval
 * bounds by m/n; and the mean estimated variance over Var(mean) (1 when the variance is
 * estimated without bias, above 1 when conservative). Every draw is seeded from its trial
 * (SplitMix64).
 *
 * <p>Run with {@code releng/benchmark.sh coverage [SEEDS [DRAWS]]}.
 */
public final class CoverageBenchmark {

    private static final int POPULATION = 50_000;
    private static final List<String> METRICS = List.of("cka", "unbiased_cka", "rbf_cka", "mutual_knn_10", "cknna",
            "knn_edit_10", "svcca_10", "pwcca", "rsa", "procrustes", "linear_r2");
    private static final String[] FAMILIES = { "CKA", "CKA", "CKA", "k-NN", "k-NN", "k-NN", "CCA", "CCA", "RSA",
            "shape", "predictive" };

    private CoverageBenchmark() {
    }

    /** One protocol to study: S subsamples of m rows from data sets of n rows. */
    private record Setting(int rows, int subsamples, int size) {
    }

    /**
     * @param args optional SEEDS (default 200) and DRAWS (default 10,000)
     * @throws Exception when a worker fails
     */
    public static void main(String[] args) throws Exception {
        // the benchmark script passes its arguments as one string
        String[] words = String.join(" ", args).trim().split("\\s+");
        int seeds = words.length > 0 && !words[0].isEmpty() ? Integer.parseInt(words[0]) : 200;
        int draws = words.length > 1 ? Integer.parseInt(words[1]) : 10_000;
        Nd4jRuntime.ensureInitialized();
        // the trials run side by side, one per processor, each with one BLAS thread
        Nd4jRuntime.setBlasThreads(1);
        SyntheticGenerator generator = new SyntheticGenerator(20261207L, POPULATION, 40, 4, 1.0, 0.25, 1.0, 1000.0,
                List.of(SyntheticModelSpec.of("x", 24, 1.0, 0.3), SyntheticModelSpec.of("y", 32, 1.0, 0.3)));
        List<SyntheticRepresentation> models = generator.representations();
        DenseMatrix x = models.get(0).matrix();
        DenseMatrix y = models.get(1).matrix();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "coverage study: population %d items, %s; %d seeds, %d Monte Carlo draws,"
                + " %d threads%n", POPULATION, String.join(", ", METRICS), seeds, draws, threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Setting setting : List.of(new Setting(1000, 10, 100), new Setting(250, 10, 100))) {
                study(pool, threads, x, y, setting, seeds, draws);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void study(ExecutorService pool, int threads, DenseMatrix x, DenseMatrix y, Setting setting,
            int seeds, int draws) throws Exception {
        long start = System.nanoTime();
        int metricCount = METRICS.size();
        // θ per metric: the mean over independent m-row draws from the population
        double[][] expected = runAll(pool, threads, draws, draw -> {
            int[] rows = Shuffles.sample(POPULATION, setting.size(), new SplitMix64(SplitMix64.mix(1_000_000L + draw)));
            return values(RowSelection.of(x, rows), RowSelection.of(y, rows), 0, setting.size(), draw);
        });
        double[][] trials = runAll(pool, threads, seeds, seed -> {
            int[] data = Shuffles.sample(POPULATION, setting.rows(), new SplitMix64(SplitMix64.mix(seed)));
            RowMatrix dataX = DenseMatrix.copyOf(RowSelection.of(x, data));
            RowMatrix dataY = DenseMatrix.copyOf(RowSelection.of(y, data));
            PairEvaluation evaluation = evaluate(dataX, dataY, setting.subsamples(), setting.size(), seed);
            double[] out = new double[6 * metricCount];
            for (int k = 0; k < metricCount; k++) {
                SubsampleInterval interval = evaluation.interval(k);
                SampleMoments moments = SampleMoments.ofDefined(evaluation.metrics().get(k).values());
                double naive = StudentT.quantile(0.975, moments.count() - 1) * moments.standardDeviation()
                        / Math.sqrt(moments.count());
                out[6 * k] = interval.lower();
                out[6 * k + 1] = interval.upper();
                out[6 * k + 2] = moments.mean() - naive;
                out[6 * k + 3] = moments.mean() + naive;
                out[6 * k + 4] = moments.standardDeviation() * moments.standardDeviation();
                out[6 * k + 5] = interval.standardError() * interval.standardError();
            }
            return out;
        });
        System.out.printf(Locale.ROOT, "%nn = %d rows per data set, S = %d subsamples of m = %d (m/n = %.2f);"
                + " %.0f s%n", setting.rows(), setting.subsamples(), setting.size(),
                (double) setting.size() / setting.rows(), (System.nanoTime() - start) / 1e9);
        System.out.println("| metric | family | θ (MC ± se) | coverage, corrected | mean width | coverage, sd/√S only"
                + " | g measured | mean V̂ / Var(mean) |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
        for (int k = 0; k < metricCount; k++) {
            double[] column = new double[draws];
            for (int d = 0; d < draws; d++) {
                column[d] = expected[d][k];
            }
            SampleMoments theta = SampleMoments.ofDefined(column);
            int covered = 0;
            int naiveCovered = 0;
            int defined = 0;
            double width = 0;
            double squaredError = 0;
            double spread = 0;
            double estimated = 0;
            for (double[] trial : trials) {
                double lower = trial[6 * k];
                double upper = trial[6 * k + 1];
                if (Double.isNaN(lower)) {
                    continue;
                }
                defined++;
                width += upper - lower;
                covered += lower <= theta.mean() && theta.mean() <= upper ? 1 : 0;
                naiveCovered += trial[6 * k + 2] <= theta.mean() && theta.mean() <= trial[6 * k + 3] ? 1 : 0;
                double mean = (lower + upper) / 2;
                squaredError += (mean - theta.mean()) * (mean - theta.mean());
                spread += trial[6 * k + 4];
                estimated += trial[6 * k + 5];
            }
            // Var(mean) / E[s²] = 1/S + g/(1 − g), solved for g
            double ratio = squaredError / spread - 1.0 / setting.subsamples();
            double correlation = ratio / (1 + ratio);
            System.out.printf(Locale.ROOT, "| %s | %s | %.5f ± %.5f | %.1f%% of %d | %.4f | %.1f%% | %.3f | %.2f |%n",
                    METRICS.get(k), FAMILIES[k], theta.mean(), theta.standardDeviation() / Math.sqrt(theta.count()),
                    100.0 * covered / defined, defined, width / defined, 100.0 * naiveCovered / defined, correlation,
                    estimated / squaredError);
        }
    }

    private static PairEvaluation evaluate(RowMatrix x, RowMatrix y, int subsamples, int size, long seed) {
        EvaluationProtocol protocol = new EvaluationProtocol(subsamples, size, seed, 0, TieRule.RANDOM,
                OptionalDouble.empty());
        List<AlignmentMetric> metrics = MetricRegistry.installed().createAll(METRICS);
        return PairEvaluator.evaluate(x, y, metrics, protocol, RowSubsets.of(protocol, x.rows()),
                ProgressListener.NONE, () -> false);
    }

    /** Every metric on all rows of x and y once. */
    private static double[] values(RowMatrix x, RowMatrix y, int subsamples, int size, long seed) {
        PairEvaluation evaluation = evaluate(DenseMatrix.copyOf(x), DenseMatrix.copyOf(y), subsamples, size, seed);
        return evaluation.metrics().stream().mapToDouble(summary -> summary.mean()).toArray();
    }

    @FunctionalInterface
    private interface Trial {
        double[] run(long index) throws Exception;
    }

    private static double[][] runAll(ExecutorService pool, int threads, int count, Trial trial) throws Exception {
        double[][] out = new double[count][];
        List<Future<?>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int part = t;
            parts.add(pool.submit(() -> {
                for (int i = part; i < count; i += threads) {
                    out[i] = trial.run(i);
                }
                return null;
            }));
        }
        for (Future<?> part : parts) {
            part.get();
        }
        return out;
    }
}
