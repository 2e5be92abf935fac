package org.repalign.compute.probe;

import java.util.Arrays;

import org.repalign.compute.data.CsrMatrix;
import org.repalign.compute.stats.internal.Log1p;

/**
 * The first-order path of {@link LogisticRegression}: the same objective minimised by L-BFGS
 * (Nocedal and Wright, "Numerical Optimization", 2nd ed., Algorithm 7.5) touching the features
 * only through the products X·v and Xᵀ·v, so that a sparse matrix is never densified.
 *
 * <p><b>Centring without densifying.</b> With μ the column means of the fitted rows, the centred
 * products are (X − 1μᵀ)w = Xw − (μᵀw)·1 and (X − 1μᵀ)ᵀr = Xᵀr − μ·(1ᵀr); the centred matrix is
 * never formed.
 *
 * <p><b>Iteration.</b> θ = (b, w) starts at (logit(ȳ), 0). The two-loop recursion keeps the
 * last {@value #HISTORY} pairs (s, y) and starts from H₀ = γ·M⁻¹, with M the diagonal of the
 * Hessian at the start (ȳ(1 − ȳ)·n for the intercept, ȳ(1 − ȳ)·Σᵢ(xᵢⱼ − μⱼ)² + λ for weight j)
 * and γ = sᵀy / yᵀM⁻¹y from the newest pair: a fixed diagonal preconditioner, which matters for
 * SAE codes whose latents fire at very different rates. A pair is kept only when
 * sᵀy &gt; 10⁻¹⁰·‖s‖·‖y‖ (curvature check).
 *
 * <p><b>Line search.</b> Along a direction d the decision values are η + α·z with z = X_c·d
 * computed once, so every trial step costs O(n), not a product with X. The search brackets a
 * step satisfying the strong Wolfe conditions (c₁ = 10⁻⁴, c₂ = 0.9) by expansion, then shrinks
 * the bracket by safeguarded secant steps on φ′ (φ is convex). Near the optimum, where the
 * objective's rounding error exceeds the Armijo decrease, the approximate Wolfe condition of
 * Hager and Zhang (2005) stands in for the Armijo test: φ(α) ≤ φ(0) + 10⁻¹²·|φ(0)| and
 * φ′(α) ≤ (1 − 2c₁)·|φ′(0)|. The loss takes log(1 + e^(−|η|)) from the hardware logarithm
 * ({@link Log1p}), within a few units in the last place of {@link Math#log1p}. When no
 * acceptable step is found the history is dropped and the
 * preconditioned steepest-descent direction tried; failing that, the solver stops.
 *
 * <p><b>Stopping.</b> It stops when ‖∇f‖∞ ≤ {@value #TOLERANCE}·max(1, ‖∇f(θ₀)‖∞), checked on
 * decision values recomputed from scratch (no drift from the incremental update), or after
 * {@value #MAX_ITERATIONS} iterations. The order of every floating-point operation is fixed, so
 * the result is deterministic.
 */
final class LogisticLbfgs {

    static final int HISTORY = 10;
    static final int MAX_ITERATIONS = 3000;
    static final double TOLERANCE = 1e-10;
    private static final double C1 = 1e-4;
    private static final double C2 = 0.9;
    private static final int MAX_TRIALS = 60;

    private LogisticLbfgs() {
    }

    /** The fitted rows' features, read only through products. */
    interface Features {

        /** @return the number of fitted rows */
        int rows();

        /** @return the number of features */
        int columns();

        /**
         * out[r] = xᵣᵀw over the fitted rows, uncentred.
         */
        void times(double[] w, double[] out);

        /**
         * out[j] = Σᵣ v[r]·xᵣⱼ over the fitted rows, uncentred; overwrites out.
         */
        void transposeTimes(double[] v, double[] out);

        /**
         * @param sums    receives Σᵣ xᵣⱼ
         * @param squares receives Σᵣ xᵣⱼ²
         */
        void columnSums(double[] sums, double[] squares);
    }

    /** A subset of the rows of a row-major dense array. */
    record Dense(double[] data, int p, int[] rowIndex) implements Features {

        @Override
        public int rows() {
            return rowIndex.length;
        }

        @Override
        public int columns() {
            return p;
        }

        /**
         * Two rows at a time, each with its own four partial sums in the same order as one row
         * alone (so the values are the same bit for bit): eight independent additions in flight.
         */
        @Override
        public void times(double[] w, double[] out) {
            int limit = p - 3;
            int r = 0;
            for (; r + 1 < rowIndex.length; r += 2) {
                int base = rowIndex[r] * p;
                int next = rowIndex[r + 1] * p;
                double a0 = 0;
                double a1 = 0;
                double a2 = 0;
                double a3 = 0;
                double b0 = 0;
                double b1 = 0;
                double b2 = 0;
                double b3 = 0;
                int j = 0;
                for (; j < limit; j += 4) {
                    double w0 = w[j];
                    double w1 = w[j + 1];
                    double w2 = w[j + 2];
                    double w3 = w[j + 3];
                    a0 += data[base + j] * w0;
                    a1 += data[base + j + 1] * w1;
                    a2 += data[base + j + 2] * w2;
                    a3 += data[base + j + 3] * w3;
                    b0 += data[next + j] * w0;
                    b1 += data[next + j + 1] * w1;
                    b2 += data[next + j + 2] * w2;
                    b3 += data[next + j + 3] * w3;
                }
                for (; j < p; j++) {
                    a0 += data[base + j] * w[j];
                    b0 += data[next + j] * w[j];
                }
                out[r] = (a0 + a1) + (a2 + a3);
                out[r + 1] = (b0 + b1) + (b2 + b3);
            }
            for (; r < rowIndex.length; r++) {
                int base = rowIndex[r] * p;
                double a0 = 0;
                double a1 = 0;
                double a2 = 0;
                double a3 = 0;
                int j = 0;
                for (; j < limit; j += 4) {
                    a0 += data[base + j] * w[j];
                    a1 += data[base + j + 1] * w[j + 1];
                    a2 += data[base + j + 2] * w[j + 2];
                    a3 += data[base + j + 3] * w[j + 3];
                }
                for (; j < p; j++) {
                    a0 += data[base + j] * w[j];
                }
                out[r] = (a0 + a1) + (a2 + a3);
            }
        }

        /**
         * Rows are added in order; two rows with nonzero factors are added in one pass over
         * {@code out} as (out + a·x) + b·x′, the same operations in the same order as two passes.
         */
        @Override
        public void transposeTimes(double[] v, double[] out) {
            Arrays.fill(out, 0, p, 0.0);
            int r = 0;
            while (r < rowIndex.length) {
                double a = v[r];
                if (a == 0) {
                    r++;
                    continue;
                }
                int base = rowIndex[r] * p;
                int s = r + 1;
                while (s < rowIndex.length && v[s] == 0) {
                    s++;
                }
                if (s < rowIndex.length) {
                    double b = v[s];
                    int next = rowIndex[s] * p;
                    for (int j = 0; j < p; j++) {
                        out[j] = (out[j] + a * data[base + j]) + b * data[next + j];
                    }
                    r = s + 1;
                } else {
                    for (int j = 0; j < p; j++) {
                        out[j] += a * data[base + j];
                    }
                    r = s;
                }
            }
        }

        @Override
        public void columnSums(double[] sums, double[] squares) {
            Arrays.fill(sums, 0.0);
            Arrays.fill(squares, 0.0);
            for (int i : rowIndex) {
                int base = i * p;
                for (int j = 0; j < p; j++) {
                    double v = data[base + j];
                    if (!Double.isFinite(v)) {
                        throw new IllegalArgumentException("feature value at row " + i + ", column " + j + " is not finite: " + v);
                    }
                    sums[j] += v;
                    squares[j] += v * v;
                }
            }
        }
    }

    /** A subset of the rows of a CSR matrix; every product costs O(nonzeros of those rows). */
    record Sparse(CsrMatrix x, int[] rowIndex) implements Features {

        @Override
        public int rows() {
            return rowIndex.length;
        }

        @Override
        public int columns() {
            return x.columns();
        }

        @Override
        public void times(double[] w, double[] out) {
            for (int r = 0; r < rowIndex.length; r++) {
                int i = rowIndex[r];
                double t = 0;
                for (int q = x.rowStart(i), end = x.rowEnd(i); q < end; q++) {
                    t += x.valueAt(q) * w[x.columnAt(q)];
                }
                out[r] = t;
            }
        }

        @Override
        public void transposeTimes(double[] v, double[] out) {
            Arrays.fill(out, 0, x.columns(), 0.0);
            for (int r = 0; r < rowIndex.length; r++) {
                double a = v[r];
                if (a == 0) {
                    continue;
                }
                int i = rowIndex[r];
                for (int q = x.rowStart(i), end = x.rowEnd(i); q < end; q++) {
                    out[x.columnAt(q)] += a * x.valueAt(q);
                }
            }
        }

        @Override
        public void columnSums(double[] sums, double[] squares) {
            Arrays.fill(sums, 0.0);
            Arrays.fill(squares, 0.0);
            // a row may store a column twice (values add up, as in readRows): sum the squares
            // of the row's totals, not of the stored values
            double[] row = new double[x.columns()];
            int[] seen = new int[x.columns()];
            int stamp = 0;
            for (int i : rowIndex) {
                stamp++;
                int start = x.rowStart(i);
                int end = x.rowEnd(i);
                for (int q = start; q < end; q++) {
                    double v = x.valueAt(q);
                    int c = x.columnAt(q);
                    if (!Double.isFinite(v)) {
                        throw new IllegalArgumentException("feature value at row " + i + ", column " + c
                                + " is not finite: " + v);
                    }
                    row[c] = (seen[c] == stamp ? row[c] : 0) + v;
                    seen[c] = stamp;
                }
                for (int q = start; q < end; q++) {
                    int c = x.columnAt(q);
                    if (seen[c] == stamp) {
                        double v = row[c];
                        sums[c] += v;
                        squares[c] += v * v;
                        seen[c] = -stamp;
                    }
                }
            }
        }
    }

    /**
     * Minimises Σ [log(1 + e^η) − yη] + (λ/2)‖w‖² over (b, w) with centred features.
     *
     * @param features the fitted rows
     * @param y        0/1 label of each fitted row, in the order of {@code features}
     * @param l2       λ ≥ 0
     * @return the fit in the original coordinates; converged is false after
     *         {@value #MAX_ITERATIONS} iterations
     */
    static LogisticFit fit(Features features, double[] y, double l2) {
        return fit(features, y, l2, MAX_ITERATIONS);
    }

    /**
     * As {@link #fit(Features, double[], double)} with another iteration limit.
     */
    static LogisticFit fit(Features features, double[] y, double l2, int maxIterations) {
        int n = features.rows();
        int p = features.columns();
        double[] mean = new double[p];
        double[] squares = new double[p];
        features.columnSums(mean, squares);
        int positives = 0;
        for (double v : y) {
            positives += v > 0 ? 1 : 0;
        }
        double share = positives / (double) n;
        double curvature = share * (1 - share);
        int d = p + 1;
        // preconditioner M⁻¹ (index 0 is the intercept)
        double[] inverseM = new double[d];
        inverseM[0] = 1 / (curvature * n);
        for (int j = 0; j < p; j++) {
            mean[j] /= n;
            double centred = Math.max(squares[j] - n * mean[j] * mean[j], 0);
            double m = curvature * centred + l2;
            inverseM[j + 1] = m > 0 ? 1 / m : 1;
        }
        Problem problem = new Problem(features, mean, y, l2);
        double[] theta = new double[d];
        theta[0] = Math.log(share / (1 - share));
        double[] eta = new double[n];
        double[] residual = new double[n];
        double[] gradient = new double[d];
        problem.decision(theta, eta);
        double value = problem.gradient(theta, eta, residual, gradient);
        double threshold = TOLERANCE * Math.max(1, maxAbs(gradient));

        double[][] sHistory = new double[HISTORY][d];
        double[][] yHistory = new double[HISTORY][d];
        double[] rho = new double[HISTORY];
        double[] alphaBuffer = new double[HISTORY];
        int stored = 0;
        int newest = -1;
        double[] direction = new double[d];
        double[] z = new double[n];
        double[] previousGradient = new double[d];
        int iterations = 0;
        boolean converged = false;
        while (true) {
            if (maxAbs(gradient) <= threshold) {
                // confirm on decision values recomputed from scratch
                problem.decision(theta, eta);
                value = problem.gradient(theta, eta, residual, gradient);
                if (maxAbs(gradient) <= threshold) {
                    converged = true;
                    break;
                }
            }
            if (iterations >= maxIterations) {
                break;
            }
            twoLoop(gradient, inverseM, sHistory, yHistory, rho, alphaBuffer, stored, newest, direction);
            double step = lineSearch(problem, theta, eta, direction, gradient, value, z);
            if (Double.isNaN(step) && stored > 0) {
                stored = 0;
                newest = -1;
                twoLoop(gradient, inverseM, sHistory, yHistory, rho, alphaBuffer, 0, -1, direction);
                step = lineSearch(problem, theta, eta, direction, gradient, value, z);
            }
            if (Double.isNaN(step)) {
                // no decrease at working precision: recompute exactly and stop
                problem.decision(theta, eta);
                value = problem.gradient(theta, eta, residual, gradient);
                converged = maxAbs(gradient) <= threshold;
                break;
            }
            iterations++;
            for (int j = 0; j < d; j++) {
                theta[j] += step * direction[j];
            }
            for (int r = 0; r < n; r++) {
                eta[r] += step * z[r];
            }
            System.arraycopy(gradient, 0, previousGradient, 0, d);
            value = problem.gradientAfterStep(step, theta, eta, residual, gradient);
            int slot = (newest + 1) % HISTORY;
            double[] s = sHistory[slot];
            double[] yy = yHistory[slot];
            double sy = 0;
            double ss = 0;
            double yyNorm = 0;
            for (int j = 0; j < d; j++) {
                s[j] = step * direction[j];
                yy[j] = gradient[j] - previousGradient[j];
                sy += s[j] * yy[j];
                ss += s[j] * s[j];
                yyNorm += yy[j] * yy[j];
            }
            if (sy > 1e-10 * Math.sqrt(ss * yyNorm)) {
                rho[slot] = 1 / sy;
                newest = slot;
                stored = Math.min(stored + 1, HISTORY);
            }
        }
        double[] weights = Arrays.copyOfRange(theta, 1, d);
        double intercept = theta[0];
        for (int j = 0; j < p; j++) {
            intercept -= weights[j] * mean[j];
        }
        return new LogisticFit(intercept, weights, l2, iterations, maxAbs(gradient), converged);
    }

    /** direction = −H·g by the two-loop recursion with H₀ = γ·M⁻¹. */
    private static void twoLoop(double[] g, double[] inverseM, double[][] sHistory, double[][] yHistory, double[] rho,
            double[] alpha, int stored, int newest, double[] direction) {
        int d = g.length;
        double[] q = direction;
        System.arraycopy(g, 0, q, 0, d);
        for (int t = 0; t < stored; t++) {
            int slot = Math.floorMod(newest - t, HISTORY);
            double a = rho[slot] * dot(sHistory[slot], q);
            alpha[slot] = a;
            double[] yy = yHistory[slot];
            for (int j = 0; j < d; j++) {
                q[j] -= a * yy[j];
            }
        }
        double gamma = 1;
        if (stored > 0) {
            double[] yy = yHistory[newest];
            double yMy = 0;
            for (int j = 0; j < d; j++) {
                yMy += yy[j] * inverseM[j] * yy[j];
            }
            gamma = 1 / (rho[newest] * yMy);
        }
        for (int j = 0; j < d; j++) {
            q[j] *= gamma * inverseM[j];
        }
        for (int t = stored - 1; t >= 0; t--) {
            int slot = Math.floorMod(newest - t, HISTORY);
            double b = rho[slot] * dot(yHistory[slot], q);
            double[] s = sHistory[slot];
            double c = alpha[slot] - b;
            for (int j = 0; j < d; j++) {
                q[j] += c * s[j];
            }
        }
        for (int j = 0; j < d; j++) {
            q[j] = -q[j];
        }
    }

    /**
     * A step along {@code direction} meeting the strong Wolfe conditions (or their approximate
     * form near the optimum), or NaN when none was found; fills z = X_c·d.
     */
    private static double lineSearch(Problem problem, double[] theta, double[] eta, double[] direction,
            double[] gradient, double value, double[] z) {
        problem.forgetTrial();
        double slope0 = dot(gradient, direction);
        if (!(slope0 < 0)) {
            return Double.NaN;
        }
        problem.decision(direction, z);
        // the penalty along the line: (λ/2)(ww + 2α·wd + α²·dd) over the weights only
        double wd = 0;
        double dd = 0;
        double ww = 0;
        for (int j = 1; j < theta.length; j++) {
            ww += theta[j] * theta[j];
            wd += theta[j] * direction[j];
            dd += direction[j] * direction[j];
        }
        double[] at = new double[2];
        double lo = 0;
        double loSlope = slope0;
        double hi = Double.POSITIVE_INFINITY;
        double hiSlope = Double.NaN;
        double alpha = 1;
        double best = Double.NaN;
        double bestValue = value;
        double slack = 1e-12 * Math.abs(value);
        for (int trial = 0; trial < MAX_TRIALS; trial++) {
            problem.along(eta, z, alpha, ww, wd, dd, at);
            double f = at[0];
            double slope = at[1];
            boolean armijo = f <= value + C1 * alpha * slope0;
            boolean approximate = f <= value + slack && slope <= (1 - 2 * C1) * -slope0;
            if (f < bestValue) {
                best = alpha;
                bestValue = f;
            }
            if ((armijo || approximate) && Math.abs(slope) <= C2 * -slope0) {
                return alpha;
            }
            if (!(armijo || approximate) || slope >= 0) {
                hi = alpha;
                hiSlope = slope;
            } else {
                lo = alpha;
                loSlope = slope;
            }
            if (hi == Double.POSITIVE_INFINITY) {
                alpha *= 4;
                continue;
            }
            double width = hi - lo;
            double next;
            if (hiSlope > 0 && loSlope < 0) {
                next = lo - loSlope * width / (hiSlope - loSlope);
            } else {
                next = lo + 0.5 * width;
            }
            double guard = 0.1 * width;
            alpha = Math.min(Math.max(next, lo + guard), hi - guard);
            if (!(width > 1e-16 * hi)) {
                break;
            }
        }
        return best;
    }

    private static double dot(double[] a, double[] b) {
        double t = 0;
        for (int j = 0; j < a.length; j++) {
            t += a[j] * b[j];
        }
        return t;
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    /** The objective's pieces on centred features, with θ = (b, w) laid out as [b, w₀ … w_{p−1}]. */
    private static final class Problem {

        private final Features features;
        private final double[] mean;
        private final double[] y;
        private final double l2;
        private final double[] weights;
        private final double[] product;
        /** The newest line-search trial: its step, its loss without the penalty and its residuals. */
        private double trialStep = Double.NaN;
        private double trialLoss;
        private final double[] trialResidual;

        Problem(Features features, double[] mean, double[] y, double l2) {
            this.features = features;
            this.mean = mean;
            this.y = y;
            this.l2 = l2;
            this.weights = new double[mean.length];
            this.product = new double[mean.length];
            this.trialResidual = new double[y.length];
        }

        /** Forgets the newest trial (a new line search starts). */
        void forgetTrial() {
            trialStep = Double.NaN;
        }

        /** out = b + X_c·w = b + X·w − μᵀw. */
        void decision(double[] theta, double[] out) {
            System.arraycopy(theta, 1, weights, 0, weights.length);
            features.times(weights, out);
            double shift = theta[0];
            for (int j = 0; j < mean.length; j++) {
                shift -= mean[j] * weights[j];
            }
            for (int r = 0; r < out.length; r++) {
                out[r] += shift;
            }
        }

        /**
         * {@link #gradient} after the step {@code step} along the newest line search's direction:
         * when that step was the newest trial, η = η₀ + step·z is bit for bit the trial's (the same
         * expression), so the trial's loss and residuals are taken instead of evaluated again (an
         * exponential and a logarithm per row); the result is identical either way.
         */
        double gradientAfterStep(double step, double[] theta, double[] eta, double[] residual, double[] gradient) {
            if (step != trialStep) {
                return gradient(theta, eta, residual, gradient);
            }
            double sum = 0;
            for (int r = 0; r < eta.length; r++) {
                double res = trialResidual[r];
                residual[r] = res;
                sum += res;
            }
            return finish(theta, trialLoss, sum, residual, gradient);
        }

        /** Fills the residual σ(η) − y and the gradient; returns the objective. */
        double gradient(double[] theta, double[] eta, double[] residual, double[] gradient) {
            double f = 0;
            double sum = 0;
            for (int r = 0; r < eta.length; r++) {
                double e = eta[r];
                // e^(−|η|) once for both: the same values as softplus(η) and sigmoid(η), bit for bit
                double a = Math.exp(-Math.abs(e));
                f += Math.max(e, 0) + Log1p.ofUnitInterval(a) - y[r] * e;
                double res = (e >= 0 ? 1 / (1 + a) : a / (1 + a)) - y[r];
                residual[r] = res;
                sum += res;
            }
            return finish(theta, f, sum, residual, gradient);
        }

        private double finish(double[] theta, double f, double sum, double[] residual, double[] gradient) {
            features.transposeTimes(residual, product);
            gradient[0] = sum;
            double penalty = 0;
            for (int j = 0; j < mean.length; j++) {
                double w = theta[j + 1];
                gradient[j + 1] = product[j] - mean[j] * sum + l2 * w;
                penalty += w * w;
            }
            return f + 0.5 * l2 * penalty;
        }

        /** at = {φ(α), φ′(α)} along η + α·z; kept as the newest trial. */
        void along(double[] eta, double[] z, double alpha, double ww, double wd, double dd, double[] at) {
            double f = 0;
            double slope = 0;
            for (int r = 0; r < eta.length; r++) {
                double e = eta[r] + alpha * z[r];
                double a = Math.exp(-Math.abs(e));
                f += Math.max(e, 0) + Log1p.ofUnitInterval(a) - y[r] * e;
                double res = (e >= 0 ? 1 / (1 + a) : a / (1 + a)) - y[r];
                trialResidual[r] = res;
                slope += res * z[r];
            }
            trialStep = alpha;
            trialLoss = f;
            at[0] = f + 0.5 * l2 * (ww + alpha * (2 * wd + alpha * dd));
            at[1] = slope + l2 * (wd + alpha * dd);
        }
    }
}
