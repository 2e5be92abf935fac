package org.repalign.compute.sae;

/** How the reconstruction error of a batch of B rows (d_in columns) enters the training loss. */
public enum ReconstructionLoss {

    /** Σᵢ‖xᵢ − x̂ᵢ‖² / (B·d_in): PyTorch's {@code F.mse_loss}, as in the L2PRH code. */
    MSE,

    /** Σᵢ‖xᵢ − x̂ᵢ‖² / B: the per-row squared error of the ReLU+L1 objective (Bricken et al. 2023). */
    SQUARED_ERROR,

    /**
     * Σᵢ‖xᵢ − x̂ᵢ‖² / Σᵢ‖xᵢ − x̄‖² with x̄ the batch mean, held constant: the normalised MSE of
     * Gao et al. 2024 (the batch FVU).
     */
    NORMALIZED_MSE
}
