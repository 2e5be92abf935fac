/**
 * Row preprocessing applied to a representation before alignment is measured: none, unit rows
 * ("raw"), dataset-wide centring between two unit-row normalizations ("centered"), and the
 * Platonic Representation Hypothesis outlier clamp ("clamp"). {@link
 * org.repalign.compute.preprocess.Preprocessing#fit} computes the statistics (centring mean,
 * clamp threshold) once over all aligned rows; {@link
 * org.repalign.compute.preprocess.PreprocessingFit#transform} applies them to those rows or to
 * any subsample or window of them.
 */
package org.repalign.compute.preprocess;
