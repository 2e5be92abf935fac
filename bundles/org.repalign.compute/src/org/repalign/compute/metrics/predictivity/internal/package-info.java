/**
 * Non-API work behind {@code linear_r2} and {@code linear_r2_sym}: cross-validated ridge
 * regression with intercept and its pooled out-of-fold R².
 */
package org.repalign.compute.metrics.predictivity.internal;
