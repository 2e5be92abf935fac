/**
 * The kernel and CCA family of alignment metrics: linear CKA with the biased ({@code cka}) and
 * unbiased ({@code unbiased_cka}) HSIC, RBF CKA ({@code rbf_cka}) and SVCCA ({@code svcca},
 * shorthands {@code svcca_10} and {@code svcca_100}). Metrics computed on the same pair through
 * one {@link org.repalign.compute.metrics.MetricContext} share their Gram matrices and singular
 * bases.
 */
package org.repalign.compute.metrics.kernel;
