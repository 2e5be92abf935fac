/**
 * Non-API work behind {@code pwcca}: orthonormal column bases with a stated rank tolerance and
 * the projection-weighted mean of the canonical correlations.
 */
package org.repalign.compute.metrics.cca.internal;
