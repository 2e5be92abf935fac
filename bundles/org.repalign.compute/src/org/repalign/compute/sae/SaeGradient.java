package org.repalign.compute.sae;

/**
 * The training loss of one batch and its gradient with respect to every parameter, in SAELens
 * layout. Returned by {@link SaeTrainer#lossAndGradient}.
 *
 * @param loss               total loss
 * @param reconstructionLoss the reconstruction term
 * @param penalty            the L1 term (ReLU+L1) or 0
 * @param auxLoss            the AuxK term or 0
 * @param wEnc               ∂L/∂W_enc, d_in × d_sae
 * @param bEnc               ∂L/∂b_enc
 * @param wDec               ∂L/∂W_dec, d_sae × d_in
 * @param bDec               ∂L/∂b_dec
 */
public record SaeGradient(double loss, double reconstructionLoss, double penalty, double auxLoss, float[] wEnc,
        float[] bEnc, float[] wDec, float[] bDec) {
}
