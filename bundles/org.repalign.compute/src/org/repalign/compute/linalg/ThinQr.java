package org.repalign.compute.linalg;

/**
 * The thin QR decomposition A = Q·R of an m × n matrix with k = min(m, n), as computed by
 * {@link DenseLinalg#thinQr}: Q is m × k with orthonormal columns (QᵀQ = I), R is k × n upper
 * triangular (upper trapezoidal when m &lt; n) with a non-negative diagonal.
 *
 * @param rows    m
 * @param columns n
 * @param q       Q, row-major m × k
 * @param r       R, row-major k × n
 */
public record ThinQr(int rows, int columns, double[] q, double[] r) {

    /** @return k = min(m, n), the columns of Q and the rows of R */
    public int k() {
        return Math.min(rows, columns);
    }
}
