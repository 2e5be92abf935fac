package org.repalign.compute.metrics.kernel.internal;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.repalign.compute.runtime.Nd4jRuntime;

/**
 * The few dense float64 operations the kernel metrics need, on row-major {@code double[]}
 * matrices, done by ND4J (BLAS GEMM, LAPACK {@code dsyev} and {@code dgesvd}).
 */
public final class DenseLinalg {

    private DenseLinalg() {
    }

    /**
     * C = op(A) · op(B).
     *
     * @param a          row-major A, {@code aRows × aColumns}
     * @param aRows      rows of A as stored
     * @param aColumns   columns of A as stored
     * @param transposeA whether op(A) = Aᵀ
     * @param b          row-major B, {@code bRows × bColumns}
     * @param bRows      rows of B as stored
     * @param bColumns   columns of B as stored
     * @param transposeB whether op(B) = Bᵀ
     * @return C, row-major
     */
    public static double[] multiply(double[] a, int aRows, int aColumns, boolean transposeA, double[] b, int bRows,
            int bColumns, boolean transposeB) {
        int m = transposeA ? aColumns : aRows;
        int inner = transposeA ? aRows : aColumns;
        int p = transposeB ? bRows : bColumns;
        if (inner != (transposeB ? bColumns : bRows)) {
            throw new IllegalArgumentException("inner dimensions differ");
        }
        if (m == 0 || p == 0) {
            return new double[m * p];
        }
        if (inner == 0) {
            return new double[m * p];
        }
        Nd4jRuntime.ensureInitialized();
        try (INDArray left = Nd4j.create(a, new long[] { aRows, aColumns }, DataType.DOUBLE);
                INDArray right = Nd4j.create(b, new long[] { bRows, bColumns }, DataType.DOUBLE);
                INDArray product = Nd4j.gemm(left, right, transposeA, transposeB);
                INDArray rowMajor = product.dup('c')) {
            return rowMajor.data().asDouble();
        }
    }

    /**
     * Eigendecomposition of a symmetric matrix by LAPACK {@code dsyev} (exact, float64).
     *
     * @param a row-major symmetric n × n matrix (not modified)
     * @param n its order
     * @return eigenvalues ascending and the eigenvectors as columns
     */
    public static SymmetricEigen symmetricEigen(double[] a, int n) {
        Nd4jRuntime.ensureInitialized();
        try (INDArray matrix = Nd4j.create(a, new long[] { n, n }, DataType.DOUBLE).dup('f');
                INDArray values = Nd4j.create(DataType.DOUBLE, n)) {
            int info = Nd4j.getBlasWrapper().lapack().syev('V', 'U', matrix, values);
            if (info != 0) {
                throw new ArithmeticException("LAPACK dsyev did not converge (info " + info + ") on a " + n + " x " + n
                        + " matrix");
            }
            try (INDArray rowMajor = matrix.dup('c')) {
                return new SymmetricEigen(n, values.data().asDouble(), rowMajor.data().asDouble());
            }
        }
    }

    /**
     * Singular values of a small dense matrix by LAPACK {@code dgesvd}.
     *
     * @param a       row-major matrix (not modified)
     * @param rows    rows
     * @param columns columns
     * @return the min(rows, columns) singular values, descending
     */
    public static double[] singularValues(double[] a, int rows, int columns) {
        if (rows == 0 || columns == 0) {
            return new double[0];
        }
        Nd4jRuntime.ensureInitialized();
        try (INDArray matrix = Nd4j.create(a, new long[] { rows, columns }, DataType.DOUBLE).dup('f');
                INDArray values = Nd4j.create(DataType.DOUBLE, Math.min(rows, columns))) {
            Nd4j.getBlasWrapper().lapack().gesvd(matrix, values, null, null);
            return values.data().asDouble();
        }
    }

    /**
     * Eigenpairs of a symmetric matrix.
     *
     * @param order   n
     * @param values  eigenvalues ascending
     * @param vectors row-major n × n; column j is the eigenvector of {@code values[j]}
     */
    public record SymmetricEigen(int order, double[] values, double[] vectors) {
    }
}
