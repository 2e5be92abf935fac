package org.repalign.compute.linalg;

import static org.bytedeco.openblas.global.openblas.LAPACKE_dgesdd;
import static org.bytedeco.openblas.global.openblas.LAPACK_ROW_MAJOR;

import org.repalign.compute.runtime.Nd4jRuntime;

/**
 * The thin singular value decomposition A = U·diag(σ)·Vᵀ of an m × n matrix with
 * k = min(m, n), by LAPACK {@code dgesdd} (divide and conquer, float64, exact in the sense of
 * {@link DenseLinalg}): U is m × k and V is n × k with orthonormal columns, σ descending and
 * non-negative. Singular vectors are determined up to sign (and up to rotation within a repeated
 * singular value).
 *
 * @param rows           m
 * @param columns        n
 * @param u              U, row-major m × k
 * @param singularValues σ, descending, length k
 * @param vt             Vᵀ, row-major k × n
 */
public record ThinSvd(int rows, int columns, double[] u, double[] singularValues, double[] vt) {

    /**
     * Decomposes a row-major matrix.
     *
     * @param a       row-major m × n matrix (not modified)
     * @param rows    m
     * @param columns n
     * @return U, σ and Vᵀ
     * @throws IllegalArgumentException when {@code a} does not hold rows × columns values
     * @throws ArithmeticException      when LAPACK reports a failure
     */
    public static ThinSvd of(double[] a, int rows, int columns) {
        if (rows < 0 || columns < 0 || a.length != (long) rows * columns) {
            throw new IllegalArgumentException("a " + rows + " x " + columns + " matrix cannot hold " + a.length
                    + " values");
        }
        int k = Math.min(rows, columns);
        if (k == 0) {
            return new ThinSvd(rows, columns, new double[0], new double[0], new double[0]);
        }
        Nd4jRuntime.ensureInitialized();
        double[] work = a.clone();
        double[] values = new double[k];
        double[] u = new double[Math.multiplyExact(rows, k)];
        double[] vt = new double[Math.multiplyExact(k, columns)];
        int info = LAPACKE_dgesdd(LAPACK_ROW_MAJOR, (byte) 'S', rows, columns, work, columns, values, u, k, vt,
                columns);
        if (info != 0) {
            throw new ArithmeticException("LAPACK dgesdd failed (info " + info + ") on a " + rows + " x " + columns
                    + " matrix");
        }
        return new ThinSvd(rows, columns, u, values, vt);
    }

    /** @return k = min(m, n), the number of singular triplets */
    public int k() {
        return Math.min(rows, columns);
    }
}
