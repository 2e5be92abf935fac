package org.repalign.compute.linalg;

/**
 * Eigenpairs of a symmetric n × n matrix A: A·vⱼ = λⱼ·vⱼ with orthonormal vⱼ, as computed by
 * {@link DenseLinalg#symmetricEigen} (all pairs, ascending) or
 * {@link DenseLinalg#largestEigenpairs} (the largest pairs, descending).
 *
 * @param order   n
 * @param values  the eigenvalues, in the order the producing method documents
 * @param vectors row-major, n rows and {@code values.length} columns; column j is the unit
 *                eigenvector of {@code values[j]}
 */
public record SymmetricEigen(int order, double[] values, double[] vectors) {

    /** @return how many eigenpairs this holds */
    public int count() {
        return values.length;
    }

    /**
     * @param j which pair, 0 ≤ j &lt; {@link #count()}
     * @return a copy of the j-th eigenvector
     */
    public double[] vector(int j) {
        int count = values.length;
        double[] v = new double[order];
        for (int i = 0; i < order; i++) {
            v[i] = vectors[i * count + j];
        }
        return v;
    }
}
