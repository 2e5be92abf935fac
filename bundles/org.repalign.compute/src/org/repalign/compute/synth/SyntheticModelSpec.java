package org.repalign.compute.synth;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * The knobs of one model M in RepAlign's own synthetic signal/bias/noise model (inferred from
 * the abstract of Bresler, Bangachev and Polyanskiy 2026; the paper states no formula). The
 * representation of item o is
 * <pre>
 *   x_M(o) = D_M ( A_M s(o) + b_M + σ_M · f(o)^(−γ_M) · ε_M(o) ),   then scaled to unit L2 norm,
 * </pre>
 * with A<sub>M</sub> the d × m dictionary ({@link #dictionary()}), b<sub>M</sub> a uniformly random
 * direction times {@link #biasNorm()}, ε<sub>M</sub>(o) ~ N(0, I<sub>d</sub>/d) (expected squared
 * norm 1, so σ does not depend on the dimension), and D<sub>M</sub> the anisotropy: a diagonal
 * matrix equal to {@link #anisotropyScale()} on {@link #anisotropicDimensions()} randomly chosen
 * coordinates and 1 elsewhere (the identity by default), and γ<sub>M</sub> the noise exponent
 * ({@link #noiseExponent()}, ½ by default: noise s.d. ∝ f<sup>−½</sup>, the scaling of an average of f
 * independent observations).
 *
 * @param name                  the model's name, non-blank
 * @param dimension             d<sub>M</sub> ≥ 2
 * @param dictionary            how A<sub>M</sub> is drawn
 * @param dictionarySeed        seed of A<sub>M</sub>; empty to derive it from the generator's seed
 *                              (two models with the same explicit seed, kind and dimension share
 *                              their dictionary)
 * @param biasNorm              ‖b<sub>M</sub>‖ ≥ 0
 * @param anisotropicDimensions how many coordinates D<sub>M</sub> scales, 0 ≤ · ≤ d
 * @param anisotropyScale       the factor on those coordinates, positive
 * @param noiseScale            σ<sub>M</sub> ≥ 0
 * @param noiseExponent         γ<sub>M</sub> ≥ 0, finite
 */
public record SyntheticModelSpec(String name, int dimension, DictionaryKind dictionary, OptionalLong dictionarySeed,
        double biasNorm, int anisotropicDimensions, double anisotropyScale, double noiseScale, double noiseExponent) {

    /** The default noise exponent: noise s.d. ∝ f<sup>−½</sup>. */
    public static final double DEFAULT_NOISE_EXPONENT = 0.5;

    /**
     * A spec with the default noise exponent ½.
     *
     * @param name                  the model's name
     * @param dimension             d<sub>M</sub>
     * @param dictionary            how A<sub>M</sub> is drawn
     * @param dictionarySeed        seed of A<sub>M</sub>, or empty
     * @param biasNorm              ‖b<sub>M</sub>‖
     * @param anisotropicDimensions how many coordinates D<sub>M</sub> scales
     * @param anisotropyScale       the factor on those coordinates
     * @param noiseScale            σ<sub>M</sub>
     */
    public SyntheticModelSpec(String name, int dimension, DictionaryKind dictionary, OptionalLong dictionarySeed,
            double biasNorm, int anisotropicDimensions, double anisotropyScale, double noiseScale) {
        this(name, dimension, dictionary, dictionarySeed, biasNorm, anisotropicDimensions, anisotropyScale, noiseScale,
                DEFAULT_NOISE_EXPONENT);
    }

    /** Compact constructor: validates every knob. */
    public SyntheticModelSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dictionary, "dictionary");
        Objects.requireNonNull(dictionarySeed, "dictionarySeed");
        if (name.isBlank()) {
            throw new IllegalArgumentException("model name must not be blank");
        }
        if (dimension < 2) {
            throw new IllegalArgumentException("model " + name + ": dimension must be at least 2, got " + dimension);
        }
        if (!(biasNorm >= 0) || Double.isInfinite(biasNorm)) {
            throw new IllegalArgumentException("model " + name + ": biasNorm must be finite and ≥ 0, got " + biasNorm);
        }
        if (anisotropicDimensions < 0 || anisotropicDimensions > dimension) {
            throw new IllegalArgumentException("model " + name + ": anisotropicDimensions must be in [0, " + dimension
                    + "], got " + anisotropicDimensions);
        }
        if (!(anisotropyScale > 0) || Double.isInfinite(anisotropyScale)) {
            throw new IllegalArgumentException("model " + name + ": anisotropyScale must be finite and positive, got "
                    + anisotropyScale);
        }
        if (!(noiseScale >= 0) || Double.isInfinite(noiseScale)) {
            throw new IllegalArgumentException("model " + name + ": noiseScale must be finite and ≥ 0, got " + noiseScale);
        }
        if (!(noiseExponent >= 0) || Double.isInfinite(noiseExponent)) {
            throw new IllegalArgumentException("model " + name + ": noiseExponent must be finite and ≥ 0, got "
                    + noiseExponent);
        }
    }

    /**
     * An isotropic model with a random dictionary whose seed is derived from the generator's.
     *
     * @param name       the model's name
     * @param dimension  d<sub>M</sub>
     * @param biasNorm   ‖b<sub>M</sub>‖
     * @param noiseScale σ<sub>M</sub>
     * @return the spec
     */
    public static SyntheticModelSpec of(String name, int dimension, double biasNorm, double noiseScale) {
        return new SyntheticModelSpec(name, dimension, DictionaryKind.RANDOM, OptionalLong.empty(), biasNorm, 0, 1.0,
                noiseScale);
    }

    /**
     * @param kind the dictionary kind
     * @return this spec with another dictionary kind
     */
    public SyntheticModelSpec withDictionary(DictionaryKind kind) {
        return new SyntheticModelSpec(name, dimension, kind, dictionarySeed, biasNorm, anisotropicDimensions,
                anisotropyScale, noiseScale, noiseExponent);
    }

    /**
     * @param seed an explicit dictionary seed
     * @return this spec with that dictionary seed
     */
    public SyntheticModelSpec withDictionarySeed(long seed) {
        return new SyntheticModelSpec(name, dimension, dictionary, OptionalLong.of(seed), biasNorm,
                anisotropicDimensions, anisotropyScale, noiseScale, noiseExponent);
    }

    /**
     * @param dimensions how many coordinates to scale
     * @param scale      the factor
     * @return this spec with that anisotropy
     */
    public SyntheticModelSpec withAnisotropy(int dimensions, double scale) {
        return new SyntheticModelSpec(name, dimension, dictionary, dictionarySeed, biasNorm, dimensions, scale,
                noiseScale, noiseExponent);
    }

    /**
     * @param norm ‖b<sub>M</sub>‖
     * @return this spec with another bias norm
     */
    public SyntheticModelSpec withBiasNorm(double norm) {
        return new SyntheticModelSpec(name, dimension, dictionary, dictionarySeed, norm, anisotropicDimensions,
                anisotropyScale, noiseScale, noiseExponent);
    }

    /**
     * @param sigma σ<sub>M</sub>
     * @return this spec with another noise scale
     */
    public SyntheticModelSpec withNoiseScale(double sigma) {
        return new SyntheticModelSpec(name, dimension, dictionary, dictionarySeed, biasNorm, anisotropicDimensions,
                anisotropyScale, sigma, noiseExponent);
    }

    /**
     * @param gamma γ<sub>M</sub>
     * @return this spec with another noise exponent
     */
    public SyntheticModelSpec withNoiseExponent(double gamma) {
        return new SyntheticModelSpec(name, dimension, dictionary, dictionarySeed, biasNorm, anisotropicDimensions,
                anisotropyScale, noiseScale, gamma);
    }
}
