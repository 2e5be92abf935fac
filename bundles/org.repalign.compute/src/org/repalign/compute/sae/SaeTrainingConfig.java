package org.repalign.compute.sae;

/**
 * Every setting of an SAE training run. Start from a recipe with {@link #builder(SaeRecipe)}
 * (defaults of {@link SaeRecipe#L2PRH}: AdamW lr 4e-4, β = (0.9, 0.999), ε = 1e-8, weight
 * decay 0, batch 2,048, 50,000 steps, cosine annealing to 0.05·lr, seed 1) and change any value.
 *
 * <p>{@link SaeRecipe#GAO} changes: normalised MSE, tied initialisation, gradient projection,
 * AuxK on (k_aux 512, α = 1/32, dead after 1,000 steps without firing), no resampling. Other
 * defaults: λ = 1 (ReLU+L1), BatchTopK threshold rate 0.01, input scaling off, a curve point
 * every 100 steps, dead fraction over 2,500 steps.
 *
 * <p>Learning-rate schedule (PyTorch {@code CosineAnnealingLR} with {@code T_max} = steps):
 * step t (0-based) uses {@code lr_t = lr_min + ½(lr − lr_min)(1 + cos(π t / steps))} with
 * {@code lr_min = minLearningRateFraction · lr}.
 */
public final class SaeTrainingConfig {

    private final Builder b;

    private SaeTrainingConfig(Builder b) {
        this.b = b.copy();
    }

    /**
     * @param recipe the recipe whose defaults to start from
     * @return a builder
     */
    public static Builder builder(SaeRecipe recipe) {
        return new Builder(recipe);
    }

    /** @return a builder holding these values */
    public Builder toBuilder() {
        return b.copy();
    }

    /** @return the recipe the values started from */
    public SaeRecipe recipe() {
        return b.recipe;
    }

    /** @return the architecture id */
    public String architecture() {
        return b.architecture;
    }

    /** @return d_sae, the number of latents m */
    public int latents() {
        return b.latents;
    }

    /** @return k (TopK, BatchTopK) */
    public int k() {
        return b.k;
    }

    /** @return the number of optimizer steps of the whole run */
    public int steps() {
        return b.steps;
    }

    /** @return rows per batch B */
    public int batchSize() {
        return b.batchSize;
    }

    /** @return the peak learning rate */
    public double learningRate() {
        return b.learningRate;
    }

    /** @return the final learning rate as a fraction of the peak */
    public double minLearningRateFraction() {
        return b.minLearningRateFraction;
    }

    /** @return Adam β₁ */
    public double beta1() {
        return b.beta1;
    }

    /** @return Adam β₂ */
    public double beta2() {
        return b.beta2;
    }

    /** @return Adam ε */
    public double epsilon() {
        return b.epsilon;
    }

    /** @return AdamW decoupled weight decay */
    public double weightDecay() {
        return b.weightDecay;
    }

    /** @return the seed of initialisation, row sampling and resampling */
    public long seed() {
        return b.seed;
    }

    /** @return λ of the ReLU+L1 penalty */
    public double l1Coefficient() {
        return b.l1Coefficient;
    }

    /** @return the reconstruction loss */
    public ReconstructionLoss reconstructionLoss() {
        return b.reconstructionLoss;
    }

    /** @return whether W_enc starts as W_decᵀ */
    public boolean tiedInit() {
        return b.tiedInit;
    }

    /** @return whether the gradient component parallel to each atom is removed before each step */
    public boolean projectDecoderGradient() {
        return b.projectDecoderGradient;
    }

    /** @return whether the atoms are renormalised to unit norm after each step */
    public boolean unitNormAtoms() {
        return b.unitNormAtoms;
    }

    /** @return whether dead latents are resampled */
    public boolean resampleDeadLatents() {
        return b.resampleDeadLatents;
    }

    /** @return steps between resampling checks */
    public int resampleInterval() {
        return b.resampleInterval;
    }

    /** @return resampling happens only while completed steps &lt; this fraction of {@link #steps()} */
    public double resampleUntilFraction() {
        return b.resampleUntilFraction;
    }

    /** @return the encoder column of a resampled latent is this times r/‖r‖ */
    public double resampleEncoderScale() {
        return b.resampleEncoderScale;
    }

    /**
     * @return whether the AuxK loss is added; {@link #build()} turns it off for architectures
     *         whose {@link SaeArchitecture#supportsAuxK()} is false (ReLU+L1)
     */
    public boolean auxK() {
        return b.auxK;
    }

    /** @return k_aux, capped at d_sae when used */
    public int kAux() {
        return b.kAux;
    }

    /** @return the AuxK coefficient α */
    public double auxKCoefficient() {
        return b.auxKCoefficient;
    }

    /** @return a latent is dead for AuxK when it has not fired for this many steps */
    public int auxKDeadSteps() {
        return b.auxKDeadSteps;
    }

    /** @return the rate of the BatchTopK threshold average */
    public double thresholdRate() {
        return b.thresholdRate;
    }

    /** @return whether inputs are scaled so that E‖x‖² = d_in */
    public boolean scaleInputs() {
        return b.scaleInputs;
    }

    /** @return steps between progress reports */
    public int logInterval() {
        return b.logInterval;
    }

    /** @return the window, in steps, of the reported dead fraction */
    public int deadWindowSteps() {
        return b.deadWindowSteps;
    }

    /** @return the architecture, looked up in {@link SaeArchitectures} */
    public SaeArchitecture architectureImpl() {
        return SaeArchitectures.get(b.architecture);
    }

    /** Mutable collector of the settings; {@link #build()} validates them. */
    public static final class Builder {
        private SaeRecipe recipe;
        private String architecture = TopKArchitecture.ID;
        private int latents = 4096;
        private int k = 32;
        private int steps = 50_000;
        private int batchSize = 2048;
        private double learningRate = 4e-4;
        private double minLearningRateFraction = 0.05;
        private double beta1 = 0.9;
        private double beta2 = 0.999;
        private double epsilon = 1e-8;
        private double weightDecay = 0;
        private long seed = 1;
        private double l1Coefficient = 1.0;
        private ReconstructionLoss reconstructionLoss;
        private boolean tiedInit;
        private boolean projectDecoderGradient;
        private boolean unitNormAtoms = true;
        private boolean resampleDeadLatents;
        private int resampleInterval = 2500;
        private double resampleUntilFraction = 0.8;
        private double resampleEncoderScale = 0.1;
        private boolean auxK;
        private int kAux = 512;
        private double auxKCoefficient = 1.0 / 32;
        private int auxKDeadSteps = 1000;
        private double thresholdRate = 0.01;
        private boolean scaleInputs;
        private int logInterval = 100;
        private int deadWindowSteps = 2500;

        private Builder(SaeRecipe recipe) {
            this.recipe = recipe;
            boolean gao = recipe == SaeRecipe.GAO;
            reconstructionLoss = gao ? ReconstructionLoss.NORMALIZED_MSE : ReconstructionLoss.MSE;
            tiedInit = gao;
            projectDecoderGradient = gao;
            resampleDeadLatents = !gao;
            auxK = gao;
        }

        private Builder copy() {
            Builder c = new Builder(recipe);
            c.architecture = architecture;
            c.latents = latents;
            c.k = k;
            c.steps = steps;
            c.batchSize = batchSize;
            c.learningRate = learningRate;
            c.minLearningRateFraction = minLearningRateFraction;
            c.beta1 = beta1;
            c.beta2 = beta2;
            c.epsilon = epsilon;
            c.weightDecay = weightDecay;
            c.seed = seed;
            c.l1Coefficient = l1Coefficient;
            c.reconstructionLoss = reconstructionLoss;
            c.tiedInit = tiedInit;
            c.projectDecoderGradient = projectDecoderGradient;
            c.unitNormAtoms = unitNormAtoms;
            c.resampleDeadLatents = resampleDeadLatents;
            c.resampleInterval = resampleInterval;
            c.resampleUntilFraction = resampleUntilFraction;
            c.resampleEncoderScale = resampleEncoderScale;
            c.auxK = auxK;
            c.kAux = kAux;
            c.auxKCoefficient = auxKCoefficient;
            c.auxKDeadSteps = auxKDeadSteps;
            c.thresholdRate = thresholdRate;
            c.scaleInputs = scaleInputs;
            c.logInterval = logInterval;
            c.deadWindowSteps = deadWindowSteps;
            return c;
        }

        /** @param v architecture id @return this */
        public Builder architecture(String v) { architecture = v; return this; }
        /** @param v d_sae @return this */
        public Builder latents(int v) { latents = v; return this; }
        /** @param v k @return this */
        public Builder k(int v) { k = v; return this; }
        /** @param v steps @return this */
        public Builder steps(int v) { steps = v; return this; }
        /** @param v batch size @return this */
        public Builder batchSize(int v) { batchSize = v; return this; }
        /** @param v peak learning rate @return this */
        public Builder learningRate(double v) { learningRate = v; return this; }
        /** @param v final lr / peak lr @return this */
        public Builder minLearningRateFraction(double v) { minLearningRateFraction = v; return this; }
        /** @param v β₁ @return this */
        public Builder beta1(double v) { beta1 = v; return this; }
        /** @param v β₂ @return this */
        public Builder beta2(double v) { beta2 = v; return this; }
        /** @param v ε @return this */
        public Builder epsilon(double v) { epsilon = v; return this; }
        /** @param v weight decay @return this */
        public Builder weightDecay(double v) { weightDecay = v; return this; }
        /** @param v seed @return this */
        public Builder seed(long v) { seed = v; return this; }
        /** @param v λ @return this */
        public Builder l1Coefficient(double v) { l1Coefficient = v; return this; }
        /** @param v reconstruction loss @return this */
        public Builder reconstructionLoss(ReconstructionLoss v) { reconstructionLoss = v; return this; }
        /** @param v tied initialisation @return this */
        public Builder tiedInit(boolean v) { tiedInit = v; return this; }
        /** @param v gradient projection @return this */
        public Builder projectDecoderGradient(boolean v) { projectDecoderGradient = v; return this; }
        /** @param v unit-norm atoms after each step @return this */
        public Builder unitNormAtoms(boolean v) { unitNormAtoms = v; return this; }
        /** @param v resampling @return this */
        public Builder resampleDeadLatents(boolean v) { resampleDeadLatents = v; return this; }
        /** @param v resampling interval @return this */
        public Builder resampleInterval(int v) { resampleInterval = v; return this; }
        /** @param v resampling stop fraction @return this */
        public Builder resampleUntilFraction(double v) { resampleUntilFraction = v; return this; }
        /** @param v encoder scale of resampled latents @return this */
        public Builder resampleEncoderScale(double v) { resampleEncoderScale = v; return this; }
        /** @param v AuxK on/off @return this */
        public Builder auxK(boolean v) { auxK = v; return this; }
        /** @param v k_aux @return this */
        public Builder kAux(int v) { kAux = v; return this; }
        /** @param v α @return this */
        public Builder auxKCoefficient(double v) { auxKCoefficient = v; return this; }
        /** @param v dead window of AuxK in steps @return this */
        public Builder auxKDeadSteps(int v) { auxKDeadSteps = v; return this; }
        /** @param v BatchTopK threshold rate @return this */
        public Builder thresholdRate(double v) { thresholdRate = v; return this; }
        /** @param v input scaling @return this */
        public Builder scaleInputs(boolean v) { scaleInputs = v; return this; }
        /** @param v reporting interval @return this */
        public Builder logInterval(int v) { logInterval = v; return this; }
        /** @param v dead window of the reported dead fraction @return this */
        public Builder deadWindowSteps(int v) { deadWindowSteps = v; return this; }

        /**
         * @return the validated configuration
         * @throws IllegalArgumentException naming the first bad parameter
         */
        public SaeTrainingConfig build() {
            SaeArchitecture arch = SaeArchitectures.get(architecture);
            positive("latents", latents);
            if (arch.usesK()) {
                if (k <= 0) {
                    throw new IllegalArgumentException("k must be positive, got " + k);
                }
                if (k > latents) {
                    throw new IllegalArgumentException("k = " + k + " exceeds latents (d_sae) = " + latents);
                }
            }
            positive("steps", steps);
            positive("batchSize", batchSize);
            if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
                throw new IllegalArgumentException("learningRate must be positive and finite, got " + learningRate);
            }
            range("minLearningRateFraction", minLearningRateFraction, 0, 1);
            range("beta1", beta1, 0, 1);
            range("beta2", beta2, 0, 1);
            nonNegative("epsilon", epsilon);
            nonNegative("weightDecay", weightDecay);
            nonNegative("l1Coefficient", l1Coefficient);
            positive("resampleInterval", resampleInterval);
            range("resampleUntilFraction", resampleUntilFraction, 0, 1);
            nonNegative("resampleEncoderScale", resampleEncoderScale);
            positive("kAux", kAux);
            nonNegative("auxKCoefficient", auxKCoefficient);
            positive("auxKDeadSteps", auxKDeadSteps);
            range("thresholdRate", thresholdRate, 0, 1);
            positive("logInterval", logInterval);
            positive("deadWindowSteps", deadWindowSteps);
            if (reconstructionLoss == null) {
                throw new IllegalArgumentException("reconstructionLoss must be set");
            }
            if (auxK && !arch.supportsAuxK()) {
                auxK = false;
            }
            return new SaeTrainingConfig(this);
        }

        private static void positive(String name, int v) {
            if (v <= 0) {
                throw new IllegalArgumentException(name + " must be positive, got " + v);
            }
        }

        private static void nonNegative(String name, double v) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(name + " must be finite and non-negative, got " + v);
            }
        }

        private static void range(String name, double v, double lo, double hi) {
            if (!(v >= lo && v <= hi)) {
                throw new IllegalArgumentException(name + " must lie in [" + lo + ", " + hi + "], got " + v);
            }
        }
    }
}
