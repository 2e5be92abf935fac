package org.repalign.compute.linalg;

import static org.bytedeco.openblas.global.openblas.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas.CblasTrans;
import static org.bytedeco.openblas.global.openblas.CblasUpper;
import static org.bytedeco.openblas.global.openblas.LAPACK_COL_MAJOR;
import static org.bytedeco.openblas.global.openblas.LAPACK_ROW_MAJOR;
import static org.bytedeco.openblas.global.openblas.LAPACKE_dgeqrf;
import static org.bytedeco.openblas.global.openblas.LAPACKE_dgesdd;
import static org.bytedeco.openblas.global.openblas.LAPACKE_dorgqr;
import static org.bytedeco.openblas.global.openblas.LAPACKE_dormtr;
import static org.bytedeco.openblas.global.openblas.LAPACKE_dstemr;
import static org.bytedeco.openblas.global.openblas.LAPACKE_dsyevd;
import static org.bytedeco.openblas.global.openblas.LAPACKE_dsytrd;
import static org.bytedeco.openblas.global.openblas.cblas_dgemm;
import static org.bytedeco.openblas.global.openblas.cblas_dsyrk;

import org.bytedeco.javacpp.DoublePointer;
import org.repalign.compute.runtime.Nd4jRuntime;

/**
 * Dense float64 linear algebra on row-major {@code double[]} matrices (element (i, j) of an
 * r × c matrix at {@code i * c + j}, the layout of {@link org.repalign.compute.data.DenseMatrix}
 * and of {@link org.repalign.compute.data.RowMatrix#readRows}), done by the OpenBLAS library that
 * ND4J itself uses, called directly on the arrays (no INDArray copies, no layout conversions):
 * BLAS {@code dgemm} (general products, AᵀB and ABᵀ included) and {@code dsyrk} (Gram matrices),
 * LAPACK {@code dsyevd} (all eigenpairs of a symmetric matrix, divide and conquer),
 * {@code dsytrd}/{@code dstemr}/{@code dormtr} (selected eigenpairs), {@code dgesdd} (singular values) and
 * {@code dgeqrf}/{@code dorgqr} (thin QR). Every routine is exact in the sense of a direct float64
 * LAPACK decomposition; nothing is randomized or iterated to a user tolerance. The Cholesky
 * factorisation of the small normal equations RepAlign solves is {@link Cholesky}.
 *
 * <p>The kernel and CCA metrics, the probes and plug-ins share these routines, so a metric value
 * does not depend on which component asked for a product or a decomposition. Inputs are not
 * modified (only the accumulators of {@link #multiplyAdd} and {@link #gramAdd} and the matrix
 * {@link #mirrorUpper} completes); every other result is a new array. Dimensions that do not fit throw
 * {@link IllegalArgumentException}; a LAPACK failure throws {@link ArithmeticException}.
 */
public final class DenseLinalg {

    /** Largest |a_ij − a_ji| relative to the largest |entry| that still counts as symmetric. */
    public static final double SYMMETRY_TOLERANCE = 1e-10;

    /** Block edge for the cache-friendly mirroring of a triangle. */
    private static final int MIRROR_BLOCK = 64;

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
            throw new IllegalArgumentException("inner dimensions differ: op(A) is " + m + " x " + inner
                    + ", op(B) is " + (transposeB ? bColumns : bRows) + " x " + p);
        }
        double[] c = new double[Math.multiplyExact(m, p)];
        multiplyAdd(a, aRows, aColumns, transposeA, b, bRows, bColumns, transposeB, c);
        return c;
    }

    /**
     * C += op(A) · op(B), C row-major of the product's shape.
     *
     * @param a          row-major A, {@code aRows × aColumns}
     * @param aRows      rows of A as stored
     * @param aColumns   columns of A as stored
     * @param transposeA whether op(A) = Aᵀ
     * @param b          row-major B, {@code bRows × bColumns}
     * @param bRows      rows of B as stored
     * @param bColumns   columns of B as stored
     * @param transposeB whether op(B) = Bᵀ
     * @param c          the accumulator
     */
    public static void multiplyAdd(double[] a, int aRows, int aColumns, boolean transposeA, double[] b, int bRows,
            int bColumns, boolean transposeB, double[] c) {
        int m = transposeA ? aColumns : aRows;
        int inner = transposeA ? aRows : aColumns;
        int p = transposeB ? bRows : bColumns;
        if (inner != (transposeB ? bColumns : bRows) || c.length != (long) m * p) {
            throw new IllegalArgumentException("dimensions differ: op(A) is " + m + " x " + inner + ", op(B) is "
                    + (transposeB ? bColumns : bRows) + " x " + p + ", C holds " + c.length + " values");
        }
        if (a.length < (long) aRows * aColumns || b.length < (long) bRows * bColumns) {
            throw new IllegalArgumentException("A holds " + a.length + " values for " + aRows + " x " + aColumns
                    + ", B holds " + b.length + " values for " + bRows + " x " + bColumns);
        }
        if (m == 0 || p == 0 || inner == 0) {
            return;
        }
        Nd4jRuntime.ensureBlas();
        cblas_dgemm(CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans, m,
                p, inner, 1.0, a, Math.max(1, aColumns), b, Math.max(1, bColumns), 1.0, c, Math.max(1, p));
    }

    /**
     * The Gram matrix of the rows, AAᵀ, or of the columns, AᵀA, by BLAS {@code dsyrk} (half the
     * work of a general product), returned as a full, exactly symmetric matrix.
     *
     * @param a       row-major A
     * @param rows    rows of A
     * @param columns columns of A
     * @param ofRows  {@code true} for AAᵀ (rows × rows), {@code false} for AᵀA (columns × columns)
     * @return the Gram matrix, row-major
     */
    public static double[] gram(double[] a, int rows, int columns, boolean ofRows) {
        int order = ofRows ? rows : columns;
        double[] gram = new double[Math.multiplyExact(order, order)];
        gramAdd(a, rows, columns, ofRows, gram);
        mirrorUpper(gram, order);
        return gram;
    }

    /**
     * Adds AAᵀ or AᵀA to the upper triangle (row-major) of {@code gram}; the strict lower triangle
     * is not touched (see {@link #mirrorUpper}).
     *
     * @param a       row-major A
     * @param rows    rows of A
     * @param columns columns of A
     * @param ofRows  {@code true} for AAᵀ, {@code false} for AᵀA
     * @param gram    the accumulator, order × order
     */
    public static void gramAdd(double[] a, int rows, int columns, boolean ofRows, double[] gram) {
        int order = ofRows ? rows : columns;
        int inner = ofRows ? columns : rows;
        if (gram.length != (long) order * order || a.length < (long) rows * columns) {
            throw new IllegalArgumentException("dimensions differ");
        }
        if (order == 0 || inner == 0) {
            return;
        }
        Nd4jRuntime.ensureBlas();
        cblas_dsyrk(CblasRowMajor, CblasUpper, ofRows ? CblasNoTrans : CblasTrans, order, inner, 1.0, a,
                Math.max(1, columns), 1.0, gram, order);
    }

    /**
     * The column means of a row-major matrix, summed row after row in float64.
     *
     * @param values  row-major rows × columns (not modified)
     * @param rows    rows, at least 1
     * @param columns columns
     * @return one mean per column
     */
    public static double[] columnMeans(double[] values, int rows, int columns) {
        double[] means = new double[columns];
        for (int i = 0; i < rows; i++) {
            int base = i * columns;
            for (int j = 0; j < columns; j++) {
                means[j] += values[base + j];
            }
        }
        for (int j = 0; j < columns; j++) {
            means[j] /= rows;
        }
        return means;
    }

    /**
     * Copies the upper triangle of a row-major square matrix onto its lower triangle, in blocks.
     *
     * @param matrix row-major n × n
     * @param n      its order
     */
    public static void mirrorUpper(double[] matrix, int n) {
        for (int ib = 0; ib < n; ib += MIRROR_BLOCK) {
            int iEnd = Math.min(n, ib + MIRROR_BLOCK);
            for (int jb = ib; jb < n; jb += MIRROR_BLOCK) {
                int jEnd = Math.min(n, jb + MIRROR_BLOCK);
                for (int i = ib; i < iEnd; i++) {
                    for (int j = Math.max(jb, i + 1); j < jEnd; j++) {
                        matrix[j * n + i] = matrix[i * n + j];
                    }
                }
            }
        }
    }

    /**
     * All eigenpairs of a symmetric matrix by LAPACK {@code dsyevd} (exact, float64).
     *
     * @param a row-major symmetric n × n matrix (not modified; only one triangle is read)
     * @param n its order
     * @return eigenvalues ascending and the eigenvectors as columns
     * @throws IllegalArgumentException when {@code a} is not n × n or not symmetric (see
     *                                  {@link #requireSymmetric})
     */
    public static SymmetricEigen symmetricEigen(double[] a, int n) {
        requireSymmetric(a, n);
        return symmetricEigenOf(a, n);
    }

    private static SymmetricEigen symmetricEigenOf(double[] a, int n) {
        if (n == 0) {
            return new SymmetricEigen(0, new double[0], new double[0]);
        }
        Nd4jRuntime.ensureBlas();
        double[] vectors = a.clone();
        double[] values = new double[n];
        int info = LAPACKE_dsyevd(LAPACK_ROW_MAJOR, (byte) 'V', (byte) 'U', n, vectors, n, values);
        if (info != 0) {
            throw new ArithmeticException("LAPACK dsyevd failed (info " + info + ") on a " + n + " x " + n + " matrix");
        }
        return new SymmetricEigen(n, values, vectors);
    }

    /**
     * The {@code count} largest eigenpairs of a symmetric matrix, computed as LAPACK's
     * {@code dsyevr} computes a selected range, but with MRRR for the range itself: a full
     * Householder tridiagonalization ({@code dsytrd}), then only the requested eigenpairs of the
     * tridiagonal matrix by the multiple relatively robust representations algorithm
     * ({@code dstemr}; Dhillon, Parlett and Vömel 2006), then the back transformation of those
     * vectors only ({@code dormtr}). For a partial range {@code dsyevr} itself would use
     * bisection and inverse iteration ({@code dstebz}, {@code dstein}; LAPACK {@code dsyevr}
     * documentation, "Note 1"), which took as long as the tridiagonalization for the top 100 pairs
     * of a 1000 × 1000 matrix; MRRR costs O(n) per pair. The result is a direct float64
     * decomposition, accurate to working precision like a full {@code dsyevd}, which is the
     * fallback should a routine report a failure.
     *
     * <p>When a quarter of the pairs or more are asked for, the whole decomposition by
     * {@code dsyevd} (divide and conquer) is taken instead and cut to the top {@code count}
     * (measured with {@code dsyevr}: the top 100 pairs of a 128 × 128 Gram matrix took 4.8 ms,
     * {@code dsyevd} 1.6 ms). Both are exact to working precision; eigenvectors are determined up
     * to sign.
     *
     * @param a     row-major symmetric n × n matrix (not modified; only one triangle is read)
     * @param n     its order
     * @param count how many of the largest eigenpairs, 0 ≤ count ≤ n
     * @return the eigenvalues descending and, row-major n × count, their eigenvectors as columns
     * @throws IllegalArgumentException when {@code a} is not n × n or not symmetric, or
     *                                  {@code count} is out of range
     */
    public static SymmetricEigen largestEigenpairs(double[] a, int n, int count) {
        requireCount(n, count);
        requireSymmetric(a, n);
        return largestEigenpairsOf(a, n, count);
    }

    /**
     * {@link #largestEigenpairs} of a Gram matrix made by {@link #gram} (or {@link #gramAdd} and
     * {@link #mirrorUpper}), which is symmetric by construction: it is not checked, which saves a
     * pass over its n² entries. Only one triangle is read, as there.
     *
     * @param gram  row-major n × n Gram matrix (not modified)
     * @param n     its order
     * @param count how many of the largest eigenpairs, 0 ≤ count ≤ n
     * @return as {@link #largestEigenpairs}
     * @throws IllegalArgumentException when {@code gram} is not n × n or {@code count} is out of range
     */
    public static SymmetricEigen largestGramEigenpairs(double[] gram, int n, int count) {
        requireCount(n, count);
        requireShape(gram, n, n);
        return largestEigenpairsOf(gram, n, count);
    }

    private static void requireCount(int n, int count) {
        if (count < 0 || count > n) {
            throw new IllegalArgumentException(count + " eigenpairs requested of a " + n + " x " + n + " matrix");
        }
    }

    private static SymmetricEigen largestEigenpairsOf(double[] a, int n, int count) {
        if (count == 0) {
            return new SymmetricEigen(n, new double[0], new double[0]);
        }
        if (4L * count >= n) {
            return largestOfFull(symmetricEigenOf(a, n), n, count);
        }
        SymmetricEigen top = largestByTridiagonal(a, n, count);
        return top != null ? top : largestOfFull(symmetricEigenOf(a, n), n, count);
    }

    /**
     * The partial route: {@code dsytrd}, {@code dstemr} for the requested range, {@code dormtr}
     * for those vectors only. A is symmetric, so its row-major storage read as column-major is A
     * itself: it is copied once into native memory, where the reduction overwrites it with its
     * reflectors, which the back transformation reads there.
     *
     * @return the pairs, or null when a LAPACK routine reported a failure
     */
    private static SymmetricEigen largestByTridiagonal(double[] a, int n, int count) {
        Nd4jRuntime.ensureBlas();
        double[] diagonal = new double[n];
        double[] offDiagonal = new double[n]; // n - 1 values and the slot dstemr uses as workspace
        double[] values = new double[n];
        double[] z = new double[Math.multiplyExact(n, count)];
        try (DoublePointer reflectors = new DoublePointer(a);
                DoublePointer d = new DoublePointer(n);
                DoublePointer e = new DoublePointer(Math.max(1, n - 1));
                DoublePointer tau = new DoublePointer(Math.max(1, n - 1))) {
            if (LAPACKE_dsytrd(LAPACK_COL_MAJOR, (byte) 'L', n, reflectors, n, d, e, tau) != 0) {
                return null;
            }
            d.get(diagonal);
            e.get(offDiagonal, 0, n - 1);
            int[] found = new int[1];
            int[] support = new int[2 * count];
            int[] tryHighRelativeAccuracy = { 1 };
            int info = LAPACKE_dstemr(LAPACK_COL_MAJOR, (byte) 'V', (byte) 'I', n, diagonal, offDiagonal, 0.0, 0.0,
                    n - count + 1, n, found, values, z, n, count, support, tryHighRelativeAccuracy);
            if (info != 0 || found[0] != count) {
                return null;
            }
            try (DoublePointer vectorsOfA = new DoublePointer(z)) {
                if (LAPACKE_dormtr(LAPACK_COL_MAJOR, (byte) 'L', (byte) 'L', (byte) 'N', n, count, reflectors, n,
                        tau, vectorsOfA, n) != 0) {
                    return null;
                }
                vectorsOfA.get(z);
            }
        }
        // ascending, column-major on return; reverse to descending and store row-major
        double[] descending = new double[count];
        double[] vectors = new double[n * count];
        for (int j = 0; j < count; j++) {
            int source = count - 1 - j;
            descending[j] = values[source];
            int base = source * n;
            for (int i = 0; i < n; i++) {
                vectors[i * count + j] = z[base + i];
            }
        }
        return new SymmetricEigen(n, descending, vectors);
    }

    /** The top {@code count} pairs of a full ascending decomposition, descending. */
    private static SymmetricEigen largestOfFull(SymmetricEigen full, int n, int count) {
        double[] values = new double[count];
        double[] vectors = new double[n * count];
        for (int j = 0; j < count; j++) {
            int source = n - 1 - j;
            values[j] = full.values()[source];
            for (int i = 0; i < n; i++) {
                vectors[i * count + j] = full.vectors()[i * n + source];
            }
        }
        return new SymmetricEigen(n, values, vectors);
    }

    /**
     * Singular values of a small dense matrix by LAPACK {@code dgesdd} (no vectors).
     *
     * @param a       row-major matrix (not modified)
     * @param rows    rows
     * @param columns columns
     * @return the min(rows, columns) singular values, descending
     */
    public static double[] singularValues(double[] a, int rows, int columns) {
        requireShape(a, rows, columns);
        if (rows == 0 || columns == 0) {
            return new double[0];
        }
        Nd4jRuntime.ensureBlas();
        double[] work = a.clone();
        double[] values = new double[Math.min(rows, columns)];
        double[] unused = new double[1];
        // row-major A read as column-major is Aᵀ, which has the same singular values
        int info = LAPACKE_dgesdd(LAPACK_COL_MAJOR, (byte) 'N', columns, rows, work, columns, values, unused, 1,
                unused, 1);
        if (info != 0) {
            throw new ArithmeticException("LAPACK dgesdd failed (info " + info + ") on a " + rows + " x " + columns
                    + " matrix");
        }
        return values;
    }

    /**
     * The thin QR decomposition A = QR of an m × n matrix by Householder reflections (LAPACK
     * {@code dgeqrf}, then {@code dorgqr} to form Q), with k = min(m, n): Q is m × k with
     * orthonormal columns, R is k × n upper triangular (upper trapezoidal when m &lt; n). The signs
     * are normalised so that R's diagonal is non-negative, which makes the decomposition unique
     * when A has full column rank.
     *
     * @param a       row-major m × n matrix (not modified)
     * @param rows    m
     * @param columns n
     * @return Q and R
     * @throws IllegalArgumentException when {@code a} does not hold rows × columns values
     */
    public static ThinQr thinQr(double[] a, int rows, int columns) {
        requireShape(a, rows, columns);
        int k = Math.min(rows, columns);
        if (k == 0) {
            return new ThinQr(rows, columns, new double[0], new double[0]);
        }
        Nd4jRuntime.ensureBlas();
        double[] work = a.clone();
        double[] tau = new double[k];
        int info = LAPACKE_dgeqrf(LAPACK_ROW_MAJOR, rows, columns, work, columns, tau);
        if (info != 0) {
            throw new ArithmeticException("LAPACK dgeqrf failed (info " + info + ") on a " + rows + " x " + columns
                    + " matrix");
        }
        double[] r = new double[Math.multiplyExact(k, columns)];
        for (int i = 0; i < k; i++) {
            for (int j = i; j < columns; j++) {
                r[i * columns + j] = work[i * columns + j];
            }
        }
        // the reflectors below the diagonal, as an m × k matrix for dorgqr
        double[] q = new double[Math.multiplyExact(rows, k)];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(work, i * columns, q, i * k, k);
        }
        info = LAPACKE_dorgqr(LAPACK_ROW_MAJOR, rows, k, k, q, k, tau);
        if (info != 0) {
            throw new ArithmeticException("LAPACK dorgqr failed (info " + info + ") on a " + rows + " x " + columns
                    + " matrix");
        }
        for (int i = 0; i < k; i++) {
            if (r[i * columns + i] < 0) {
                for (int j = i; j < columns; j++) {
                    r[i * columns + j] = -r[i * columns + j];
                }
                for (int row = 0; row < rows; row++) {
                    q[row * k + i] = -q[row * k + i];
                }
            }
        }
        return new ThinQr(rows, columns, q, r);
    }

    /**
     * Checks that {@code a} holds a symmetric n × n matrix: every |a_ij − a_ji| at most
     * {@value #SYMMETRY_TOLERANCE} times the largest |entry|, which accepts the last-bit
     * asymmetry of a product AᵀA computed by a general GEMM and rejects a matrix that is not
     * symmetric. NaN entries are left to the decomposition.
     *
     * @param a row-major n × n matrix
     * @param n its order
     * @throws IllegalArgumentException when it is not square of order n or not symmetric
     */
    public static void requireSymmetric(double[] a, int n) {
        requireShape(a, n, n);
        double largest = 0;
        for (double value : a) {
            largest = Math.max(largest, Math.abs(value));
        }
        double allowed = SYMMETRY_TOLERANCE * largest;
        // block by block, as mirrorUpper walks, so that the transposed reads stay in cache
        boolean symmetric = true;
        for (int ib = 0; ib < n && symmetric; ib += MIRROR_BLOCK) {
            int iEnd = Math.min(n, ib + MIRROR_BLOCK);
            for (int jb = ib; jb < n; jb += MIRROR_BLOCK) {
                int jEnd = Math.min(n, jb + MIRROR_BLOCK);
                for (int i = ib; i < iEnd; i++) {
                    for (int j = Math.max(jb, i + 1); j < jEnd; j++) {
                        symmetric &= !(Math.abs(a[i * n + j] - a[j * n + i]) > allowed);
                    }
                }
            }
        }
        if (symmetric) {
            return;
        }
        // name the first offending entry in row order
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (Math.abs(a[i * n + j] - a[j * n + i]) > allowed) {
                    throw new IllegalArgumentException("matrix is not symmetric: entry (" + i + ", " + j + ") is "
                            + a[i * n + j] + ", entry (" + j + ", " + i + ") is " + a[j * n + i]);
                }
            }
        }
    }

    private static void requireShape(double[] a, int rows, int columns) {
        if (rows < 0 || columns < 0 || a.length != (long) rows * columns) {
            throw new IllegalArgumentException("a " + rows + " x " + columns + " matrix needs " + (long) rows * columns
                    + " values, got " + a.length);
        }
    }
}
