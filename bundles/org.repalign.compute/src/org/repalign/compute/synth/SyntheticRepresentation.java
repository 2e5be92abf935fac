package org.repalign.compute.synth;

import org.repalign.compute.data.DenseMatrix;

/**
 * One model's rows from RepAlign's own synthetic signal/bias/noise model (see
 * {@link SyntheticModelSpec} for the formula), together with the model's ground truth: its
 * dictionary A<sub>M</sub>, bias offset b<sub>M</sub>, anisotropic coordinates and the noise
 * scale of every item. Immutable; accessors return copies.
 */
public final class SyntheticRepresentation {

    private final SyntheticWorld world;
    private final SyntheticModelSpec spec;
    private final int modelIndex;
    private final DenseMatrix matrix;
    private final double[][] dictionary;
    private final double[] bias;
    private final int[] anisotropicCoordinates;
    private final double[] itemNoiseScales;
    private final double[] rowNorms;

    SyntheticRepresentation(SyntheticWorld world, SyntheticModelSpec spec, int modelIndex, DenseMatrix matrix,
            double[][] dictionary, double[] bias, int[] anisotropicCoordinates, double[] itemNoiseScales,
            double[] rowNorms) {
        this.world = world;
        this.spec = spec;
        this.modelIndex = modelIndex;
        this.matrix = matrix;
        this.dictionary = dictionary;
        this.bias = bias;
        this.anisotropicCoordinates = anisotropicCoordinates;
        this.itemNoiseScales = itemNoiseScales;
        this.rowNorms = rowNorms;
    }

    /** @return the shared ground truth */
    public SyntheticWorld world() {
        return world;
    }

    /** @return the model's knobs */
    public SyntheticModelSpec spec() {
        return spec;
    }

    /** @return the model's name */
    public String name() {
        return spec.name();
    }

    /** @return the model's 0-based position in the generator's list */
    public int modelIndex() {
        return modelIndex;
    }

    /** @return the n × d<sub>M</sub> rows x<sub>M</sub>(o), each of unit L2 norm, in item order */
    public DenseMatrix matrix() {
        return matrix;
    }

    /** @return A<sub>M</sub>, d<sub>M</sub> × m, unit columns */
    public DenseMatrix dictionary() {
        return DenseMatrix.of(dictionary);
    }

    /** @return b<sub>M</sub> (length d<sub>M</sub>, norm {@link SyntheticModelSpec#biasNorm()}) */
    public double[] bias() {
        return bias.clone();
    }

    /** @return the coordinates D<sub>M</sub> scales, ascending (empty when isotropic) */
    public int[] anisotropicCoordinates() {
        return anisotropicCoordinates.clone();
    }

    /** @return σ<sub>M</sub> */
    public double noiseScale() {
        return spec.noiseScale();
    }

    /** @return σ<sub>M</sub> · f(o)<sup>−γ<sub>M</sub></sup> for every item, in item order */
    public double[] itemNoiseScales() {
        return itemNoiseScales.clone();
    }

    /**
     * @return ‖r(o)‖, the norm of every item's row before it was scaled to unit length, in item
     *         order: the bias part of unit row o is b<sub>M</sub>/‖r(o)‖ (with the anisotropy applied)
     */
    public double[] rowNorms() {
        return rowNorms.clone();
    }

    /**
     * The ground truth of the share of the unit rows' variance that is not noise:
     * 1 − (mean over items of σ<sub>o</sub>²/(‖A s(o) + b‖² + σ<sub>o</sub>²)) / (1 − ‖mean unit row‖²),
     * each item's noise share of its row in expectation (E‖ε‖² = 1; without anisotropy, which the
     * expression ignores), noise having no mean. What the model analysis estimates.
     *
     * @return the signal share
     */
    public double signalShare() {
        int n = world.items();
        int d = bias.length;
        double noise = 0;
        for (int o = 0; o < n; o++) {
            double[] code = world.code(o);
            double squares = 0;
            for (int r = 0; r < d; r++) {
                double value = bias[r];
                for (int j : world.activeAttributes(o)) {
                    value += dictionary[r][j] * code[j];
                }
                squares += value * value;
            }
            double sigma = itemNoiseScales[o];
            noise += sigma * sigma / (squares + sigma * sigma) / n;
        }
        double[] mean = new double[d];
        for (int o = 0; o < n; o++) {
            double[] row = matrix.row(o);
            for (int r = 0; r < d; r++) {
                mean[r] += row[r] / n;
            }
        }
        double meanSquares = 0;
        for (double v : mean) {
            meanSquares += v * v;
        }
        return 1 - noise / (1 - meanSquares);
    }

    /** @return the mutual coherence of A<sub>M</sub>: max over i ≠ j of |⟨a<sub>i</sub>, a<sub>j</sub>⟩| */
    public double coherence() {
        int d = dictionary.length;
        int m = dictionary[0].length;
        double max = 0;
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                double dot = 0;
                for (int r = 0; r < d; r++) {
                    dot += dictionary[r][i] * dictionary[r][j];
                }
                max = Math.max(max, Math.abs(dot));
            }
        }
        return max;
    }
}
