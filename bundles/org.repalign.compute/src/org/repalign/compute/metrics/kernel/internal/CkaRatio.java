package org.repalign.compute.metrics.kernel.internal;

import java.util.OptionalDouble;

import org.repalign.compute.metrics.MetricValue;

/**
 * CKA = HSIC(K, L) / √(HSIC(K, K)·HSIC(L, L)) (Kornblith et al. 2019, eq. 4).
 *
 * <p>By default no epsilon is used: when a self-HSIC is not positive (beyond rounding, see
 * {@link HsicTerms}) the value is undefined. With an epsilon, the denominator is the reference
 * clamp √max(HSIC(K, K)·HSIC(L, L), ε) of the L2PRH code, applied to exactly the quantities that
 * code clamps: the biased tr(KHLH) without the 1/(n − 1)² factor, or the unbiased estimate
 * including its 1/(n(n − 3)) factor.
 */
public final class CkaRatio {

    private CkaRatio() {
    }

    /**
     * @param terms   the three HSIC values
     * @param epsilon the reference clamp, when requested
     * @param key     the metric key, for warnings
     * @return the CKA value, or an undefined value with the reason
     */
    public static MetricValue of(HsicTerms terms, OptionalDouble epsilon, String key) {
        if (epsilon.isPresent()) {
            double denominator = Math.sqrt(Math.max(terms.first() * terms.second(), epsilon.getAsDouble()));
            return MetricValue.of(terms.cross() / denominator);
        }
        boolean firstZero = !(terms.first() > terms.firstZero());
        boolean secondZero = !(terms.second() > terms.secondZero());
        if (firstZero || secondZero) {
            String which = firstZero && secondZero ? "both representations" : firstZero ? "the first representation"
                    : "the second representation";
            return MetricValue.undefined(key + ": undefined because HSIC of " + which
                    + " with itself is not positive (a constant representation?); no epsilon is used");
        }
        return MetricValue.of(terms.cross() / (Math.sqrt(terms.first()) * Math.sqrt(terms.second())));
    }
}
