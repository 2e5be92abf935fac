package org.repalign.io.sae;

import java.util.Arrays;

/**
 * The parameters of an SAE in SAELens's layout, as row-major float32 arrays: {@code W_enc}
 * [d_in, d_sae], {@code b_enc} [d_sae], {@code W_dec} [d_sae, d_in] (each row an atom),
 * {@code b_dec} [d_in] and, for JumpReLU, {@code threshold} [d_sae]. The record holds the arrays
 * it is given without copying them.
 *
 * @param dIn       input dimension
 * @param dSae      number of latents
 * @param wEnc      encoder weights, d_in × d_sae
 * @param bEnc      encoder bias, d_sae
 * @param wDec      decoder weights, d_sae × d_in
 * @param bDec      decoder bias, d_in
 * @param threshold JumpReLU thresholds, d_sae, or {@code null}
 */
public record SaeWeights(int dIn, int dSae, float[] wEnc, float[] bEnc, float[] wDec, float[] bDec,
        float[] threshold) {

    /** Tensor names in {@code sae_weights.safetensors}. */
    public static final String W_ENC = "W_enc", B_ENC = "b_enc", W_DEC = "W_dec", B_DEC = "b_dec",
            THRESHOLD = "threshold";

    /**
     * Checks that every array has the length its shape needs.
     *
     * @throws IllegalArgumentException naming the tensor, its expected shape and its length
     */
    public SaeWeights {
        if (dIn <= 0 || dSae <= 0) {
            throw new IllegalArgumentException("d_in and d_sae must be positive, got " + dIn + " and " + dSae);
        }
        check(W_ENC, wEnc, (long) dIn * dSae, new long[] { dIn, dSae });
        check(B_ENC, bEnc, dSae, new long[] { dSae });
        check(W_DEC, wDec, (long) dSae * dIn, new long[] { dSae, dIn });
        check(B_DEC, bDec, dIn, new long[] { dIn });
        if (threshold != null) {
            check(THRESHOLD, threshold, dSae, new long[] { dSae });
        }
    }

    private static void check(String name, float[] values, long expected, long[] shape) {
        if (values == null) {
            throw new IllegalArgumentException("tensor '" + name + "' is missing");
        }
        if (values.length != expected) {
            throw new IllegalArgumentException("tensor '" + name + "' holds " + values.length
                    + " values but shape " + Arrays.toString(shape) + " needs " + expected);
        }
    }

    /**
     * @param tensor one of the tensor names
     * @return the shape that tensor must have for these dimensions
     */
    public long[] shapeOf(String tensor) {
        return switch (tensor) {
            case W_ENC -> new long[] { dIn, dSae };
            case W_DEC -> new long[] { dSae, dIn };
            case B_DEC -> new long[] { dIn };
            case B_ENC, THRESHOLD -> new long[] { dSae };
            default -> throw new IllegalArgumentException("unknown tensor '" + tensor + "'");
        };
    }
}
