package org.repalign.compute.sae;

/**
 * The two named training recipes; {@link SaeTrainingConfig.Builder} starts from one and any
 * value can then be changed on its own.
 */
public enum SaeRecipe {

    /**
     * The L2PRH paper's own TopK recipe (research notes §6.1; code {@code sae/topk_sae.py}):
     * b_enc = 0; W_dec Kaiming-uniform, atoms then unit-normed; W_enc independent, uniform in
     * ±1/√d_in; b_dec = data mean; plain MSE (mean over all elements); atoms renormalised to unit
     * norm after every step, no gradient projection; dead-latent resampling every 2,500 steps
     * while step &lt; 80 % of training (uniformly drawn row x, residual r = x − x̂: atom r/‖r‖,
     * encoder column 0.1·r/‖r‖, encoder bias 0, Adam state kept, counter reset); no AuxK.
     */
    L2PRH("l2prh"),

    /**
     * Gao et al. 2024, "Scaling and evaluating sparse autoencoders" (notes §6.2): tied
     * initialisation W_enc = W_decᵀ of unit atoms; the gradient component parallel to each atom
     * projected out before each step and atoms unit-normed after it; AuxK loss (k_aux = 512,
     * coefficient 1/32); normalised MSE (batch FVU); no resampling. b_dec starts at the data mean
     * rather than Gao's geometric median, and the encoder is not rescaled after tying.
     */
    GAO("gao");

    private final String id;

    SaeRecipe(String id) {
        this.id = id;
    }

    /** @return the command-line id */
    public String id() {
        return id;
    }

    /**
     * @param id {@code l2prh} or {@code gao}
     * @return the recipe
     * @throws IllegalArgumentException naming the parameter otherwise
     */
    public static SaeRecipe of(String id) {
        for (SaeRecipe r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("recipe: unknown '" + id + "', expected l2prh or gao");
    }
}
