/**
 * Representational similarity analysis, {@code rsa} (Kriegeskorte, Mur and Bandettini 2008), in
 * the conventions of rsatoolbox.
 */
package org.repalign.compute.metrics.rsa;
