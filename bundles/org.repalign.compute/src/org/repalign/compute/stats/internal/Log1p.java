package org.repalign.compute.stats.internal;

/**
 * log(1 + a) for a in [0, 1] from the hardware logarithm, for loops that take one per row (the
 * logistic loss log(1 + e^(−|η|))). With u = 1 + a rounded, log(u)·a/(u − 1) corrects the
 * rounding of u, which gives log(1 + a) to within a few units in the last place (Goldberg,
 * "What every computer scientist should know about floating-point arithmetic", ACM Computing
 * Surveys 23(1), 1991, Theorem 4); {@link Math#log1p} gives the same to within rounding but is
 * several times slower.
 */
public final class Log1p {

    private Log1p() {
    }

    /**
     * @param a a value in [0, 1]
     * @return log(1 + a)
     */
    public static double ofUnitInterval(double a) {
        double u = 1 + a;
        return u == 1 ? a : Math.log(u) * (a / (u - 1));
    }
}
