/** Synthetic representations with known structure, for calibration and the built-in examples. */
package org.repalign.compute.synth;
