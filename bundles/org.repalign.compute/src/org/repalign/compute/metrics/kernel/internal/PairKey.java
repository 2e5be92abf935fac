package org.repalign.compute.metrics.kernel.internal;

import java.util.Objects;

import org.repalign.compute.data.RowMatrix;

/**
 * A {@link org.repalign.compute.metrics.MetricContext#shared} key for work derived from an
 * ordered pair of matrices, compared by identity.
 */
public final class PairKey {

    private final RowMatrix first;
    private final RowMatrix second;
    private final String kind;

    /**
     * @param first  first matrix, compared by identity
     * @param second second matrix, compared by identity
     * @param kind   the kind of work with every parameter it depends on
     */
    public PairKey(RowMatrix first, RowMatrix second, String kind) {
        this.first = Objects.requireNonNull(first);
        this.second = Objects.requireNonNull(second);
        this.kind = Objects.requireNonNull(kind);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PairKey key && key.first == first && key.second == second && key.kind.equals(kind);
    }

    @Override
    public int hashCode() {
        return (31 * System.identityHashCode(first) + System.identityHashCode(second)) * 31 + kind.hashCode();
    }
}
