package org.repalign.compute.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.stats.SplitMix64;

/**
 * RepAlign's own synthetic signal/bias/noise generator. The model is inferred from the abstract
 * of Bresler, Bangachev and Polyanskiy 2026 ("Representation Alignment Rests on Linear
 * Structure"): the paper states no formula, so this is RepAlign's reading of it, not the
 * paper's. Items carry sparse non-negative attribute codes s(o) over a shared attribute set and
 * Zipf frequencies f(o) ({@link SyntheticWorld}); every model M sees them through its own
 * dictionary, bias offset, optional anisotropy and frequency-dependent noise
 * ({@link SyntheticModelSpec}), and its rows are normalised to unit length.
 *
 * <p><b>Determinism.</b> Everything follows from {@link #seed()} through {@link SplitMix64}
 * streams, so equal generators give bit-identical output on every Java version:
 * <ul>
 * <li>the world (active attributes, then values, item by item) from the stream seeded
 *     {@code mix(seed)};</li>
 * <li>for model i (0-based) let {@code base = mix(seed + i + 1)}; its dictionary comes from the
 *     stream seeded {@code mix(base + 1)} (or {@code mix(dictionarySeed)} when the spec gives
 *     one), its bias direction and then its anisotropic coordinates from {@code mix(base + 2)},
 *     and its noise (row-major, item by item) from {@code mix(base + 3)};</li>
 * </ul>
 * where {@code mix} is {@link SplitMix64#mix(long)}. A model's output therefore does not depend
 * on the other models in the list, only on its position. Gaussian draws are
 * {@link SplitMix64#nextGaussian()}: the Box–Muller transform √(−2 ln(1 − u)) · cos(2πv) of two
 * consecutive uniforms u, v.
 *
 * @param seed          the master seed
 * @param items         n ≥ 2
 * @param attributes    m ≥ 1, the size of the shared attribute set
 * @param activePerItem the number of positive entries of every code, in [1, m]
 * @param codeMagnitude the typical value of a positive code entry, positive
 * @param codeJitter    relative spread of positive entries in [0, 1): values are uniform in
 *                      magnitude · [1 − jitter, 1 + jitter)
 * @param zipfExponent  a ≥ 0: f(rank r) = topFrequency · r<sup>−a</sup>
 * @param topFrequency  the frequency of the rank-1 item, positive
 * @param models        the models, at least one, with distinct names
 * @param attributeLabelNoise ρ in [0, 1): the share of each attribute's labels that
 *                      {@link #attributeLabels} moves to items without the attribute, as human
 *                      annotations miss and misplace some (0: the labels are the codes' supports)
 */
public record SyntheticGenerator(long seed, int items, int attributes, int activePerItem, double codeMagnitude,
        double codeJitter, double zipfExponent, double topFrequency, List<SyntheticModelSpec> models,
        double attributeLabelNoise) {

    /**
     * A generator whose attribute labels are the codes' supports.
     *
     * @param seed          the master seed
     * @param items         n ≥ 2
     * @param attributes    m ≥ 1
     * @param activePerItem positive entries of every code
     * @param codeMagnitude typical value of a positive code entry
     * @param codeJitter    relative spread of positive entries
     * @param zipfExponent  Zipf exponent of the frequencies
     * @param topFrequency  frequency of the rank-1 item
     * @param models        the models
     */
    public SyntheticGenerator(long seed, int items, int attributes, int activePerItem, double codeMagnitude,
            double codeJitter, double zipfExponent, double topFrequency, List<SyntheticModelSpec> models) {
        this(seed, items, attributes, activePerItem, codeMagnitude, codeJitter, zipfExponent, topFrequency, models, 0);
    }

    /** Default number of items. */
    public static final int DEFAULT_ITEMS = 400;
    /** Default number of attributes. */
    public static final int DEFAULT_ATTRIBUTES = 160;
    /** Default number of positive entries per code. */
    public static final int DEFAULT_ACTIVE_PER_ITEM = 6;
    /** Default value of a positive code entry. */
    public static final double DEFAULT_CODE_MAGNITUDE = 1.0;
    /** Default relative spread of positive code entries. */
    public static final double DEFAULT_CODE_JITTER = 0.25;
    /** Default Zipf exponent. */
    public static final double DEFAULT_ZIPF_EXPONENT = 1.0;
    /** Default frequency of the most frequent item. */
    public static final double DEFAULT_TOP_FREQUENCY = 1000.0;
    /** Seed of {@link #example()}. */
    public static final long EXAMPLE_SEED = 20260522L;

    /** Compact constructor: validates every knob and freezes the model list. */
    public SyntheticGenerator {
        models = List.copyOf(Objects.requireNonNull(models, "models"));
        if (items < 2) {
            throw new IllegalArgumentException("items must be at least 2, got " + items);
        }
        if (attributes < 1) {
            throw new IllegalArgumentException("attributes must be at least 1, got " + attributes);
        }
        if (activePerItem < 1 || activePerItem > attributes) {
            throw new IllegalArgumentException("activePerItem must be in [1, " + attributes + "], got " + activePerItem);
        }
        if (!(codeMagnitude > 0) || Double.isInfinite(codeMagnitude)) {
            throw new IllegalArgumentException("codeMagnitude must be finite and positive, got " + codeMagnitude);
        }
        if (!(codeJitter >= 0 && codeJitter < 1)) {
            throw new IllegalArgumentException("codeJitter must be in [0, 1), got " + codeJitter);
        }
        if (!(zipfExponent >= 0) || Double.isInfinite(zipfExponent)) {
            throw new IllegalArgumentException("zipfExponent must be finite and ≥ 0, got " + zipfExponent);
        }
        if (!(topFrequency > 0) || Double.isInfinite(topFrequency)) {
            throw new IllegalArgumentException("topFrequency must be finite and positive, got " + topFrequency);
        }
        if (models.isEmpty()) {
            throw new IllegalArgumentException("at least one model is needed");
        }
        if (!(attributeLabelNoise >= 0 && attributeLabelNoise < 1)) {
            throw new IllegalArgumentException("attributeLabelNoise must be in [0, 1), got " + attributeLabelNoise);
        }
        Set<String> names = new HashSet<>();
        for (SyntheticModelSpec model : models) {
            if (!names.add(model.name())) {
                throw new IllegalArgumentException("duplicate model name " + model.name());
            }
            if (model.dictionary() == DictionaryKind.ORTHONORMAL && attributes > model.dimension()) {
                throw new IllegalArgumentException("model " + model.name() + ": an orthonormal dictionary needs attributes ("
                        + attributes + ") ≤ dimension (" + model.dimension() + ")");
            }
        }
    }

    /**
     * @param seed   the master seed
     * @param models the models
     * @return a generator with every other knob at its default
     */
    public static SyntheticGenerator withDefaults(long seed, List<SyntheticModelSpec> models) {
        return new SyntheticGenerator(seed, DEFAULT_ITEMS, DEFAULT_ATTRIBUTES, DEFAULT_ACTIVE_PER_ITEM,
                DEFAULT_CODE_MAGNITUDE, DEFAULT_CODE_JITTER, DEFAULT_ZIPF_EXPONENT, DEFAULT_TOP_FREQUENCY, models);
    }

    /**
     * The built-in example: 400 items, 160 attributes with 6 active per item, Zipf exponent 1,
     * and five models of dimensions 64 to 256 chosen so that the three effects show: the
     * ground-truth codes are shared exactly (signal), {@code large-bias-a} and
     * {@code large-bias-b} carry bias offsets several times the signal's norm, so centring
     * raises their alignment (bias), and noise falling as f<sup>−γ</sup> (γ = ½ by default) makes frequent items
     * align better than rare ones (noise).
     *
     * @return the example generator, seeded {@link #EXAMPLE_SEED}
     */
    public static SyntheticGenerator example() {
        return withDefaults(EXAMPLE_SEED, List.of(
                SyntheticModelSpec.of("small-64", 64, 0.5, 2.0),
                SyntheticModelSpec.of("large-bias-a", 96, 8.0, 2.0),
                SyntheticModelSpec.of("large-bias-b", 128, 8.0, 2.0).withAnisotropy(4, 3.0),
                SyntheticModelSpec.of("mid-192", 192, 1.0, 2.5),
                SyntheticModelSpec.of("wide-256", 256, 2.0, 1.5)));
    }

    /**
     * @param newSeed another master seed
     * @return this generator with that seed
     */
    public SyntheticGenerator withSeed(long newSeed) {
        return new SyntheticGenerator(newSeed, items, attributes, activePerItem, codeMagnitude, codeJitter,
                zipfExponent, topFrequency, models, attributeLabelNoise);
    }

    /**
     * @param newModels other models
     * @return this generator with those models
     */
    public SyntheticGenerator withModels(List<SyntheticModelSpec> newModels) {
        return new SyntheticGenerator(seed, items, attributes, activePerItem, codeMagnitude, codeJitter, zipfExponent,
                topFrequency, newModels, attributeLabelNoise);
    }

    /** @return the ground truth: codes, attributes per item and frequencies */
    public SyntheticWorld world() {
        SplitMix64 random = new SplitMix64(SplitMix64.mix(seed));
        double[][] codes = new double[items][attributes];
        int[][] active = new int[items][];
        int[] pool = new int[attributes];
        for (int i = 0; i < items; i++) {
            for (int j = 0; j < attributes; j++) {
                pool[j] = j;
            }
            for (int p = 0; p < activePerItem; p++) {
                int q = p + random.nextInt(attributes - p);
                int t = pool[p];
                pool[p] = pool[q];
                pool[q] = t;
            }
            int[] chosen = Arrays.copyOf(pool, activePerItem);
            Arrays.sort(chosen);
            for (int j : chosen) {
                codes[i][j] = codeMagnitude * (1 + codeJitter * (2 * random.nextDouble() - 1));
            }
            active[i] = chosen;
        }
        double[] frequencies = new double[items];
        for (int i = 0; i < items; i++) {
            frequencies[i] = topFrequency * Math.pow(i + 1, -zipfExponent);
        }
        return new SyntheticWorld(codes, active, frequencies, zipfExponent, topFrequency);
    }

    /**
     * The attribute labels an experiment's attributes file holds: per attribute, per item whether
     * the item is labelled with it. Each label of the codes' supports (item o has attribute j when
     * s<sub>j</sub>(o) &gt; 0) is, with probability ρ = {@link #attributeLabelNoise()}, moved to an
     * item drawn uniformly from those without the attribute, so every attribute keeps its count.
     * Attribute j draws from the stream seeded with {@code mix(mix(seed) + j + 1)}; with ρ = 0
     * nothing is drawn.
     *
     * @param world the world, normally {@link #world()}
     * @return labels[j][o]
     */
    public boolean[][] attributeLabels(SyntheticWorld world) {
        boolean[][] labels = new boolean[world.attributes()][world.items()];
        for (int o = 0; o < world.items(); o++) {
            for (int j : world.activeAttributes(o)) {
                labels[j][o] = true;
            }
        }
        if (attributeLabelNoise == 0) {
            return labels;
        }
        for (int j = 0; j < labels.length; j++) {
            SplitMix64 random = new SplitMix64(SplitMix64.mix(SplitMix64.mix(seed) + j + 1));
            boolean[] original = labels[j].clone();
            int holders = 0;
            for (boolean has : original) {
                holders += has ? 1 : 0;
            }
            int free = original.length - holders;
            for (int o = 0; o < original.length && free > 0; o++) {
                if (original[o] && random.nextDouble() < attributeLabelNoise) {
                    int other;
                    do {
                        other = random.nextInt(original.length);
                    } while (original[other] || labels[j][other]);
                    labels[j][o] = false;
                    labels[j][other] = true;
                    free--;
                }
            }
        }
        return labels;
    }

    /** @return every model's representation of one shared {@link #world()}, in model order */
    public List<SyntheticRepresentation> representations() {
        SyntheticWorld world = world();
        List<SyntheticRepresentation> result = new ArrayList<>(models.size());
        for (int i = 0; i < models.size(); i++) {
            result.add(represent(world, i));
        }
        return List.copyOf(result);
    }

    /**
     * @param world      the ground truth, normally {@link #world()}
     * @param modelIndex 0-based index into {@link #models()}
     * @return that model's representation
     * @throws IllegalArgumentException when the world does not match this generator's shape
     * @throws IllegalStateException    when a row is exactly zero before normalisation
     */
    public SyntheticRepresentation represent(SyntheticWorld world, int modelIndex) {
        Objects.checkIndex(modelIndex, models.size());
        if (world.items() != items || world.attributes() != attributes) {
            throw new IllegalArgumentException("world is " + world.items() + " items x " + world.attributes()
                    + " attributes, generator expects " + items + " x " + attributes);
        }
        SyntheticModelSpec spec = models.get(modelIndex);
        int d = spec.dimension();
        long base = SplitMix64.mix(seed + modelIndex + 1);
        long dictionarySeed = SplitMix64.mix(spec.dictionarySeed().isPresent() ? spec.dictionarySeed().getAsLong() : base + 1);
        double[][] dictionary = dictionary(spec.dictionary(), d, attributes, new SplitMix64(dictionarySeed));

        SplitMix64 biasRandom = new SplitMix64(SplitMix64.mix(base + 2));
        double[] bias = new double[d];
        double norm = 0;
        for (int r = 0; r < d; r++) {
            bias[r] = biasRandom.nextGaussian();
            norm += bias[r] * bias[r];
        }
        norm = Math.sqrt(norm);
        for (int r = 0; r < d; r++) {
            bias[r] = norm > 0 ? bias[r] / norm * spec.biasNorm() : 0;
        }
        int[] order = new int[d];
        for (int r = 0; r < d; r++) {
            order[r] = r;
        }
        for (int p = 0; p < spec.anisotropicDimensions(); p++) {
            int q = p + biasRandom.nextInt(d - p);
            int t = order[p];
            order[p] = order[q];
            order[q] = t;
        }
        int[] scaled = Arrays.copyOf(order, spec.anisotropicDimensions());
        Arrays.sort(scaled);
        double[] diagonal = new double[d];
        Arrays.fill(diagonal, 1.0);
        for (int r : scaled) {
            diagonal[r] = spec.anisotropyScale();
        }

        SplitMix64 noiseRandom = new SplitMix64(SplitMix64.mix(base + 3));
        double unit = 1 / Math.sqrt(d);
        double[] itemNoise = new double[items];
        double[] norms = new double[items];
        double[] values = new double[items * d];
        double[] row = new double[d];
        for (int i = 0; i < items; i++) {
            // γ = ½ as 1/√f, bit for bit the generator's output before γ could be chosen
            itemNoise[i] = spec.noiseExponent() == SyntheticModelSpec.DEFAULT_NOISE_EXPONENT
                    ? spec.noiseScale() / Math.sqrt(world.frequency(i))
                    : spec.noiseScale() * Math.pow(world.frequency(i), -spec.noiseExponent());
            System.arraycopy(bias, 0, row, 0, d);
            double[] code = world.code(i);
            for (int j : world.activeAttributes(i)) {
                double s = code[j];
                for (int r = 0; r < d; r++) {
                    row[r] += dictionary[r][j] * s;
                }
            }
            for (int r = 0; r < d; r++) {
                row[r] += itemNoise[i] * unit * noiseRandom.nextGaussian();
            }
            double length = 0;
            for (int r = 0; r < d; r++) {
                row[r] *= diagonal[r];
                length += row[r] * row[r];
            }
            length = Math.sqrt(length);
            norms[i] = length;
            if (!(length > 0)) {
                throw new IllegalStateException("model " + spec.name() + ": row of " + world.itemNames().get(i)
                        + " is zero before normalisation");
            }
            for (int r = 0; r < d; r++) {
                values[i * d + r] = row[r] / length;
            }
        }
        return new SyntheticRepresentation(world, spec, modelIndex, DenseMatrix.wrap(items, d, values), dictionary, bias,
                scaled, itemNoise, norms);
    }

    private static double[][] dictionary(DictionaryKind kind, int d, int m, SplitMix64 random) {
        double[][] a = new double[d][m];
        for (int j = 0; j < m; j++) {
            for (int r = 0; r < d; r++) {
                a[r][j] = random.nextGaussian();
            }
        }
        if (kind == DictionaryKind.ORTHONORMAL) {
            for (int pass = 0; pass < 2; pass++) {
                for (int j = 0; j < m; j++) {
                    for (int k = 0; k < j; k++) {
                        double dot = 0;
                        for (int r = 0; r < d; r++) {
                            dot += a[r][j] * a[r][k];
                        }
                        for (int r = 0; r < d; r++) {
                            a[r][j] -= dot * a[r][k];
                        }
                    }
                    normaliseColumn(a, j);
                }
            }
        } else {
            for (int j = 0; j < m; j++) {
                normaliseColumn(a, j);
            }
        }
        return a;
    }

    private static void normaliseColumn(double[][] a, int j) {
        double norm = 0;
        for (double[] row : a) {
            norm += row[j] * row[j];
        }
        norm = Math.sqrt(norm);
        for (double[] row : a) {
            row[j] /= norm;
        }
    }
}
