package org.repalign.compute.sae;

/**
 * The trainable arrays, with the encoder held transposed (d_sae × d_in, row j = encoder column
 * of latent j) so that its sparse gradient rows are contiguous.
 */
final class Parameters {

    final int dIn;
    final int dSae;
    final float[] wEncT;
    final float[] bEnc;
    final float[] wDec;
    final float[] bDec;

    Parameters(int dIn, int dSae) {
        this(dIn, dSae, new float[dSae * dIn], new float[dSae], new float[dSae * dIn], new float[dIn]);
    }

    Parameters(int dIn, int dSae, float[] wEncT, float[] bEnc, float[] wDec, float[] bDec) {
        this.dIn = dIn;
        this.dSae = dSae;
        this.wEncT = wEncT;
        this.bEnc = bEnc;
        this.wDec = wDec;
        this.bDec = bDec;
    }

    /** Scales every atom (row of W_dec) to unit norm; zero atoms are left alone. */
    void normalizeAtoms() {
        for (int j = 0; j < dSae; j++) {
            normalize(wDec, j * dIn, dIn);
        }
    }

    /** Scales {@code values[base .. base + length)} to unit norm (sum of squares in float64); zeros stay. */
    static void normalize(float[] values, int base, int length) {
        double s = 0;
        for (int c = 0; c < length; c++) {
            s += (double) values[base + c] * values[base + c];
        }
        if (s > 0) {
            float inv = (float) (1 / Math.sqrt(s));
            for (int c = 0; c < length; c++) {
                values[base + c] *= inv;
            }
        }
    }
}
