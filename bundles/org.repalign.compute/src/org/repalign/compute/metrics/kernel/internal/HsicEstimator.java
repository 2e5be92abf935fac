package org.repalign.compute.metrics.kernel.internal;

/** Which HSIC estimator a CKA uses. */
public enum HsicEstimator {
    /**
     * HSIC_b(K, L) = tr(KHLH), H = I − 11ᵀ/n (Gretton et al. 2005; Kornblith et al. 2019). The
     * usual 1/(n − 1)² factor is left out, as in the reference code; it cancels in CKA.
     */
    BIASED,
    /**
     * The unbiased estimator of Song et al. 2012 ("Feature Selection via Dependence Maximization",
     * JMLR 13, eq. 5): with K̃, L̃ = K, L with zeroed diagonals,
     * HSIC_u = [tr(K̃L̃) + (1ᵀK̃1)(1ᵀL̃1)/((n−1)(n−2)) − 2/(n−2)·1ᵀK̃L̃1] / (n(n−3)). Needs n ≥ 4.
     */
    UNBIASED
}
