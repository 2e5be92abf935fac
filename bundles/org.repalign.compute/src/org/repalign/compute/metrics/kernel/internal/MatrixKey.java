package org.repalign.compute.metrics.kernel.internal;

import java.util.Objects;

import org.repalign.compute.data.RowMatrix;

/**
 * A {@link org.repalign.compute.metrics.MetricContext#shared} key for work derived from one
 * matrix: the matrix by identity (never by content), plus the kind of work and its parameters.
 */
public final class MatrixKey {

    private final RowMatrix matrix;
    private final String kind;

    /**
     * @param matrix the matrix, compared by identity
     * @param kind   the kind of work with every parameter it depends on, e.g. {@code "gram"}
     */
    public MatrixKey(RowMatrix matrix, String kind) {
        this.matrix = Objects.requireNonNull(matrix);
        this.kind = Objects.requireNonNull(kind);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MatrixKey key && key.matrix == matrix && key.kind.equals(kind);
    }

    @Override
    public int hashCode() {
        return 31 * System.identityHashCode(matrix) + kind.hashCode();
    }

    @Override
    public String toString() {
        return kind + "@" + Integer.toHexString(System.identityHashCode(matrix));
    }
}
