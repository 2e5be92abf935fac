package org.repalign.compute.metrics.kernel.internal;

/**
 * HSIC(K, L), HSIC(K, K) and HSIC(L, L) for one pair, with the rounding levels at or below which
 * a self-HSIC counts as zero (a constant representation).
 *
 * @param cross     HSIC(K, L)
 * @param first     HSIC(K, K)
 * @param second    HSIC(L, L)
 * @param firstZero level at or below which {@code first} counts as zero
 * @param secondZero level at or below which {@code second} counts as zero
 */
public record HsicTerms(double cross, double first, double second, double firstZero, double secondZero) {

    /** Relative rounding level of the biased estimator, against ‖K‖²_F. */
    public static final double BIASED_ZERO = 1e-16;

    /** Relative rounding level of the unbiased estimator, against the sum of its terms' magnitudes. */
    public static final double UNBIASED_ZERO = 1e-12;

    /**
     * HSIC terms from two kernels held as n × n matrices.
     *
     * @param estimator biased or unbiased
     * @param k         first kernel
     * @param l         second kernel
     * @return the terms
     */
    public static HsicTerms fromKernels(HsicEstimator estimator, CenteredKernel k, CenteredKernel l) {
        if (estimator == HsicEstimator.BIASED) {
            return biased(k, l);
        }
        double[] kk = unbiased(k, k);
        double[] ll = unbiased(l, l);
        return new HsicTerms(unbiased(k, l)[0], kk[0], ll[0], UNBIASED_ZERO * kk[1], UNBIASED_ZERO * ll[1]);
    }

    /**
     * Σᵢⱼ (HKH)ᵢⱼ(HLH)ᵢⱼ, Σᵢⱼ (HKH)ᵢⱼ² and Σᵢⱼ (HLH)ᵢⱼ² in one pass over K and L, the centred
     * entries formed on the fly (as {@link CenteredKernel#centered(int, int)} defines them).
     */
    private static HsicTerms biased(CenteredKernel k, CenteredKernel l) {
        int n = k.order();
        double[] a = k.kernel();
        double[] b = l.kernel();
        double[] ra = k.rowMeans();
        double[] rb = l.rowMeans();
        double cross = 0;
        double first = 0;
        double second = 0;
        for (int i = 0; i < n; i++) {
            int base = i * n;
            double shiftA = k.grandMean() - ra[i];
            double shiftB = l.grandMean() - rb[i];
            for (int j = 0; j < n; j++) {
                double ca = a[base + j] - ra[j] + shiftA;
                double cb = b[base + j] - rb[j] + shiftB;
                cross += ca * cb;
                first += ca * ca;
                second += cb * cb;
            }
        }
        return new HsicTerms(cross, first, second, BIASED_ZERO * k.squaredNorm(), BIASED_ZERO * l.squaredNorm());
    }

    /** @return {value, sum of the magnitudes of its three terms, same scaling} */
    private static double[] unbiased(CenteredKernel k, CenteredKernel l) {
        int n = k.order();
        double[] a = k.kernel();
        double[] b = l.kernel();
        double trace = 0;
        for (int i = 0; i < n; i++) {
            int base = i * n;
            double row = 0;
            for (int j = 0; j < n; j++) {
                row += a[base + j] * b[base + j];
            }
            trace += row - a[base + i] * b[base + i];
        }
        double rowProducts = dot(k.offDiagonalRowSums(), l.offDiagonalRowSums());
        return combineUnbiased(n, trace, k.offDiagonalTotal(), l.offDiagonalTotal(), rowProducts);
    }

    /**
     * Song et al. 2012, eq. 5, from its parts.
     *
     * @param n           sample size, at least 4
     * @param trace       tr(K̃L̃) = Σ_{i≠j} KᵢⱼLᵢⱼ
     * @param totalK      1ᵀK̃1
     * @param totalL      1ᵀL̃1
     * @param rowProducts 1ᵀK̃L̃1 = (K̃1)ᵀ(L̃1)
     * @return {value, sum of the magnitudes of the three terms divided by n(n − 3)}
     */
    public static double[] combineUnbiased(long n, double trace, double totalK, double totalL, double rowProducts) {
        double nd = n;
        double second = totalK * totalL / ((nd - 1) * (nd - 2));
        double third = 2 * rowProducts / (nd - 2);
        double scale = nd * (nd - 3);
        return new double[] { (trace + second - third) / scale,
                (Math.abs(trace) + Math.abs(second) + Math.abs(third)) / scale };
    }

    /**
     * ‖M − s tᵀ/n‖²_F, the squared Frobenius norm of a cross product of column-centred rows
     * from the cross product of the rows and their column sums.
     *
     * @param cross M = XᵀY, s.length × t.length, row-major
     * @param s     the column sums of X
     * @param t     the column sums of Y
     * @param n     the rows
     * @return the squared norm
     */
    public static double centredSquaredNorm(double[] cross, double[] s, double[] t, long n) {
        double total = 0;
        int columns = t.length;
        for (int i = 0; i < s.length; i++) {
            double si = s[i] / n;
            int base = i * columns;
            for (int j = 0; j < columns; j++) {
                double value = cross[base + j] - si * t[j];
                total += value * value;
            }
        }
        return total;
    }

    /**
     * @param a a vector
     * @param b a vector of the same length
     * @return their dot product
     */
    public static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
