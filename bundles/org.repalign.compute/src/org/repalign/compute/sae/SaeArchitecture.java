package org.repalign.compute.sae;

/**
 * The activation rule of one SAE architecture. Every architecture shares the affine parts:
 * pre-activations {@code pre = (x − b_dec) W_enc + b_enc} and reconstruction
 * {@code x̂ = z W_dec + b_dec}; an architecture turns {@code pre} into the sparse code
 * {@code z}. The contract that keeps the shared backward pass correct: every stored code value
 * equals its pre-activation and is strictly positive, so ∂z/∂pre is 1 on the stored entries and
 * 0 elsewhere.
 *
 * <p>Implementations are stateless; register new ones with {@link SaeArchitectures#register}.
 */
public interface SaeArchitecture {

    /** @return the RepAlign id, e.g. {@code topk} */
    String id();

    /** @return the SAELens {@code architecture} value this maps to ({@code topk}, {@code jumprelu}, {@code standard}) */
    String saeLensArchitecture();

    /** @return whether the parameter k applies */
    boolean usesK();

    /** @return whether the AuxK auxiliary loss (Gao et al. 2024) may be added */
    boolean supportsAuxK();

    /** @return whether training adds the decoder-norm-weighted L1 penalty λ Σⱼ fⱼ‖W_dec,j‖ */
    boolean hasL1Penalty();

    /** @return whether training learns the global threshold θ used at inference */
    boolean learnsThreshold();

    /**
     * The inference activation.
     *
     * @param pre       pre-activations, {@code rows × dSae} row-major
     * @param rows      rows in the block
     * @param dSae      latents
     * @param k         k (ignored when {@link #usesK()} is false)
     * @param threshold per-latent thresholds or {@code null}
     * @param out       receives the codes (cleared first)
     */
    void encode(float[] pre, int rows, int dSae, int k, float[] threshold, SparseBatch out);

    /**
     * The training activation of a whole batch.
     *
     * @param pre  pre-activations, {@code rows × dSae}
     * @param rows rows in the batch
     * @param dSae latents
     * @param k    k
     * @param out  receives the codes (cleared first)
     * @return the smallest kept activation (used by {@link #learnsThreshold()} architectures), or NaN when none was kept
     */
    float encodeForTraining(float[] pre, int rows, int dSae, int k, SparseBatch out);
}
