package org.repalign.compute.sae;

/**
 * Everything a {@link SaeTrainer} needs to continue a run exactly: parameters (SAELens layout),
 * AdamW moments of each parameter (same layout), completed steps, the generator state, the
 * firing counters and the BatchTopK threshold. Restoring a snapshot into a trainer built with the
 * same data and configuration and training on gives bit-identical results to an uninterrupted
 * run on the same number of BLAS threads. Arrays are copied in and out.
 *
 * <p>Firing counters: {@code firedSinceCheck[j]} counts the rows in which latent j fired since
 * the last resampling check; {@code lastFiredStep[j]} is the number of completed steps at the
 * last batch in which it fired (0 at the start), used by AuxK and the dead fraction.
 */
public final class SaeTrainingState {

    private final int dIn;
    private final int dSae;
    private final long step;
    private final long rngState;
    private final float threshold;
    private final float inputScale;
    private final float[][] parameters;
    private final float[][] firstMoments;
    private final float[][] secondMoments;
    private final int[] firedSinceCheck;
    private final int[] lastFiredStep;

    /**
     * @param dIn             d_in
     * @param dSae            d_sae
     * @param step            completed optimizer steps
     * @param rngState        the SplitMix64 state
     * @param threshold       the BatchTopK θ (0 for other architectures)
     * @param inputScale      the input scale s (1 without input scaling)
     * @param wEnc            W_enc, d_in × d_sae
     * @param bEnc            b_enc
     * @param wDec            W_dec, d_sae × d_in
     * @param bDec            b_dec
     * @param firstMoments    Adam m of W_enc, b_enc, W_dec, b_dec, in that order and layout
     * @param secondMoments   Adam v, same order
     * @param firedSinceCheck per latent
     * @param lastFiredStep   per latent
     * @throws IllegalArgumentException naming the first array of the wrong length
     */
    public SaeTrainingState(int dIn, int dSae, long step, long rngState, float threshold, float inputScale,
            float[] wEnc, float[] bEnc, float[] wDec, float[] bDec, float[][] firstMoments, float[][] secondMoments,
            int[] firedSinceCheck, int[] lastFiredStep) {
        if (dIn <= 0 || dSae <= 0) {
            throw new IllegalArgumentException("d_in and d_sae must be positive, got " + dIn + " and " + dSae);
        }
        if (step < 0) {
            throw new IllegalArgumentException("step must be non-negative, got " + step);
        }
        this.dIn = dIn;
        this.dSae = dSae;
        this.step = step;
        this.rngState = rngState;
        this.threshold = threshold;
        this.inputScale = inputScale;
        this.parameters = checked("parameter", new float[][] {wEnc, bEnc, wDec, bDec});
        this.firstMoments = checked("firstMoments", firstMoments);
        this.secondMoments = checked("secondMoments", secondMoments);
        this.firedSinceCheck = checkedInts("firedSinceCheck", firedSinceCheck);
        this.lastFiredStep = checkedInts("lastFiredStep", lastFiredStep);
    }

    private float[][] checked(String name, float[][] arrays) {
        String[] names = {"W_enc", "b_enc", "W_dec", "b_dec"};
        long[] sizes = {(long) dIn * dSae, dSae, (long) dSae * dIn, dIn};
        if (arrays == null || arrays.length != 4) {
            throw new IllegalArgumentException(name + " must hold 4 arrays (W_enc, b_enc, W_dec, b_dec)");
        }
        float[][] copy = new float[4][];
        for (int i = 0; i < 4; i++) {
            if (arrays[i] == null || arrays[i].length != sizes[i]) {
                throw new IllegalArgumentException(name + " " + names[i] + " has "
                        + (arrays[i] == null ? "no" : String.valueOf(arrays[i].length)) + " values, expected " + sizes[i]);
            }
            copy[i] = arrays[i].clone();
        }
        return copy;
    }

    private int[] checkedInts(String name, int[] values) {
        if (values == null || values.length != dSae) {
            throw new IllegalArgumentException(name + " must hold d_sae = " + dSae + " values");
        }
        return values.clone();
    }

    /** @return d_in */
    public int dIn() {
        return dIn;
    }

    /** @return d_sae */
    public int dSae() {
        return dSae;
    }

    /** @return completed steps */
    public long step() {
        return step;
    }

    /** @return the generator state */
    public long rngState() {
        return rngState;
    }

    /** @return θ */
    public float threshold() {
        return threshold;
    }

    /** @return the input scale */
    public float inputScale() {
        return inputScale;
    }

    /** @return W_enc, d_in × d_sae */
    public float[] wEnc() {
        return parameters[0].clone();
    }

    /** @return b_enc */
    public float[] bEnc() {
        return parameters[1].clone();
    }

    /** @return W_dec, d_sae × d_in */
    public float[] wDec() {
        return parameters[2].clone();
    }

    /** @return b_dec */
    public float[] bDec() {
        return parameters[3].clone();
    }

    /** @return Adam first moments of W_enc, b_enc, W_dec, b_dec */
    public float[][] firstMoments() {
        return deepCopy(firstMoments);
    }

    /** @return Adam second moments of W_enc, b_enc, W_dec, b_dec */
    public float[][] secondMoments() {
        return deepCopy(secondMoments);
    }

    /** @return the per-latent firing counts since the last resampling check */
    public int[] firedSinceCheck() {
        return firedSinceCheck.clone();
    }

    /** @return the per-latent step of last firing */
    public int[] lastFiredStep() {
        return lastFiredStep.clone();
    }

    private static float[][] deepCopy(float[][] a) {
        float[][] c = new float[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
