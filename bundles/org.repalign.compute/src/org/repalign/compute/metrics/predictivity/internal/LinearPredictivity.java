package org.repalign.compute.metrics.predictivity.internal;

import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.linalg.DenseLinalg;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.kernel.internal.DenseRows;

/**
 * The pooled out-of-fold R² of a ridge regression with intercept from X (n × d1) to Y (n × d2).
 * Row i belongs to fold i mod F. For each fold, with the training rows' means x̄, ȳ and centred
 * training rows X̃, Ỹ, the penalty is α = λ·tr(X̃ᵀX̃)/d1 and
 *
 * <pre>
 *   W = (X̃ᵀX̃ + αI)⁻¹ X̃ᵀỸ = X̃ᵀ(X̃X̃ᵀ + αI)⁻¹Ỹ,      Ŷ = (X_test − 1x̄ᵀ)·W + 1ȳᵀ
 * </pre>
 *
 * (the d1 × d1 form when d1 ≤ training rows, else the equal kernel form, so the system solved has
 * order min(d1, training rows)). When the training rows of X are constant (α = 0), W = 0 and the
 * prediction is ȳ. Then R² = 1 − Σ‖Y − Ŷ‖²/Σ‖Y − Ȳ‖² over all rows and columns, Ȳ the mean of
 * all rows; NaN when Y is constant.
 */
public final class LinearPredictivity {

    private LinearPredictivity() {
    }

    /**
     * @param x       predictors, n × d1
     * @param y       targets, n × d2, rows paired
     * @param lambda  the relative ridge penalty, &gt; 0
     * @param folds   the number of folds, 2 ≤ folds ≤ n
     * @param context the per-pair cache and cancellation
     * @return the pooled out-of-fold R², NaN when Y is constant
     */
    public static double r2(RowMatrix x, RowMatrix y, double lambda, int folds, MetricContext context) {
        int n = x.rows();
        int d1 = x.columns();
        int d2 = y.columns();
        double[] xs = DenseRows.of(x, context);
        double[] ys = DenseRows.of(y, context);
        double[] predicted = new double[n * d2];
        for (int fold = 0; fold < folds; fold++) {
            context.checkCanceled();
            predictFold(xs, ys, n, d1, d2, lambda, folds, fold, predicted);
        }
        double[] mean = DenseLinalg.columnMeans(ys, n, d2);
        double residual = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d2; j++) {
                double value = ys[i * d2 + j];
                double error = value - predicted[i * d2 + j];
                double deviation = value - mean[j];
                residual += error * error;
                total += deviation * deviation;
            }
        }
        return total > 0 ? 1 - residual / total : Double.NaN;
    }

    private static void predictFold(double[] xs, double[] ys, int n, int d1, int d2, double lambda, int folds, int fold,
            double[] predicted) {
        int test = (n - fold + folds - 1) / folds;
        int train = n - test;
        double[] xTrain = new double[train * d1];
        double[] yTrain = new double[train * d2];
        double[] xTest = new double[test * d1];
        int[] testRows = new int[test];
        for (int i = 0, t = 0, v = 0; i < n; i++) {
            if (i % folds == fold) {
                System.arraycopy(xs, i * d1, xTest, v * d1, d1);
                testRows[v++] = i;
            } else {
                System.arraycopy(xs, i * d1, xTrain, t * d1, d1);
                System.arraycopy(ys, i * d2, yTrain, t * d2, d2);
                t++;
            }
        }
        double[] xMean = centre(xTrain, train, d1);
        double[] yMean = centre(yTrain, train, d2);
        for (int v = 0; v < test; v++) {
            for (int j = 0; j < d1; j++) {
                xTest[v * d1 + j] -= xMean[j];
            }
        }
        double trace = 0;
        for (double value : xTrain) {
            trace += value * value;
        }
        double[] fit;
        if (trace == 0) {
            fit = new double[test * d2];
        } else {
            double alpha = lambda * trace / d1;
            if (d1 <= train) {
                double[] system = DenseLinalg.gram(xTrain, train, d1, false);
                addToDiagonal(system, d1, alpha);
                double[] rhs = DenseLinalg.multiply(xTrain, train, d1, true, yTrain, train, d2, false);
                double[] weights = RidgeSolve.solve(system, d1, rhs, d2);
                fit = DenseLinalg.multiply(xTest, test, d1, false, weights, d1, d2, false);
            } else {
                double[] system = DenseLinalg.gram(xTrain, train, d1, true);
                addToDiagonal(system, train, alpha);
                double[] dual = RidgeSolve.solve(system, train, yTrain, d2);
                double[] kernel = DenseLinalg.multiply(xTest, test, d1, false, xTrain, train, d1, true);
                fit = DenseLinalg.multiply(kernel, test, train, false, dual, train, d2, false);
            }
        }
        for (int v = 0; v < test; v++) {
            int row = testRows[v];
            for (int j = 0; j < d2; j++) {
                predicted[row * d2 + j] = fit[v * d2 + j] + yMean[j];
            }
        }
    }

    /** Centres the columns in place; returns the means. */
    private static double[] centre(double[] values, int rows, int columns) {
        double[] means = DenseLinalg.columnMeans(values, rows, columns);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                values[i * columns + j] -= means[j];
            }
        }
        return means;
    }

    private static void addToDiagonal(double[] matrix, int order, double value) {
        for (int i = 0; i < order; i++) {
            matrix[i * order + i] += value;
        }
    }
}
