package org.repalign.compute.metrics.shape.internal;

import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.linalg.DenseLinalg;
import org.repalign.compute.linalg.ThinQr;
import org.repalign.compute.metrics.MetricContext;
import org.repalign.compute.metrics.kernel.internal.PairKey;

/**
 * The orthogonal Procrustes similarity s = ‖X̃ᵀỸ‖_* / (‖X̃‖_F·‖Ỹ‖_F) of the column-centred
 * matrices (the nuclear norm of the cross product of the Frobenius-normalised X̃ and Ỹ), shared
 * per ordered pair by {@code procrustes} and {@code procrustes_angular}.
 *
 * <p>The singular values of X̃ᵀỸ (d1 × d2) come from LAPACK {@code dgesdd}. When a side is
 * wider than it is tall (d &gt; n) it is first replaced by the n × n factor Rᵀ of the thin QR
 * X̃ᵀ = QR: X̃ = RᵀQᵀ with orthonormal Q, so X̃ᵀỸ = Q·(RỸ) has the singular values of RỸ, and the
 * decomposition is of a matrix at most min(n, d1) × min(n, d2). Both routes are exact up to
 * float64 rounding; no Gram-matrix eigenvalues (whose square roots would lose half the digits of
 * the small singular values) are used.
 */
public final class ProcrustesSimilarity {

    private ProcrustesSimilarity() {
    }

    /**
     * @param x       n × d1
     * @param y       n × d2, rows paired
     * @param context the per-pair cache
     * @return s in [0, 1] (clamped against rounding above 1), or NaN when a side is constant
     */
    public static double of(RowMatrix x, RowMatrix y, MetricContext context) {
        return context.shared(new PairKey(x, y, "procrustes-similarity"), Double.class, () -> compute(x, y, context));
    }

    private static double compute(RowMatrix x, RowMatrix y, MetricContext context) {
        int n = x.rows();
        double[] xc = CentredColumns.of(x, context);
        double[] yc = CentredColumns.of(y, context);
        double xNorm = CentredColumns.frobenius(xc);
        double yNorm = CentredColumns.frobenius(yc);
        if (!(xNorm > 0) || !(yNorm > 0)) {
            return Double.NaN;
        }
        Reduced a = reduce(xc, n, x.columns());
        context.checkCanceled();
        Reduced b = reduce(yc, n, y.columns());
        context.checkCanceled();
        double[] cross = DenseLinalg.multiply(a.values, n, a.columns, true, b.values, n, b.columns, false);
        double[] singular = DenseLinalg.singularValues(cross, a.columns, b.columns);
        double nuclear = 0;
        for (int i = singular.length - 1; i >= 0; i--) {
            nuclear += singular[i];
        }
        return Math.min(1, nuclear / xNorm / yNorm);
    }

    private record Reduced(double[] values, int columns) {
    }

    /** X̃ itself when d ≤ n, else the n × n factor Rᵀ of X̃ᵀ = QR (same X̃ᵀỸ singular values). */
    private static Reduced reduce(double[] centred, int n, int d) {
        if (d <= n) {
            return new Reduced(centred, d);
        }
        double[] transposed = new double[centred.length];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                transposed[j * n + i] = centred[i * d + j];
            }
        }
        ThinQr qr = DenseLinalg.thinQr(transposed, d, n);
        double[] rt = new double[n * n];
        double[] r = qr.r();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                rt[j * n + i] = r[i * n + j];
            }
        }
        return new Reduced(rt, n);
    }
}
