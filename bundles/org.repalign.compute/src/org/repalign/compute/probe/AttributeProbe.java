package org.repalign.compute.probe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.repalign.compute.data.CsrMatrix;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.stats.Shuffles;
import org.repalign.compute.stats.SplitMix64;

/**
 * Evaluates a logistic-regression probe ({@link LogisticRegression}) for one binary attribute
 * on a representation (rows are items, columns features) by stratified k-fold cross-validation,
 * and refits it on all rows for its direction (research notes §8: "a logistic-regression probe
 * per attribute on the embeddings; its weight vector is the attribute direction").
 *
 * <p><b>Folds</b> ({@link #foldAssignment}): with one {@code rng = new SplitMix64(seed)}, the
 * positive rows (in increasing row order) are permuted by {@code Shuffles.permutation(P, rng)},
 * then the negative rows by {@code Shuffles.permutation(N, rng)}; the t-th positive of the
 * permuted order goes to fold {@code t mod k} and the t-th negative to fold {@code (P + t) mod k}.
 * Every fold thus holds ⌊P/k⌋ or ⌈P/k⌉ positives and the fold sizes differ by at most one.
 *
 * <p><b>Solver.</b> {@link LogisticRegression.Solver#AUTO}, resolved once for the n rows and the
 * p features entering the fit and used for every fold and the refit: Newton's method for small
 * problems, L-BFGS when p &gt; {@value LogisticRegression#AUTO_MAX_NEWTON_FEATURES} or n·p² is
 * large (see {@link LogisticRegression}). Both minimise the same objective.
 *
 * <p><b>Shared preparation.</b> {@link Prepared} makes the dense design of a representation
 * (and the count of a CSR matrix's active columns) once and shares it across the attributes
 * probed on it. Every fit starts cold (w = 0), so the results do not depend on the order of
 * the fits or on which attributes share a preparation.
 *
 * <p><b>Sparse inputs.</b> With L-BFGS a {@link CsrMatrix} is used as it is: every product touches
 * its stored values only (O(nonzeros) per iteration) and it is never densified. With Newton's
 * method it is densified on the latents active (nonzero) on at least one row only. Both are
 * exact, not approximations: an all-zero column has zero gradient at w = 0 and its weight is 0 at
 * the optimum for every λ &gt; 0 (and stays 0 for λ = 0); the direction is reported in all m
 * original coordinates.
 */
public final class AttributeProbe {

    private AttributeProbe() {
    }

    /**
     * Probes one attribute with seeded stratified folds.
     *
     * @param x        n × p representation (dense or {@link CsrMatrix})
     * @param labels   the attribute of each row
     * @param settings folds, penalty, minimum positives and seed
     * @return cross-validated performance and the refitted direction
     * @throws IllegalArgumentException when the lengths differ, there are fewer positives than
     *         {@code minPositives}, or {@code folds} exceeds the positives or the negatives
     */
    public static ProbeResult evaluate(RowMatrix x, boolean[] labels, ProbeSettings settings) {
        checkLabels(x, labels, settings);
        int[] fold = foldAssignment(labels, settings.folds(), settings.seed());
        return evaluate(x, labels, fold, settings);
    }

    /**
     * Probes one attribute with a given fold of every row (for example folds shared across
     * models, or carried along with a row permutation); {@code settings.seed()} is only recorded.
     *
     * @param x        n × p representation (dense or {@link CsrMatrix})
     * @param labels   the attribute of each row
     * @param fold     each row's fold, in [0, settings.folds()); every training set (all folds
     *                 but one) must hold both classes
     * @param settings folds, penalty and minimum positives
     * @return cross-validated performance and the refitted direction
     * @throws IllegalArgumentException as {@link #evaluate(RowMatrix, boolean[], ProbeSettings)},
     *         or for a fold index out of range or a training set with a single class
     */
    public static ProbeResult evaluate(RowMatrix x, boolean[] labels, int[] fold, ProbeSettings settings) {
        return evaluate(x, labels, fold, settings, LogisticRegression.Solver.AUTO);
    }

    /**
     * Probes one attribute with a given fold of every row and a chosen solver (for comparing
     * the solvers; {@link #evaluate(RowMatrix, boolean[], int[], ProbeSettings)} uses
     * {@link LogisticRegression.Solver#AUTO}). The solver is resolved once, for all n rows and
     * the p features entering the fit (the active latents of a {@link CsrMatrix}), and used for
     * every fold and the refit.
     *
     * @param x        n × p representation (dense or {@link CsrMatrix})
     * @param labels   the attribute of each row
     * @param fold     each row's fold, in [0, settings.folds())
     * @param settings folds, penalty and minimum positives
     * @param solver   the logistic-regression solver
     * @return cross-validated performance and the refitted direction
     * @throws IllegalArgumentException as {@link #evaluate(RowMatrix, boolean[], int[], ProbeSettings)}
     */
    public static ProbeResult evaluate(RowMatrix x, boolean[] labels, int[] fold, ProbeSettings settings,
            LogisticRegression.Solver solver) {
        return evaluate(new Prepared(x), labels, fold, settings, solver);
    }

    /**
     * A representation prepared once for probing many attributes: the row-major dense design
     * (for a {@link CsrMatrix}: on its active columns) and the count of active columns are made
     * on first use and shared by every attribute probed on it, from any thread.
     */
    public static final class Prepared {

        private final RowMatrix x;
        private int activeColumns = -1;
        private Design design;

        /** @param x n × p representation (dense or {@link CsrMatrix}) */
        public Prepared(RowMatrix x) {
            this.x = x;
        }

        /** @return the representation */
        public RowMatrix matrix() {
            return x;
        }

        synchronized int activeColumns() {
            if (activeColumns < 0) {
                activeColumns = x instanceof CsrMatrix csr ? AttributeProbe.activeColumns(csr) : x.columns();
            }
            return activeColumns;
        }

        synchronized Design design() {
            if (design == null) {
                design = Design.of(x);
            }
            return design;
        }
    }

    /**
     * Probes one attribute on a prepared representation with {@link LogisticRegression.Solver#AUTO}:
     * the same result as {@link #evaluate(RowMatrix, boolean[], int[], ProbeSettings)} on its
     * matrix, without copying the matrix again for every attribute.
     *
     * @param x        the prepared representation
     * @param labels   the attribute of each row
     * @param fold     each row's fold, in [0, settings.folds())
     * @param settings folds, penalty and minimum positives
     * @return cross-validated performance and the refitted direction
     * @throws IllegalArgumentException as {@link #evaluate(RowMatrix, boolean[], int[], ProbeSettings)}
     */
    public static ProbeResult evaluate(Prepared x, boolean[] labels, int[] fold, ProbeSettings settings) {
        return evaluate(x, labels, fold, settings, LogisticRegression.Solver.AUTO);
    }

    /**
     * Probes many attributes on one prepared representation with
     * {@link LogisticRegression.Solver#AUTO}. On a dense representation the attributes' fits run
     * in lockstep, so that the L-BFGS matrix-vector products of all of them become one
     * matrix-matrix product per round (see {@code LockstepProducts}); the products are then
     * summed in another order than by {@link #evaluate(Prepared, boolean[], int[], ProbeSettings)},
     * so the results equal its results to within rounding (the fits minimise the same objective
     * to the same tolerance), not bit for bit. For the same representation, attributes and folds
     * the results are the same in every run.
     *
     * @param x        the prepared representation
     * @param labels   per attribute, the attribute of each row
     * @param folds    per attribute, each row's fold, in [0, settings.folds())
     * @param settings per attribute, folds, penalty and minimum positives
     * @return per attribute its result, in the order given
     * @throws AttributeFailure        as {@link #evaluate(RowMatrix, boolean[], int[], ProbeSettings)},
     *                                  for the first attribute (in the order given) that has a
     *                                  problem
     * @throws IllegalArgumentException when the lists differ in length
     */
    public static List<ProbeResult> evaluateAll(Prepared x, List<boolean[]> labels, List<int[]> folds,
            List<ProbeSettings> settings) {
        if (labels.size() != folds.size() || labels.size() != settings.size()) {
            throw new IllegalArgumentException(labels.size() + " label sets, " + folds.size() + " fold assignments and "
                    + settings.size() + " settings");
        }
        List<Callable<ProbeResult>> tasks = new ArrayList<>();
        for (int a = 0; a < labels.size(); a++) {
            int attribute = a;
            tasks.add(() -> {
                try {
                    return evaluate(x, labels.get(attribute), folds.get(attribute), settings.get(attribute),
                            LogisticRegression.Solver.AUTO);
                } catch (IllegalArgumentException e) {
                    throw new AttributeFailure(attribute, e);
                }
            });
        }
        if (x.matrix() instanceof CsrMatrix) {
            List<ProbeResult> results = new ArrayList<>();
            for (Callable<ProbeResult> task : tasks) {
                results.add(call(task));
            }
            return results;
        }
        Design design = x.design();
        return LockstepProducts.run(design.data, x.matrix().rows(), design.columns.length, tasks);
    }

    /** A problem with one attribute of {@link #evaluateAll}, with its position in the lists given. */
    public static final class AttributeFailure extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final int index;

        AttributeFailure(int index, IllegalArgumentException cause) {
            super(cause.getMessage(), cause);
            this.index = index;
        }

        /** @return the attribute's position in the lists given to {@link #evaluateAll} */
        public int index() {
            return index;
        }
    }

    private static ProbeResult call(Callable<ProbeResult> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static ProbeResult evaluate(Prepared prepared, boolean[] labels, int[] fold, ProbeSettings settings,
            LogisticRegression.Solver solver) {
        RowMatrix x = prepared.matrix();
        checkLabels(x, labels, settings);
        int n = x.rows();
        int k = settings.folds();
        if (fold.length != n) {
            throw new IllegalArgumentException("fold has " + fold.length + " entries but x has " + n + " rows");
        }
        for (int i = 0; i < n; i++) {
            if (fold[i] < 0 || fold[i] >= k) {
                throw new IllegalArgumentException("fold[" + i + "] = " + fold[i] + " is outside [0, folds = " + k + ")");
            }
        }
        if (x instanceof CsrMatrix csr) {
            int active = prepared.activeColumns();
            if (solver.resolve(n, active) == LogisticRegression.Solver.LBFGS) {
                return summarise(labels, fold, settings, sparse(csr, labels, fold, settings));
            }
        }
        return summarise(labels, fold, settings, dense(prepared, labels, fold, settings, solver));
    }

    /** Out-of-fold decision values, refitted direction (original coordinates) and intercept. */
    private record Scored(double[] scores, double[] direction, double intercept) {
    }

    private static Scored dense(Prepared prepared, boolean[] labels, int[] fold, ProbeSettings settings,
            LogisticRegression.Solver solver) {
        RowMatrix x = prepared.matrix();
        int n = x.rows();
        int k = settings.folds();
        Design design = prepared.design();
        int p = design.columns.length;
        LogisticRegression.Solver chosen = solver.resolve(n, p);
        boolean polish = solver == LogisticRegression.Solver.AUTO;
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        LogisticFit full = LogisticRegression.fitResolved(design.data, p, all, labels, settings.l2(), chosen, polish);
        double[] scores = outOfFoldScores(n, k, fold,
                train -> LogisticRegression.fitResolved(design.data, p, train, labels, settings.l2(), chosen, polish),
                (w, b, i) -> {
                    double t = b;
                    for (int j = 0; j < p; j++) {
                        t += w[j] * design.data[i * p + j];
                    }
                    return t;
                });
        double[] direction = new double[x.columns()];
        double[] w = full.weights();
        for (int j = 0; j < p; j++) {
            direction[design.columns[j]] = w[j];
        }
        return new Scored(scores, direction, full.intercept());
    }

    /** L-BFGS on the CSR matrix itself: every product touches the stored values only. */
    private static Scored sparse(CsrMatrix x, boolean[] labels, int[] fold, ProbeSettings settings) {
        int n = x.rows();
        int k = settings.folds();
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        LogisticFit full = LogisticRegression.fit(x, all, labels, settings.l2());
        double[] scores = outOfFoldScores(n, k, fold,
                train -> LogisticRegression.fit(x, train, labels, settings.l2()),
                (w, b, i) -> {
                    double t = b;
                    for (int q = x.rowStart(i); q < x.rowEnd(i); q++) {
                        t += w[x.columnAt(q)] * x.valueAt(q);
                    }
                    return t;
                });
        double[] direction = full.weights();
        // a latent never active on any row has weight exactly 0 (zero gradient throughout)
        return new Scored(scores, direction, full.intercept());
    }

    /**
     * Fits on all folds but one and scores the held-out rows, for every fold.
     *
     * @param n      rows
     * @param k      folds
     * @param fold   each row's fold
     * @param fitter fits on the given training rows
     * @param scorer the decision value of a row under a fit's weights and intercept
     * @return each row's out-of-fold decision value
     */
    private static double[] outOfFoldScores(int n, int k, int[] fold, Function<int[], LogisticFit> fitter,
            Scorer scorer) {
        double[] scores = new double[n];
        for (int f = 0; f < k; f++) {
            final int held = f;
            int[] train = IntStream.range(0, n).filter(i -> fold[i] != held).toArray();
            int[] test = IntStream.range(0, n).filter(i -> fold[i] == held).toArray();
            if (test.length == 0) {
                continue;
            }
            LogisticFit fit;
            try {
                fit = fitter.apply(train);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("fold " + f + ": " + e.getMessage(), e);
            }
            double[] w = fit.weights();
            for (int i : test) {
                scores[i] = scorer.score(w, fit.intercept(), i);
            }
        }
        return scores;
    }

    /** The decision value b + wᵀxᵢ of row i. */
    @FunctionalInterface
    private interface Scorer {
        double score(double[] weights, double intercept, int row);
    }

    private static int activeColumns(CsrMatrix csr) {
        boolean[] active = new boolean[csr.columns()];
        int count = 0;
        for (int q = 0; q < csr.nonZeros(); q++) {
            if (csr.valueAt(q) != 0 && !active[csr.columnAt(q)]) {
                active[csr.columnAt(q)] = true;
                count++;
            }
        }
        return count;
    }

    private static ProbeResult summarise(boolean[] labels, int[] fold, ProbeSettings settings, Scored scored) {
        int n = labels.length;
        double[] scores = scored.scores();
        int positives = 0;
        int truePositives = 0;
        int trueNegatives = 0;
        for (int i = 0; i < n; i++) {
            boolean predicted = scores[i] > 0;
            if (labels[i]) {
                positives++;
                if (predicted) {
                    truePositives++;
                }
            } else if (!predicted) {
                trueNegatives++;
            }
        }
        int negatives = n - positives;
        double accuracy = (truePositives + trueNegatives) / (double) n;
        double balanced = 0.5 * (truePositives / (double) positives + trueNegatives / (double) negatives);
        double majority = Math.max(positives, negatives) / (double) n;
        return new ProbeResult(accuracy, balanced, Auroc.of(scores, labels), majority, positives, negatives,
                scored.direction(), scored.intercept(), scores, fold, settings);
    }

    /**
     * The seeded stratified fold of every row, as described in the class comment.
     *
     * @param labels the attribute of each row
     * @param folds  k ≥ 2, at most the number of positives and of negatives
     * @param seed   seed
     * @return each row's fold in [0, k)
     * @throws IllegalArgumentException when {@code folds} is out of range
     */
    public static int[] foldAssignment(boolean[] labels, int folds, long seed) {
        int n = labels.length;
        int[] positiveRows = IntStream.range(0, n).filter(i -> labels[i]).toArray();
        int[] negativeRows = IntStream.range(0, n).filter(i -> !labels[i]).toArray();
        checkFolds(folds, positiveRows.length, negativeRows.length);
        SplitMix64 rng = new SplitMix64(seed);
        int[] positiveOrder = Shuffles.permutation(positiveRows.length, rng);
        int[] negativeOrder = Shuffles.permutation(negativeRows.length, rng);
        int[] fold = new int[n];
        for (int t = 0; t < positiveRows.length; t++) {
            fold[positiveRows[positiveOrder[t]]] = t % folds;
        }
        for (int t = 0; t < negativeRows.length; t++) {
            fold[negativeRows[negativeOrder[t]]] = (positiveRows.length + t) % folds;
        }
        return fold;
    }

    private static void checkLabels(RowMatrix x, boolean[] labels, ProbeSettings settings) {
        if (labels.length != x.rows()) {
            throw new IllegalArgumentException("x has " + x.rows() + " rows but labels has " + labels.length);
        }
        int positives = 0;
        for (boolean label : labels) {
            if (label) {
                positives++;
            }
        }
        if (positives < settings.minPositives()) {
            throw new IllegalArgumentException("labels has " + positives + " positives, fewer than minPositives = "
                    + settings.minPositives());
        }
        checkFolds(settings.folds(), positives, labels.length - positives);
    }

    private static void checkFolds(int folds, int positives, int negatives) {
        if (folds < 2 || folds > Math.min(positives, negatives)) {
            throw new IllegalArgumentException("folds = " + folds + " must be in [2, min(positives, negatives)] = [2, "
                    + Math.min(positives, negatives) + "] (" + positives + " positives, " + negatives + " negatives)");
        }
    }

    /** Row-major dense design on the columns that enter the fit. */
    private record Design(double[] data, int[] columns) {

        static Design of(RowMatrix x) {
            int n = x.rows();
            if (x instanceof CsrMatrix csr) {
                int m = csr.columns();
                int[] compact = new int[m];
                Arrays.fill(compact, -1);
                for (int q = 0; q < csr.nonZeros(); q++) {
                    if (csr.valueAt(q) != 0) {
                        compact[csr.columnAt(q)] = 0;
                    }
                }
                int active = 0;
                for (int c = 0; c < m; c++) {
                    if (compact[c] == 0) {
                        compact[c] = active++;
                    }
                }
                int[] columns = new int[active];
                for (int c = 0; c < m; c++) {
                    if (compact[c] >= 0) {
                        columns[compact[c]] = c;
                    }
                }
                checkSize(n, active);
                double[] data = new double[n * active];
                for (int r = 0; r < n; r++) {
                    for (int q = csr.rowStart(r); q < csr.rowEnd(r); q++) {
                        int c = compact[csr.columnAt(q)];
                        if (c >= 0) {
                            data[r * active + c] += csr.valueAt(q);
                        }
                    }
                }
                return new Design(data, columns);
            }
            int p = x.columns();
            checkSize(n, p);
            double[] data = new double[n * p];
            x.readRows(0, n, data, 0);
            int[] columns = new int[p];
            Arrays.setAll(columns, j -> j);
            return new Design(data, columns);
        }

        private static void checkSize(int n, int p) {
            if ((long) n * p > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("representation too large to hold densely: " + n + " × " + p);
            }
        }
    }
}
