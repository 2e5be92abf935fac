package org.repalign.compute.sae;

/**
 * The "standard" ReLU SAE with an L1 penalty weighted by decoder norms (Bricken et al. 2023,
 * "Towards monosemanticity"; SAELens {@code standard}): {@code z = f = ReLU(pre)}, trained with
 * {@code ‖x − x̂‖² + λ Σⱼ fⱼ‖W_dec,j‖} per row (λ is {@link SaeTrainingConfig#l1Coefficient()}).
 */
public final class ReluL1Architecture implements SaeArchitecture {

    /** The id, {@value}. */
    public static final String ID = "relu-l1";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String saeLensArchitecture() {
        return "standard";
    }

    @Override
    public boolean usesK() {
        return false;
    }

    @Override
    public boolean supportsAuxK() {
        return false;
    }

    @Override
    public boolean hasL1Penalty() {
        return true;
    }

    @Override
    public boolean learnsThreshold() {
        return false;
    }

    @Override
    public void encode(float[] pre, int rows, int dSae, int k, float[] threshold, SparseBatch out) {
        encodeForTraining(pre, rows, dSae, k, out);
    }

    @Override
    public float encodeForTraining(float[] pre, int rows, int dSae, int k, SparseBatch out) {
        out.clear();
        float smallest = Float.NaN;
        for (int r = 0; r < rows; r++) {
            int base = r * dSae;
            for (int j = 0; j < dSae; j++) {
                float v = pre[base + j];
                if (v > 0f) {
                    out.add(j, v);
                    if (!(v >= smallest)) {
                        smallest = v;
                    }
                }
            }
            out.endRow();
        }
        return smallest;
    }
}
