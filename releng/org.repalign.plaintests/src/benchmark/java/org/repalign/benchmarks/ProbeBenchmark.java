package org.repalign.benchmarks;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

import org.repalign.compute.data.CsrMatrix;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.probe.AttributeProbe;
import org.repalign.compute.probe.LogisticFit;
import org.repalign.compute.probe.LogisticRegression;
import org.repalign.compute.probe.LogisticRegression.Solver;
import org.repalign.compute.probe.ProbeResult;
import org.repalign.compute.probe.ProbeSettings;

/**
 * The attribute-probe benchmark: wall-clock time of one probe (5 stratified folds and the refit
 * on all rows, λ = 1) on seeded random data with a planted attribute,
 * <ul>
 * <li>dense n = 10,000, p = 768, by Newton's method and by L-BFGS in the same run (with the
 * largest difference of their out-of-fold scores),</li>
 * <li>sparse codes n = 10,000, m = 4,096, k = 32 nonzeros per row, by L-BFGS on the CSR matrix,</li>
 * </ul>
 * and, with the argument {@code threshold} (or {@code all}), single fits on n = 10,000 rows for a
 * range of p by both solvers: the measurement behind {@link Solver#AUTO}'s threshold. Run it with
 * {@code releng/benchmark.sh probes [threshold|all]}.
 */
public final class ProbeBenchmark {

    private static final int N = 10_000;

    private ProbeBenchmark() {
    }

    /**
     * @param args optional: {@code probes} (default), {@code threshold} or {@code all}
     */
    public static void main(String[] args) {
        String which = args.length > 0 && !args[0].isBlank() ? args[0] : "probes";
        if (which.equals("probes") || which.equals("all")) {
            probes();
        }
        if (which.equals("threshold") || which.equals("all")) {
            threshold();
        }
    }

    private static void probes() {
        SplittableRandom random = new SplittableRandom(1);
        double[] data = dense(random, N, 768);
        boolean[] labels = planted(random, data, 768);
        DenseMatrix x = DenseMatrix.wrap(N, 768, data);
        ProbeSettings settings = ProbeSettings.defaults(7);
        int[] fold = AttributeProbe.foldAssignment(labels, settings.folds(), settings.seed());
        // warm-up on a small slice so that both solvers are compiled
        warmUp(random);
        System.out.println();
        System.out.println("| case | solver | s/probe | refit iterations | AUROC | ratio to L-BFGS |");
        System.out.println("|---|---|---:|---:|---:|---:|");
        long start = System.nanoTime();
        ProbeResult lbfgs = AttributeProbe.evaluate(x, labels, fold, settings, Solver.LBFGS);
        double lbfgsSeconds = (System.nanoTime() - start) / 1e9;
        int lbfgsIterations = LogisticRegression.fit(x, labels, 1, Solver.LBFGS).iterations();
        start = System.nanoTime();
        ProbeResult newton = AttributeProbe.evaluate(x, labels, fold, settings, Solver.NEWTON);
        double newtonSeconds = (System.nanoTime() - start) / 1e9;
        int newtonIterations = LogisticRegression.fit(x, labels, 1, Solver.NEWTON).iterations();
        row("dense n=10000 p=768", "Newton", newtonSeconds, newtonIterations, newton.auroc(), newtonSeconds / lbfgsSeconds);
        row("dense n=10000 p=768", "L-BFGS", lbfgsSeconds, lbfgsIterations, lbfgs.auroc(), 1);

        CsrMatrix codes = codes(random, N, 4096, 32);
        boolean[] sparseLabels = sparseLabels(random, codes);
        int[] sparseFold = AttributeProbe.foldAssignment(sparseLabels, settings.folds(), settings.seed());
        start = System.nanoTime();
        ProbeResult sparse = AttributeProbe.evaluate(codes, sparseLabels, sparseFold, settings);
        double sparseSeconds = (System.nanoTime() - start) / 1e9;
        int[] all = new int[N];
        Arrays.setAll(all, i -> i);
        int sparseIterations = LogisticRegression.fit(codes, all, sparseLabels, 1).iterations();
        row("CSR n=10000 m=4096 k=32", "L-BFGS", sparseSeconds, sparseIterations, sparse.auroc(), Double.NaN);

        double largest = 0;
        double[] a = newton.outOfFoldScores();
        double[] b = lbfgs.outOfFoldScores();
        for (int i = 0; i < N; i++) {
            largest = Math.max(largest, Math.abs(a[i] - b[i]));
        }
        System.out.printf(Locale.ROOT, "%nNewton vs L-BFGS, dense: accuracy %.4f vs %.4f, max |Δ out-of-fold score| = %.2e%n",
                newton.accuracy(), lbfgs.accuracy(), largest);
    }

    private static void threshold() {
        System.out.println();
        System.out.println("| single fit n=10000 | λ | Newton s | Newton iterations | L-BFGS s | L-BFGS iterations | Newton / L-BFGS |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        SplittableRandom random = new SplittableRandom(2);
        warmUp(random);
        for (int p : new int[] {32, 64, 128, 256, 384, 512}) {
            double[] data = dense(random, N, p);
            boolean[] labels = planted(random, data, p);
            RowMatrix x = DenseMatrix.wrap(N, p, data);
            for (double lambda : new double[] {1, 0.01}) {
                long start = System.nanoTime();
                LogisticFit newton = LogisticRegression.fit(x, labels, lambda, Solver.NEWTON);
                double newtonSeconds = (System.nanoTime() - start) / 1e9;
                start = System.nanoTime();
                LogisticFit lbfgs = LogisticRegression.fit(x, labels, lambda, Solver.LBFGS);
                double lbfgsSeconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "| p=%d | %s | %.3f | %d | %.3f | %d%s | %.2f |%n", p, lambda, newtonSeconds,
                        newton.iterations(), lbfgsSeconds, lbfgs.iterations(), lbfgs.converged() ? "" : " (not converged)",
                        newtonSeconds / lbfgsSeconds);
            }
        }
    }

    private static void warmUp(SplittableRandom random) {
        double[] data = dense(random, 1000, 64);
        boolean[] labels = planted(random, data, 64);
        DenseMatrix x = DenseMatrix.wrap(1000, 64, data);
        for (int r = 0; r < 3; r++) {
            LogisticRegression.fit(x, labels, 1, Solver.NEWTON);
            LogisticRegression.fit(x, labels, 1, Solver.LBFGS);
        }
    }

    private static void row(String name, String solver, double seconds, int iterations, double auroc, double ratio) {
        System.out.printf(Locale.ROOT, "| %s | %s | %.2f | %d | %.4f | %s |%n", name, solver, seconds, iterations, auroc,
                Double.isNaN(ratio) ? "–" : String.format(Locale.ROOT, "%.1f", ratio));
    }

    /**
     * Rows of an anisotropic Gaussian (feature j has scale 1/√(1 + j/16), like an embedding's
     * decaying spectrum) plus an offset, L2-normalised.
     */
    private static double[] dense(SplittableRandom random, int n, int p) {
        double[] data = new double[n * p];
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (int j = 0; j < p; j++) {
                double v = random.nextGaussian() / Math.sqrt(1 + j / 16.0) + (j % 7 == 0 ? 0.3 : 0);
                data[i * p + j] = v;
                norm += v * v;
            }
            norm = Math.sqrt(norm);
            for (int j = 0; j < p; j++) {
                data[i * p + j] /= norm;
            }
        }
        return data;
    }

    /** A noisy linear attribute along a fixed direction, about 30 % positive. */
    private static boolean[] planted(SplittableRandom random, double[] data, int p) {
        int n = data.length / p;
        double[] u = new double[p];
        for (int j = 0; j < p; j++) {
            u[j] = new SplittableRandom(j).nextGaussian();
        }
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                t[i] += u[j] * data[i * p + j];
            }
        }
        double[] sorted = t.clone();
        Arrays.sort(sorted);
        double sd = Math.sqrt(Arrays.stream(t).map(v -> v * v).sum() / n);
        boolean[] labels = new boolean[n];
        for (int i = 0; i < n; i++) {
            labels[i] = t[i] + 0.5 * sd * random.nextGaussian() > sorted[(int) (0.7 * n)];
        }
        return labels;
    }

    /** TopK-like codes: k distinct latents per row, latent frequencies decaying, positive values. */
    private static CsrMatrix codes(SplittableRandom random, int n, int m, int k) {
        int[] indptr = new int[n + 1];
        int[] indices = new int[n * k];
        double[] values = new double[n * k];
        boolean[] taken = new boolean[m];
        int q = 0;
        for (int i = 0; i < n; i++) {
            int start = q;
            while (q - start < k) {
                int j = (int) Math.min(m - 1, Math.floor(m * Math.pow(random.nextDouble(), 2)));
                if (!taken[j]) {
                    taken[j] = true;
                    indices[q++] = j;
                }
            }
            Arrays.sort(indices, start, q);
            for (int t = start; t < q; t++) {
                taken[indices[t]] = false;
                values[t] = 0.05 + random.nextDouble();
            }
            indptr[i + 1] = q;
        }
        return CsrMatrix.of(n, m, indptr, indices, values);
    }

    /** An attribute carried by a few dozen latents, with noise. */
    private static boolean[] sparseLabels(SplittableRandom random, CsrMatrix x) {
        boolean[] labels = new boolean[x.rows()];
        for (int i = 0; i < x.rows(); i++) {
            double t = 0;
            for (int q = x.rowStart(i); q < x.rowEnd(i); q++) {
                int c = x.columnAt(q);
                t += (c % 97 == 0 ? 2 : c % 89 == 0 ? -1.5 : 0) * x.valueAt(q);
            }
            labels[i] = t + 0.3 * random.nextGaussian() > 0.4;
        }
        return labels;
    }
}
