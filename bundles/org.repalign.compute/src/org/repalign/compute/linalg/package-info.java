/**
 * Dense float64 linear algebra shared by the metrics, the probes and plug-ins, on RepAlign's
 * row-major matrices ({@code double[]} with element (i, j) of an r × c matrix at
 * {@code i * c + j}, as {@link org.repalign.compute.data.DenseMatrix} holds them and
 * {@link org.repalign.compute.data.RowMatrix#readRows} fills them): products (GEMM, AᵀB and ABᵀ
 * included, Gram matrices), symmetric eigen-decomposition, singular values and thin QR in
 * {@link org.repalign.compute.linalg.DenseLinalg} (OpenBLAS/LAPACK, as ND4J uses), and the
 * Cholesky factorisation with solves of small positive-definite systems in
 * {@link org.repalign.compute.linalg.Cholesky}. Every routine is a direct decomposition, with no
 * randomness and no user tolerance; the thin singular value decomposition with vectors is
 * {@link org.repalign.compute.linalg.ThinSvd}.
 */
package org.repalign.compute.linalg;
