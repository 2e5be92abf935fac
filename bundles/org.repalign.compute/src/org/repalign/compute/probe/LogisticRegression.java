package org.repalign.compute.probe;

import java.util.Arrays;

import org.repalign.compute.data.CsrMatrix;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.linalg.DenseLinalg;
import org.repalign.compute.linalg.Cholesky;

/**
 * Binary logistic regression with an L2 penalty on the weights (not on the intercept), fitted by
 * damped Newton's method (iteratively reweighted least squares; e.g. Hastie, Tibshirani and
 * Friedman, "The Elements of Statistical Learning", 2nd ed., §4.4.1) or, for many features, by
 * L-BFGS on the same objective ({@link Solver}).
 *
 * <p><b>Objective.</b> With labels yᵢ ∈ {0, 1} and ηᵢ = b + wᵀxᵢ the fit minimises
 * <pre>
 *   f(b, w) = Σᵢ [log(1 + e^ηᵢ) − yᵢ·ηᵢ] + (λ/2)·‖w‖²
 * </pre>
 * (a sum over rows, not a mean), whose stationarity conditions are Σᵢ(pᵢ − yᵢ) = 0 and
 * Xᵀ(p − y) + λw = 0 with pᵢ = σ(ηᵢ). This is scikit-learn's {@code LogisticRegression} with
 * {@code C = 1/λ}; the default λ = 1 is its default C = 1. With λ &gt; 0 the objective is strictly
 * convex in w and bounded below, so the weights stay finite on linearly separable data.
 *
 * <p><b>Features are not standardised.</b> They are centred internally (an exact
 * reparametrisation, since the intercept is not penalised) for a better-conditioned Newton
 * system, but not scaled: the penalty acts on the original coordinates, which makes the fitted
 * probabilities invariant under any orthogonal transformation of the features (‖Qw‖ = ‖w‖), as
 * suits embeddings whose rows are L2-normalised. Rescale the features beforehand if another
 * convention is wanted.
 *
 * <p><b>Newton's method.</b> Start at w = 0, b = logit(ȳ). Each iteration solves the (p + 1)-dimensional
 * Newton system H·Δ = −g (Cholesky) with H = [1, X]ᵀ diag(pᵢ(1 − pᵢ)) [1, X] + diag(0, λ, …, λ),
 * then halves the step until f decreases by at least 10⁻⁴ of the predicted amount (Armijo);
 * once the Newton decrement gᵀH⁻¹g is below 10⁻⁸·max(1, n) full steps are taken (the
 * quadratic-convergence region, where rounding in f would mislead a line search). It stops when
 * the decrement is below 10⁻³⁰·max(1, n), when it stops shrinking inside the quadratic region
 * (working precision reached), or after 200 iterations (reported in
 * {@link LogisticFit#converged()}); the algorithm is deterministic. Each iteration
 * costs O(n·p² + p³) time and O(p²) memory, which is practical up to a few thousand features.
 *
 * <p><b>L-BFGS.</b> The same objective, same start and same centring, minimised by limited-memory
 * BFGS (history 10, diagonally preconditioned, strong Wolfe line search); the features enter only
 * through the products X·v and Xᵀ·v, with the centring applied as (X − 1μᵀ)w = Xw − (μᵀw)·1 and
 * (X − 1μᵀ)ᵀr = Xᵀr − μ·(1ᵀr), so a {@link CsrMatrix} is never densified. An iteration costs
 * O(n·p) for dense features and O(nonzeros + p) for sparse ones. It stops when
 * ‖∇f‖∞ ≤ 10⁻¹⁰·max(1, ‖∇f at the start‖∞), or after 3,000 iterations (reported in
 * {@link LogisticFit#converged()}); it is deterministic. At that tolerance the weights agree with
 * Newton's to about 10⁻⁷ relative on well-posed problems.
 *
 * <p><b>Choice ({@link Solver#AUTO}).</b> Newton's method when p ≤
 * {@value #AUTO_MAX_NEWTON_FEATURES} and n·p² ≤ 2³¹ ({@value #AUTO_MAX_NEWTON_WORK}), L-BFGS
 * otherwise. The threshold is measured ({@code releng/benchmark.sh probes threshold}): on
 * n = 10,000 well-conditioned rows L-BFGS needs 14–27 iterations and is 1.4–7× faster than
 * Newton at p = 32–256 and 10–15× faster at p = 384–512 (a 5-fold probe with refit at p = 768:
 * 8–30×, depending on the machine's load), but on strongly correlated
 * features with a small λ (condition numbers of 10⁶ and more) it needs thousands of iterations
 * where Newton needs ~20. AUTO therefore starts with L-BFGS from p = 17 on (a probe analysis
 * fits thousands of probes, so the common well-conditioned case decides its run time) and keeps
 * Newton as the safety net: under AUTO, L-BFGS gets 200 iterations for a dense
 * matrix; if it has not converged by then and n·p² ≤ 2³⁴, Newton's method finishes from where
 * it stopped (the reported iterations are the sum), so AUTO always reaches the Newton optimum
 * on problems Newton can afford. A {@link CsrMatrix} under L-BFGS is never densified and gets the
 * full L-BFGS iteration limit.
 */
public final class LogisticRegression {

    private static final int MAX_ITERATIONS = 200;
    private static final double DECREMENT_TOLERANCE = 1e-30;
    private static final double ARMIJO = 1e-4;
    private static final double QUADRATIC_REGION = 1e-8;

    /** Above this many features {@link Solver#AUTO} uses L-BFGS. */
    public static final int AUTO_MAX_NEWTON_FEATURES = 16;

    /** Above this n·p² (the cost of one Newton step) {@link Solver#AUTO} uses L-BFGS. */
    public static final long AUTO_MAX_NEWTON_WORK = 1L << 31;

    /**
     * Iterations {@link Solver#AUTO} allows L-BFGS before Newton's method finishes the fit (when
     * n·p² ≤ {@value #AUTO_MAX_POLISH_WORK}).
     */
    static final int AUTO_LBFGS_ITERATIONS = 200;

    /** Above this n·p² {@link Solver#AUTO} does not finish an unconverged L-BFGS fit by Newton. */
    static final long AUTO_MAX_POLISH_WORK = 1L << 34;

    /** The optimisation method; every solver minimises the same objective. */
    public enum Solver {
        /** Damped Newton's method (IRLS): O(n·p² + p³) per iteration, to working precision. */
        NEWTON,
        /** L-BFGS: O(n·p) per iteration for dense features, O(nonzeros) for a {@link CsrMatrix}. */
        LBFGS,
        /**
         * {@link #LBFGS} when p &gt; {@value LogisticRegression#AUTO_MAX_NEWTON_FEATURES} or
         * n·p² &gt; {@value LogisticRegression#AUTO_MAX_NEWTON_WORK}, else {@link #NEWTON}; on
         * dense features an L-BFGS fit not converged after 200 iterations is finished by Newton's
         * method when n·p² ≤ 2³⁴ (see the class comment).
         */
        AUTO;

        /**
         * @param n number of rows fitted
         * @param p number of features
         * @return {@link #NEWTON} or {@link #LBFGS}: this solver, or the choice of {@link #AUTO}
         */
        public Solver resolve(int n, int p) {
            if (this != AUTO) {
                return this;
            }
            return p > AUTO_MAX_NEWTON_FEATURES || (long) n * p * p > AUTO_MAX_NEWTON_WORK ? LBFGS : NEWTON;
        }
    }

    private LogisticRegression() {
    }

    /**
     * Fits on all rows of a matrix.
     *
     * @param x      n × p features
     * @param labels n labels, both classes present
     * @param l2     λ ≥ 0; λ = 0 has no finite optimum on separable data
     * @return the fit
     * @throws IllegalArgumentException for inconsistent shapes, non-finite values, a negative λ
     *         or a single class
     */
    public static LogisticFit fit(RowMatrix x, boolean[] labels, double l2) {
        return fit(x, labels, l2, Solver.AUTO);
    }

    /**
     * Fits on all rows of a matrix with a chosen solver. With {@link Solver#LBFGS} (or
     * {@link Solver#AUTO} choosing it) a {@link CsrMatrix} is used through its nonzeros only and
     * never densified; with Newton's method it is densified.
     *
     * @param x      n × p features
     * @param labels n labels, both classes present
     * @param l2     λ ≥ 0; λ = 0 has no finite optimum on separable data
     * @param solver the solver; {@link Solver#AUTO} as described in the class comment
     * @return the fit
     * @throws IllegalArgumentException for inconsistent shapes, non-finite values, a negative λ
     *         or a single class
     */
    public static LogisticFit fit(RowMatrix x, boolean[] labels, double l2, Solver solver) {
        int n = x.rows();
        int p = x.columns();
        if (labels.length != n) {
            throw new IllegalArgumentException("x has " + n + " rows but labels has " + labels.length);
        }
        int[] rows = new int[n];
        Arrays.setAll(rows, i -> i);
        if (x instanceof CsrMatrix csr && solver.resolve(n, p) == Solver.LBFGS) {
            return fit(csr, rows, labels, l2);
        }
        if ((long) n * p > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("x is too large to hold in one array: " + n + " × " + p);
        }
        double[] data = new double[n * p];
        x.readRows(0, n, data, 0);
        return fit(data, p, rows, labels, l2, solver);
    }

    /**
     * Fits on a subset of the rows of a row-major array, choosing the solver automatically
     * ({@link Solver#AUTO}).
     *
     * @param data   row-major features, p values per row
     * @param p      number of features
     * @param rows   the rows to fit on
     * @param labels the label of every row of {@code data} (only {@code rows} are read)
     * @param l2     λ ≥ 0
     * @return the fit
     * @throws IllegalArgumentException for a non-finite value, a negative λ or a single class
     */
    public static LogisticFit fit(double[] data, int p, int[] rows, boolean[] labels, double l2) {
        return fit(data, p, rows, labels, l2, Solver.AUTO);
    }

    /**
     * Fits on a subset of the rows of a row-major array with a chosen solver.
     *
     * @param data   row-major features, p values per row
     * @param p      number of features
     * @param rows   the rows to fit on
     * @param labels the label of every row of {@code data} (only {@code rows} are read)
     * @param l2     λ ≥ 0
     * @param solver the solver; {@link Solver#AUTO} as described in the class comment
     * @return the fit
     * @throws IllegalArgumentException for a non-finite value, a negative λ or a single class
     */
    public static LogisticFit fit(double[] data, int p, int[] rows, boolean[] labels, double l2, Solver solver) {
        return fitResolved(data, p, rows, labels, l2, solver.resolve(rows.length, p), solver == Solver.AUTO);
    }

    /**
     * The dense fit with the solver already resolved.
     *
     * @param polish with L-BFGS: stop it after {@link #AUTO_LBFGS_ITERATIONS} and finish by
     *               Newton's method if it has not converged (the {@link Solver#AUTO} behaviour)
     */
    static LogisticFit fitResolved(double[] data, int p, int[] rows, boolean[] labels, double l2, Solver solver,
            boolean polish) {
        checkProblem(rows, labels, l2);
        if (solver == Solver.NEWTON) {
            return newton(data, p, rows, labels, l2, null);
        }
        LogisticLbfgs.Features features = LockstepProducts.featuresFor(data, p, rows);
        if (!polish) {
            return LogisticLbfgs.fit(features, targets(rows, labels), l2);
        }
        LogisticFit first = LogisticLbfgs.fit(features, targets(rows, labels), l2, AUTO_LBFGS_ITERATIONS);
        if (first.converged() || (long) rows.length * p * p > AUTO_MAX_POLISH_WORK) {
            return first;
        }
        // ill-conditioned: Newton's method finishes from the L-BFGS point
        LogisticFit polished = newton(data, p, rows, labels, l2, first);
        return new LogisticFit(polished.intercept(), polished.weights(), l2, first.iterations() + polished.iterations(),
                polished.gradientNorm(), polished.converged());
    }

    /**
     * Fits on a subset of the rows of a sparse matrix by L-BFGS, touching only the stored values:
     * each iteration costs O(nonzeros of those rows + columns), and no dense copy is made.
     *
     * @param x      n × m sparse features
     * @param rows   the rows to fit on
     * @param labels the label of every row of {@code x} (only {@code rows} are read)
     * @param l2     λ ≥ 0
     * @return the fit, one weight per column of {@code x} (0 for a column with no nonzero on
     *         {@code rows} when λ &gt; 0)
     * @throws IllegalArgumentException for a non-finite value, a negative λ or a single class
     */
    public static LogisticFit fit(CsrMatrix x, int[] rows, boolean[] labels, double l2) {
        if (labels.length != x.rows()) {
            throw new IllegalArgumentException("x has " + x.rows() + " rows but labels has " + labels.length);
        }
        checkProblem(rows, labels, l2);
        return LogisticLbfgs.fit(new LogisticLbfgs.Sparse(x, rows), targets(rows, labels), l2);
    }

    private static void checkProblem(int[] rows, boolean[] labels, double l2) {
        if (!(l2 >= 0) || Double.isInfinite(l2)) {
            throw new IllegalArgumentException("l2 must be a finite number ≥ 0, got " + l2);
        }
        int n = rows.length;
        int positives = 0;
        for (int i : rows) {
            if (labels[i]) {
                positives++;
            }
        }
        if (positives == 0 || positives == n) {
            throw new IllegalArgumentException("logistic regression needs both classes, got " + positives
                    + " positives among " + n + " rows");
        }
    }

    private static double[] targets(int[] rows, boolean[] labels) {
        double[] y = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            y[r] = labels[rows[r]] ? 1 : 0;
        }
        return y;
    }

    private static LogisticFit newton(double[] data, int p, int[] rows, boolean[] labels, double l2, LogisticFit start) {
        int n = rows.length;
        int positives = 0;
        for (int i : rows) {
            if (labels[i]) {
                positives++;
            }
        }
        // centred copy of the rows being fitted
        double[] mean = new double[p];
        for (int i : rows) {
            for (int j = 0; j < p; j++) {
                double v = data[i * p + j];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("feature value at row " + i + ", column " + j + " is not finite: " + v);
                }
                mean[j] += v;
            }
        }
        for (int j = 0; j < p; j++) {
            mean[j] /= n;
        }
        double[] xc = new double[n * p];
        double[] y = new double[n];
        for (int r = 0; r < n; r++) {
            int i = rows[r];
            for (int j = 0; j < p; j++) {
                xc[r * p + j] = data[i * p + j] - mean[j];
            }
            y[r] = labels[i] ? 1 : 0;
        }
        int d = p + 1; // θ = (b, w)
        double[] theta = new double[d];
        double share = positives / (double) n;
        theta[0] = Math.log(share / (1 - share));
        if (start != null) {
            // warm start, in the centred parametrisation: b_c = b + wᵀμ
            double[] w = start.weights();
            theta[0] = start.intercept();
            for (int j = 0; j < p; j++) {
                theta[j + 1] = w[j];
                theta[0] += w[j] * mean[j];
            }
        }
        double[] eta = new double[n];
        linear(xc, n, p, theta, eta);
        double value = objective(eta, y, theta, l2);
        double[] gradient = new double[d];
        double[] prob = new double[n];
        int iterations = 0;
        boolean converged = false;
        double previousDecrement = Double.POSITIVE_INFINITY;
        while (true) {
            for (int r = 0; r < n; r++) {
                prob[r] = sigmoid(eta[r]);
            }
            Arrays.fill(gradient, 0);
            for (int r = 0; r < n; r++) {
                double e = prob[r] - y[r];
                gradient[0] += e;
                int base = r * p;
                for (int j = 0; j < p; j++) {
                    gradient[j + 1] += e * xc[base + j];
                }
            }
            for (int j = 1; j < d; j++) {
                gradient[j] += l2 * theta[j];
            }
            if (iterations >= MAX_ITERATIONS) {
                break;
            }
            // H = Sᵀ S with row r of S = √(p(1 − p)) · [1, x_r − μ], by BLAS dsyrk
            double[] scaled = new double[Math.multiplyExact(n, d)];
            for (int r = 0; r < n; r++) {
                double w = Math.sqrt(prob[r] * (1 - prob[r]));
                int base = r * d;
                scaled[base] = w;
                int from = r * p;
                for (int j = 0; j < p; j++) {
                    scaled[base + 1 + j] = w * xc[from + j];
                }
            }
            double[] flat = DenseLinalg.gram(scaled, n, d, false);
            double[][] hessian = new double[d][d];
            for (int j = 0; j < d; j++) {
                System.arraycopy(flat, j * d, hessian[j], 0, d);
            }
            for (int j = 1; j < d; j++) {
                hessian[j][j] += l2;
            }
            double[] step = solve(hessian, gradient);
            double decrement = 0;
            for (int j = 0; j < d; j++) {
                decrement += gradient[j] * step[j];
            }
            if (!(decrement > DECREMENT_TOLERANCE * Math.max(1, n))) {
                converged = true;
                break;
            }
            if (decrement >= previousDecrement && decrement < QUADRATIC_REGION * Math.max(1, n)) {
                // no more progress at working precision: the optimum is reached
                converged = true;
                break;
            }
            previousDecrement = decrement;
            // step = H⁻¹g; move along −step, with backtracking outside the quadratic region
            double t = 1;
            double[] candidate = new double[d];
            double[] candidateEta = new double[n];
            for (int halvings = 0; ; halvings++) {
                for (int j = 0; j < d; j++) {
                    candidate[j] = theta[j] - t * step[j];
                }
                linear(xc, n, p, candidate, candidateEta);
                double candidateValue = objective(candidateEta, y, candidate, l2);
                if (decrement < QUADRATIC_REGION * Math.max(1, n) || halvings >= 60
                        || candidateValue <= value - ARMIJO * t * decrement) {
                    value = candidateValue;
                    break;
                }
                t /= 2;
            }
            iterations++;
            theta = candidate;
            eta = candidateEta;
        }
        double maxGradient = 0;
        for (double g : gradient) {
            maxGradient = Math.max(maxGradient, Math.abs(g));
        }
        double[] weights = Arrays.copyOfRange(theta, 1, d);
        double intercept = theta[0];
        for (int j = 0; j < p; j++) {
            intercept -= weights[j] * mean[j];
        }
        return new LogisticFit(intercept, weights, l2, iterations, maxGradient, converged);
    }

    /**
     * @param t any value
     * @return log(1 + e^t) = max(t, 0) + log1p(e^(−|t|)), evaluated without overflow
     */
    static double softplus(double t) {
        return Math.max(t, 0) + Math.log1p(Math.exp(-Math.abs(t)));
    }

    /**
     * @param t any value
     * @return 1 / (1 + e^(−t)), evaluated without overflow
     */
    public static double sigmoid(double t) {
        if (t >= 0) {
            return 1 / (1 + Math.exp(-t));
        }
        double e = Math.exp(t);
        return e / (1 + e);
    }

    private static double[] solve(double[][] hessian, double[] gradient) {
        try {
            return Cholesky.factor(hessian, 1e-15).solve(gradient);
        } catch (IllegalArgumentException e) {
            // singular (λ = 0 with collinear or constant features): add a tiny ridge
            int d = hessian.length;
            double largest = 0;
            for (int j = 0; j < d; j++) {
                largest = Math.max(largest, hessian[j][j]);
            }
            double[][] damped = new double[d][];
            for (int j = 0; j < d; j++) {
                damped[j] = hessian[j].clone();
                damped[j][j] += 1e-10 * Math.max(largest, 1);
            }
            return Cholesky.factor(damped, 0).solve(gradient);
        }
    }

    private static void linear(double[] xc, int n, int p, double[] theta, double[] eta) {
        for (int r = 0; r < n; r++) {
            double t = theta[0];
            int base = r * p;
            for (int j = 0; j < p; j++) {
                t += theta[j + 1] * xc[base + j];
            }
            eta[r] = t;
        }
    }

    private static double objective(double[] eta, double[] y, double[] theta, double l2) {
        double f = 0;
        for (int r = 0; r < eta.length; r++) {
            double e = eta[r];
            f += softplus(e) - y[r] * e;
        }
        double penalty = 0;
        for (int j = 1; j < theta.length; j++) {
            penalty += theta[j] * theta[j];
        }
        return f + 0.5 * l2 * penalty;
    }
}
