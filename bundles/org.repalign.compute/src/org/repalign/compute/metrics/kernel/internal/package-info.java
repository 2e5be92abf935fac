/**
 * Non-API work behind the kernel and CCA metrics: Gram matrices, HSIC estimators, singular bases
 * and canonical correlations, with the per-pair cache keys that let {@code cka},
 * {@code unbiased_cka}, {@code rbf_cka}, {@code svcca_10} and {@code svcca_100} share work.
 */
package org.repalign.compute.metrics.kernel.internal;
