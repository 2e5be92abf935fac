package org.repalign.compute.stats;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.repalign.compute.linalg.Cholesky;

/**
 * Ridge regression (Hoerl and Kennard 1970, "Ridge regression: biased estimation for
 * nonorthogonal problems", Technometrics 12:55–67) with the penalty chosen by k-fold
 * cross-validation.
 *
 * <p><b>Standardisation.</b> As in the paper's meta-analysis, each feature column is centred and
 * divided by its L2 norm (after centring) before the penalty is applied; the fit minimises
 * ‖yc − Zβ‖² + λ‖β‖², with yc the centred response when an intercept is fitted and the raw
 * response otherwise. Means and norms are taken from the rows being fitted: inside
 * cross-validation, from the training folds only, so that nothing of a held-out fold leaks into
 * its prediction. A feature that is constant on the rows being fitted gets β = 0. Coefficients
 * are reported on both scales ({@link RidgeFit}).
 *
 * <p><b>Intercept.</b> With {@code fitIntercept = true} (recommended) the intercept is the
 * training mean of y minus Σ bⱼ·x̄ⱼ. With {@code false} the response is not centred, which is
 * what the paper's code ({@code fit_intercept=False}) does; the original-scale intercept is then
 * −Σ bⱼ·x̄ⱼ, the constant that undoes the feature centring.
 *
 * <p><b>Cross-validation.</b> Rows are assigned to folds by a seeded permutation: {@code perm}
 * = {@link Shuffles#permutation}(n, new {@link SplitMix64}(seed)), and the row
 * {@code perm[i]} goes to fold {@code i mod k}. The error of a λ is the pooled mean squared error
 * over all held-out predictions. The chosen λ has the smallest error; on an exact tie the larger
 * λ wins. The returned coefficients are refitted on all rows with the chosen λ.
 */
public final class RidgeRegression {

    private static final double PIVOT_TOLERANCE = 1e-14;

    private RidgeRegression() {
    }

    /**
     * Fits ridge regression with a fixed penalty.
     *
     * @param features     n rows of p feature values
     * @param y            n responses
     * @param lambda       penalty ≥ 0 (0 gives ordinary least squares when the features are not
     *                     collinear)
     * @param fitIntercept whether to centre y and fit an intercept
     * @return the fit; its cross-validation error is NaN
     * @throws IllegalArgumentException for inconsistent shapes, non-finite values, a negative
     *         λ, or a singular system at λ = 0
     */
    public static RidgeFit fit(double[][] features, double[] y, double lambda, boolean fitIntercept) {
        OrdinaryLeastSquares.checkDesign(features, y);
        checkLambda(lambda, "lambda");
        Model model = StandardizedSystem.of(features, y, allRows(features.length), fitIntercept).solve(lambda);
        return model.toFit(new double[] {lambda}, new double[] {Double.NaN});
    }

    /**
     * Chooses λ from a grid by k-fold cross-validation and refits on all rows.
     *
     * @param features     n rows of p feature values
     * @param y            n responses
     * @param lambdas      the grid, each ≥ 0, at least one entry
     * @param folds        k, in [2, n]
     * @param seed         seed of the fold assignment
     * @param fitIntercept whether to centre y and fit an intercept
     * @return the refitted model with the chosen λ and the CV error of every grid entry
     * @throws IllegalArgumentException for inconsistent shapes, non-finite values, a bad grid,
     *         or folds outside [2, n]
     */
    public static RidgeFit crossValidated(double[][] features, double[] y, double[] lambdas, int folds, long seed,
            boolean fitIntercept) {
        OrdinaryLeastSquares.checkDesign(features, y);
        int n = features.length;
        checkGrid(lambdas);
        if (folds < 2 || folds > n) {
            throw new IllegalArgumentException("folds must be in [2, n = " + n + "], got " + folds);
        }
        int[] fold = foldAssignment(n, folds, seed);
        double[] errors = new double[lambdas.length];
        for (int f = 0; f < folds; f++) {
            int[] train = rowsWhere(fold, f, false);
            int[] test = rowsWhere(fold, f, true);
            StandardizedSystem system = StandardizedSystem.of(features, y, train, fitIntercept);
            for (int l = 0; l < lambdas.length; l++) {
                Model model = system.solve(lambdas[l]);
                for (int i : test) {
                    double r = y[i] - model.predict(features[i]);
                    errors[l] += r * r;
                }
            }
        }
        for (int l = 0; l < lambdas.length; l++) {
            errors[l] /= n;
        }
        int best = bestIndex(errors, lambdas);
        return StandardizedSystem.of(features, y, allRows(n), fitIntercept).solve(lambdas[best]).toFit(lambdas, errors);
    }

    /**
     * Chooses λ from a grid by leave-one-model-out cross-validation on rows that are model
     * pairs, and refits on all rows (the meta-analysis of research notes E4, where each row is an
     * unordered pair (a, b) of distinct models).
     *
     * <p><b>Folds.</b> For each model M that occurs in some pair, the model is fitted on the rows
     * not involving M (neither first nor second model is M) and predicts the rows involving M.
     * Every row is therefore predicted twice, once without its first and once without its
     * second model; both predictions count. The error of a λ is the mean of the 2n squared
     * held-out residuals, and the cross-validated R² is
     * 1 − Σ(held-out residual²) / (2·Σᵢ(yᵢ − ȳ)²), with ȳ the mean of all n responses (the
     * pooled out-of-fold R², as {@code sklearn.metrics.r2_score} on the stacked predictions);
     * it is NaN when y is constant. Feature standardisation (centring, unit L2 norm) is
     * computed from each training set, as in {@link #crossValidated}: a feature that is constant
     * on a training set (for example a modality one-hot when M is the only model of its kind)
     * gets β = 0 in that fold. The chosen λ has the smallest error; on an exact tie the larger λ
     * wins.
     *
     * @param features     n rows (pairs) of p feature values
     * @param y            n responses
     * @param lambdas      the grid, each ≥ 0, at least one entry
     * @param firstModel   first model of each row, in [0, modelCount)
     * @param secondModel  second model of each row, in [0, modelCount), different from the first
     * @param modelCount   number of models
     * @param fitIntercept whether to centre y and fit an intercept
     * @return the refit with the chosen λ, the CV error and R² of every grid entry, and the
     *         held-out predictions at the chosen λ
     * @throws IllegalArgumentException for inconsistent shapes, non-finite values, a bad grid, a
     *         model index out of range, a row pairing a model with itself, or a model that occurs
     *         in every row (nothing left to train on)
     */
    public static LeaveOneModelOutFit crossValidatedByModel(double[][] features, double[] y, double[] lambdas,
            int[] firstModel, int[] secondModel, int modelCount, boolean fitIntercept) {
        OrdinaryLeastSquares.checkDesign(features, y);
        int n = features.length;
        checkGrid(lambdas);
        if (firstModel.length != n || secondModel.length != n) {
            throw new IllegalArgumentException("firstModel and secondModel must have one entry per row (" + n
                    + "), got " + firstModel.length + " and " + secondModel.length);
        }
        if (modelCount < 1) {
            throw new IllegalArgumentException("modelCount must be ≥ 1, got " + modelCount);
        }
        for (int i = 0; i < n; i++) {
            if (firstModel[i] < 0 || firstModel[i] >= modelCount) {
                throw new IllegalArgumentException("firstModel[" + i + "] = " + firstModel[i] + " is outside [0, "
                        + modelCount + ")");
            }
            if (secondModel[i] < 0 || secondModel[i] >= modelCount) {
                throw new IllegalArgumentException("secondModel[" + i + "] = " + secondModel[i] + " is outside [0, "
                        + modelCount + ")");
            }
            if (firstModel[i] == secondModel[i]) {
                throw new IllegalArgumentException("row " + i + " pairs model " + firstModel[i] + " with itself");
            }
        }
        double[][] withoutFirst = new double[lambdas.length][n];
        double[][] withoutSecond = new double[lambdas.length][n];
        for (int m = 0; m < modelCount; m++) {
            final int model = m;
            int[] test = IntStream.range(0, n).filter(i -> firstModel[i] == model || secondModel[i] == model).toArray();
            if (test.length == 0) {
                continue;
            }
            int[] train = IntStream.range(0, n).filter(i -> firstModel[i] != model && secondModel[i] != model).toArray();
            if (train.length == 0) {
                throw new IllegalArgumentException("model " + m + " occurs in every row; leaving it out leaves no rows to fit");
            }
            StandardizedSystem system = StandardizedSystem.of(features, y, train, fitIntercept);
            for (int l = 0; l < lambdas.length; l++) {
                Model fitted = system.solve(lambdas[l]);
                for (int i : test) {
                    double prediction = fitted.predict(features[i]);
                    if (firstModel[i] == model) {
                        withoutFirst[l][i] = prediction;
                    } else {
                        withoutSecond[l][i] = prediction;
                    }
                }
            }
        }
        double meanY = OrdinaryLeastSquares.mean(y);
        double ssTotal = 0;
        for (double v : y) {
            ssTotal += (v - meanY) * (v - meanY);
        }
        double[] errors = new double[lambdas.length];
        double[] rSquared = new double[lambdas.length];
        for (int l = 0; l < lambdas.length; l++) {
            double ssResidual = 0;
            for (int i = 0; i < n; i++) {
                double r1 = y[i] - withoutFirst[l][i];
                double r2 = y[i] - withoutSecond[l][i];
                ssResidual += r1 * r1 + r2 * r2;
            }
            errors[l] = ssResidual / (2.0 * n);
            rSquared[l] = ssTotal == 0 ? Double.NaN : 1 - ssResidual / (2 * ssTotal);
        }
        int best = bestIndex(errors, lambdas);
        RidgeFit fit = StandardizedSystem.of(features, y, allRows(n), fitIntercept).solve(lambdas[best])
                .toFit(lambdas, errors);
        return new LeaveOneModelOutFit(fit, rSquared, withoutFirst[best], withoutSecond[best]);
    }

    /**
     * The fold of every row, as described in the class comment.
     *
     * @param n     number of rows
     * @param folds number of folds
     * @param seed  seed
     * @return fold index per row
     */
    public static int[] foldAssignment(int n, int folds, long seed) {
        int[] permutation = Shuffles.permutation(n, new SplitMix64(seed));
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) {
            fold[permutation[i]] = i % folds;
        }
        return fold;
    }

    private static int[] rowsWhere(int[] fold, int f, boolean equal) {
        return IntStream.range(0, fold.length).filter(i -> (fold[i] == f) == equal).toArray();
    }

    private static void checkGrid(double[] lambdas) {
        if (lambdas.length == 0) {
            throw new IllegalArgumentException("lambdas must not be empty");
        }
        for (int l = 0; l < lambdas.length; l++) {
            checkLambda(lambdas[l], "lambdas[" + l + "]");
        }
    }

    /** The grid entry with the smallest error; on an exact tie the larger λ. */
    private static int bestIndex(double[] errors, double[] lambdas) {
        int best = 0;
        for (int l = 1; l < lambdas.length; l++) {
            if (errors[l] < errors[best] || (errors[l] == errors[best] && lambdas[l] > lambdas[best])) {
                best = l;
            }
        }
        return best;
    }

    private static int[] allRows(int n) {
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        return all;
    }

    private static void checkLambda(double lambda, String name) {
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException(name + " must be a finite number ≥ 0, got " + lambda);
        }
    }

    /**
     * The standardised normal equations of a subset of rows (features centred and scaled to unit
     * L2 norm on those rows, y centred when an intercept is fitted), built once and solved for
     * any λ.
     */
    private record StandardizedSystem(double[][] gram, double[] rhs, double[] means, double[] norms, double centreY) {

        static StandardizedSystem of(double[][] features, double[] y, int[] rows, boolean fitIntercept) {
            int p = features[0].length;
            int n = rows.length;
            double[] means = new double[p];
            double meanY = 0;
            for (int i : rows) {
                for (int j = 0; j < p; j++) {
                    means[j] += features[i][j];
                }
                meanY += y[i];
            }
            for (int j = 0; j < p; j++) {
                means[j] /= n;
            }
            meanY /= n;
            double[] norms = new double[p];
            for (int i : rows) {
                for (int j = 0; j < p; j++) {
                    double d = features[i][j] - means[j];
                    norms[j] += d * d;
                }
            }
            for (int j = 0; j < p; j++) {
                norms[j] = Math.sqrt(norms[j]);
            }
            double centreY = fitIntercept ? meanY : 0;
            double[][] system = new double[p][p];
            double[] rhs = new double[p];
            double[] z = new double[p];
            for (int i : rows) {
                for (int j = 0; j < p; j++) {
                    z[j] = norms[j] == 0 ? 0 : (features[i][j] - means[j]) / norms[j];
                }
                double target = y[i] - centreY;
                for (int j = 0; j < p; j++) {
                    rhs[j] += z[j] * target;
                    for (int k = 0; k <= j; k++) {
                        system[j][k] += z[j] * z[k];
                    }
                }
            }
            OrdinaryLeastSquares.symmetrise(system);
            return new StandardizedSystem(system, rhs, means, norms, centreY);
        }

        /**
         * @param lambda the penalty
         * @return the ridge model; a constant feature gets coefficient 0
         */
        Model solve(double lambda) {
            int p = rhs.length;
            double[][] system = new double[p][];
            for (int j = 0; j < p; j++) {
                system[j] = gram[j].clone();
                system[j][j] += norms[j] == 0 ? 1 : lambda;
            }
            double[] beta;
            try {
                beta = Cholesky.factor(system, PIVOT_TOLERANCE).solve(rhs);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("ridge system with lambda = " + lambda
                        + " is singular (collinear features); use lambda > 0", e);
            }
            double[] b = new double[p];
            double intercept = centreY;
            for (int j = 0; j < p; j++) {
                b[j] = norms[j] == 0 ? 0 : beta[j] / norms[j];
                intercept -= b[j] * means[j];
            }
            return new Model(intercept, b, beta, lambda);
        }
    }

    /** One fitted model on a subset of rows. */
    private record Model(double intercept, double[] coefficients, double[] standardized, double lambda) {

        double predict(double[] x) {
            double value = intercept;
            for (int j = 0; j < coefficients.length; j++) {
                value += coefficients[j] * x[j];
            }
            return value;
        }

        RidgeFit toFit(double[] lambdas, double[] errors) {
            return new RidgeFit(intercept, coefficients, standardized, lambda, lambdas, errors);
        }
    }
}
