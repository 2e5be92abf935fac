/**
 * Non-API work behind the shape metrics: the column-centred copies and the Procrustes
 * similarity shared by {@code procrustes} and {@code procrustes_angular}.
 */
package org.repalign.compute.metrics.shape.internal;
