/**
 * Canonical correlation metrics beyond SVCCA: {@code pwcca}, projection-weighted CCA
 * (Morcos, Raghu and Bengio 2018).
 */
package org.repalign.compute.metrics.cca;
