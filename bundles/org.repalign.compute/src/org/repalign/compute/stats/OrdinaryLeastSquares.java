package org.repalign.compute.stats;

import org.repalign.compute.linalg.Cholesky;

/**
 * Ordinary least squares with an intercept, with the classical (homoscedastic) standard errors
 * of every coefficient: σ̂² = RSS/(n − p − 1), Var(b) = σ̂²·(XcᵀXc)⁻¹ and
 * Var(a) = σ̂²·(1/n + x̄ᵀ(XcᵀXc)⁻¹x̄), with Xc the column-centred design. The normal equations
 * are solved on centred data (Cholesky), which is what the noise experiment of the paper
 * (alignment = a + b·f^(−1/2) per model pair) needs.
 */
public final class OrdinaryLeastSquares {

    private static final double PIVOT_TOLERANCE = 1e-12;

    private OrdinaryLeastSquares() {
    }

    /**
     * Fits y = a + b·x.
     *
     * @param x regressor values
     * @param y responses, same length
     * @return the fit
     * @throws IllegalArgumentException when the lengths differ, n &lt; 3, a value is not finite,
     *         or x is constant
     */
    public static SimpleLinearFit fit(double[] x, double[] y) {
        checkPair(x, y, "x");
        int n = x.length;
        if (n < 3) {
            throw new IllegalArgumentException("OLS needs n ≥ 3 points for standard errors, got n = " + n);
        }
        double meanX = mean(x);
        double meanY = mean(y);
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        if (sxx == 0 || isConstant(x)) {
            throw new IllegalArgumentException("x has zero variance; the slope is undefined");
        }
        double slope = sxy / sxx;
        double intercept = meanY - slope * meanX;
        double rss = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - intercept - slope * x[i];
            rss += r * r;
        }
        double sigma2 = rss / (n - 2);
        double rSquared = syy == 0 ? Double.NaN : 1 - rss / syy;
        return new SimpleLinearFit(intercept, slope, rSquared, Math.sqrt(sigma2 * (1.0 / n + meanX * meanX / sxx)),
                Math.sqrt(sigma2 / sxx), sigma2, n);
    }

    /**
     * Fits y = a + Σⱼ bⱼ·xⱼ.
     *
     * @param features n rows of p feature values each
     * @param y        n responses
     * @return the fit
     * @throws IllegalArgumentException when shapes disagree, n &lt; p + 2, a value is not finite,
     *         or the centred features are collinear (including a constant feature)
     */
    public static MultipleLinearFit fit(double[][] features, double[] y) {
        int n = features.length;
        int p = checkDesign(features, y);
        if (n < p + 2) {
            throw new IllegalArgumentException("OLS with " + p + " features needs n ≥ " + (p + 2)
                    + " observations for standard errors, got n = " + n);
        }
        double[] means = columnMeans(features, p);
        double meanY = mean(y);
        double[][] gram = new double[p][p];
        double[] xty = new double[p];
        double syy = 0;
        double[] centred = new double[p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                centred[j] = features[i][j] - means[j];
            }
            double dy = y[i] - meanY;
            syy += dy * dy;
            for (int j = 0; j < p; j++) {
                xty[j] += centred[j] * dy;
                for (int k = 0; k <= j; k++) {
                    gram[j][k] += centred[j] * centred[k];
                }
            }
        }
        symmetrise(gram);
        Cholesky cholesky;
        try {
            cholesky = Cholesky.factor(gram, PIVOT_TOLERANCE);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("features are constant or collinear; the coefficients are not identified", e);
        }
        double[] b = cholesky.solve(xty);
        double intercept = meanY;
        for (int j = 0; j < p; j++) {
            intercept -= b[j] * means[j];
        }
        double rss = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - intercept;
            for (int j = 0; j < p; j++) {
                r -= b[j] * features[i][j];
            }
            rss += r * r;
        }
        double sigma2 = rss / (n - p - 1);
        double[] inverseDiagonal = cholesky.inverseDiagonal();
        double[] se = new double[p];
        for (int j = 0; j < p; j++) {
            se[j] = Math.sqrt(sigma2 * inverseDiagonal[j]);
        }
        double interceptSe = Math.sqrt(sigma2 * (1.0 / n + cholesky.inverseQuadraticForm(means)));
        double rSquared = syy == 0 ? Double.NaN : 1 - rss / syy;
        return new MultipleLinearFit(intercept, b, rSquared, interceptSe, se, sigma2, n);
    }

    static void checkPair(double[] x, double[] y, String xName) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(xName + " has " + x.length + " values but y has " + y.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("point " + i + " is not finite: (" + x[i] + ", " + y[i] + ")");
            }
        }
    }

    static int checkDesign(double[][] features, double[] y) {
        int n = features.length;
        if (y.length != n) {
            throw new IllegalArgumentException("features has " + n + " rows but y has " + y.length + " values");
        }
        if (n == 0) {
            throw new IllegalArgumentException("no observations");
        }
        int p = features[0].length;
        if (p == 0) {
            throw new IllegalArgumentException("features has no columns");
        }
        for (int i = 0; i < n; i++) {
            if (features[i].length != p) {
                throw new IllegalArgumentException("features row " + i + " has " + features[i].length + " values, row 0 has " + p);
            }
            for (int j = 0; j < p; j++) {
                if (!Double.isFinite(features[i][j])) {
                    throw new IllegalArgumentException("features[" + i + "][" + j + "] is not finite: " + features[i][j]);
                }
            }
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("y[" + i + "] is not finite: " + y[i]);
            }
        }
        return p;
    }

    static double mean(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s / values.length;
    }

    static double[] columnMeans(double[][] features, int p) {
        double[] means = new double[p];
        for (double[] row : features) {
            for (int j = 0; j < p; j++) {
                means[j] += row[j];
            }
        }
        for (int j = 0; j < p; j++) {
            means[j] /= features.length;
        }
        return means;
    }

    static void symmetrise(double[][] lowerFilled) {
        for (int j = 0; j < lowerFilled.length; j++) {
            for (int k = 0; k < j; k++) {
                lowerFilled[k][j] = lowerFilled[j][k];
            }
        }
    }

    private static boolean isConstant(double[] x) {
        for (double v : x) {
            if (v != x[0]) {
                return false;
            }
        }
        return true;
    }
}
