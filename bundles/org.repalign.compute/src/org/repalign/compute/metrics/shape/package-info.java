/**
 * Shape metrics: {@code procrustes}, the orthogonal Procrustes similarity, and
 * {@code procrustes_angular}, the angular shape distance of Williams et al. 2021.
 */
package org.repalign.compute.metrics.shape;
