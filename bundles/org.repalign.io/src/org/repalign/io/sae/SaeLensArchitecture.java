package org.repalign.io.sae;

import java.util.Optional;

/**
 * The SAELens inference architectures a RepAlign SAE folder can declare in {@code cfg.json}.
 * RepAlign's BatchTopK SAEs are saved as {@link #JUMPRELU} with their learned threshold, which is
 * how they act at inference; ReLU + L1 SAEs are {@link #STANDARD}. The architectures RepAlign
 * trains are {@code org.repalign.compute.sae.SaeArchitecture}; {@code SaeModels} maps them to these.
 */
public enum SaeLensArchitecture {
    /** TopK: the k largest ReLU activations per row; needs {@code k}. */
    TOPK("topk"),
    /** JumpReLU: activations above a per-latent {@code threshold}. */
    JUMPRELU("jumprelu"),
    /** ReLU activations (trained with an L1 penalty). */
    STANDARD("standard");

    private final String saeLensName;

    SaeLensArchitecture(String saeLensName) {
        this.saeLensName = saeLensName;
    }

    /** @return the value of {@code cfg.json}'s {@code architecture} field */
    public String saeLensName() {
        return saeLensName;
    }

    /**
     * @param name a value of {@code cfg.json}'s {@code architecture} field
     * @return the architecture, if it is one of these
     */
    public static Optional<SaeLensArchitecture> fromSaeLensName(String name) {
        for (SaeLensArchitecture a : values()) {
            if (a.saeLensName.equals(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
