/**
 * Linear predictivity: {@code linear_r2} and {@code linear_r2_sym}, the cross-validated R² of a
 * ridge regression from one representation to the other (as in Schrimpf et al. 2018,
 * Brain-Score, and the similarity repositories).
 */
package org.repalign.compute.metrics.predictivity;
