package org.repalign.compute.metrics.predictivity.internal;

import static org.bytedeco.openblas.global.openblas.LAPACKE_dposv;
import static org.bytedeco.openblas.global.openblas.LAPACK_ROW_MAJOR;

import org.repalign.compute.runtime.Nd4jRuntime;

/**
 * Solves the symmetric positive-definite system A·X = B of a ridge regression (A = G + αI with
 * α &gt; 0) by LAPACK {@code dposv} (Cholesky factorisation and triangular solves, float64; the
 * library {@link org.repalign.compute.linalg.DenseLinalg} calls for its decompositions).
 */
final class RidgeSolve {

    private RidgeSolve() {
    }

    /**
     * @param a     row-major p × p, symmetric positive definite (not modified)
     * @param p     its order
     * @param b     row-major p × m right-hand sides (not modified)
     * @param m     their number
     * @return X = A⁻¹B, row-major p × m
     * @throws ArithmeticException when A is not numerically positive definite
     */
    static double[] solve(double[] a, int p, double[] b, int m) {
        if (p == 0 || m == 0) {
            return new double[p * m];
        }
        Nd4jRuntime.ensureInitialized();
        double[] factor = a.clone();
        double[] solution = b.clone();
        int info = LAPACKE_dposv(LAPACK_ROW_MAJOR, (byte) 'U', p, m, factor, p, solution, m);
        if (info != 0) {
            throw new ArithmeticException("LAPACK dposv failed (info " + info + ") on a " + p + " x " + p
                    + " ridge system");
        }
        return solution;
    }
}
