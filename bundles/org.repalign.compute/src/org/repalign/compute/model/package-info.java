/**
 * Fits of RepAlign's own reading of the signal/bias/noise model (research notes §7; the paper
 * "Representation Alignment Rests on Linear Structure" states no formula) to a source's rows:
 * the noise law ({@link org.repalign.compute.model.NoiseLaw}, fitted by
 * {@link org.repalign.compute.model.NoiseLawFit}).
 */
package org.repalign.compute.model;
