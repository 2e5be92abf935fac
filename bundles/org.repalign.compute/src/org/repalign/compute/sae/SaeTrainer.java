package org.repalign.compute.sae;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.runtime.MemoryBudget;
import org.repalign.compute.stats.SplitMix64;

/**
 * Trains a sparse autoencoder on the rows of a matrix, in float32, one reproducible step at a
 * time. Rules, in the order they run (see {@link SaeRecipe} for which recipe turns what on):
 *
 * <ol>
 * <li><b>Input</b>: the rows are copied to float32; with input scaling on they are multiplied by
 * s = √(d_in / meanᵢ‖xᵢ‖²) so that E‖x‖² = d_in, and the trained SAE carries s.</li>
 * <li><b>Initialisation</b>, from a SplitMix64 stream seeded with the seed: W_dec uniform in
 * ±√(6/d_sae) (Kaiming-uniform, fan-in d_sae as in PyTorch's decoder layer), drawn atom by atom,
 * then every atom scaled to unit norm; W_enc either tied, W_enc = W_decᵀ (Gao et al. 2024,
 * §A.1), or independent uniform in ±1/√d_in (PyTorch's linear-layer default, L2PRH), drawn latent
 * by latent; b_enc = 0; b_dec = the mean of the (scaled) data.</li>
 * <li><b>Batches</b>: B row indices drawn uniformly with replacement from the same stream.</li>
 * <li><b>Loss</b>: the {@link ReconstructionLoss}, plus λ/B Σᵢⱼ zᵢⱼ‖W_dec,j‖ for ReLU+L1
 * (Bricken et al. 2023), plus AuxK for TopK/BatchTopK when on (Gao et al. 2024: k_aux largest
 * pre-activations among latents that have not fired for {@code auxKDeadSteps} steps, decoded
 * without bias, fitted to the residual with a normalised MSE, weight α = 1/32).</li>
 * <li><b>BatchTopK threshold</b> (Bussmann et al. 2024): θ ← (1 − 0.01)θ + 0.01·(smallest kept
 * activation of the batch), starting at θ = 0.</li>
 * <li><b>Gradient projection</b> (Gao): g_j ← g_j − (g_j·a_j / a_j·a_j) a_j for each atom a_j.</li>
 * <li><b>AdamW</b> (Loshchilov and Hutter 2019) with the cosine-annealed rate of
 * {@link SaeTrainingConfig}, then <b>atoms renormalised</b> to unit norm.</li>
 * <li><b>Resampling</b> (L2PRH's simplification of Bricken et al. 2023): after completed step
 * t with t mod 2,500 = 0 and t &lt; 0.8·steps, every latent that did not fire since the last check
 * gets, for a uniformly drawn row x with residual r = x − x̂ under the current weights (rows drawn
 * in increasing latent order, all reconstructions computed before any change): atom r/‖r‖,
 * encoder column 0.1·r/‖r‖, encoder bias 0; Adam moments are kept; all counters reset to 0.</li>
 * </ol>
 *
 * <p>A step is one dense product, the encoder GEMM (with b_enc folded in), and work sparse in
 * k: TopK per row, decoding, the backward pass and the gradient rows of the latents that fired
 * ({@link BatchObjective}), then the optimiser latent by latent ({@link ParameterUpdate}). The
 * loops outside the GEMM split rows or latents over threads, each element's arithmetic
 * independent of the split, and reduce in a fixed order, so a run is deterministic for a fixed
 * number of BLAS threads, and {@link #snapshot()} followed by
 * {@link #SaeTrainer(RowMatrix, SaeTrainingConfig, SaeTrainingState)} continues bit for bit.
 * Not thread-safe.
 */
public final class SaeTrainer {

    private final SaeTrainingConfig cfg;
    private final SaeArchitecture arch;
    private final int n;
    private final int dIn;
    private final int dSae;
    private final float[] data;
    private final float inputScale;
    private final Parameters p;
    private final Parameters g;
    private final Parameters m;
    private final Parameters v;
    private final SplitMix64 rng;
    private final int[] firedSinceCheck;
    private final int[] lastFired;
    private final boolean[] dead;
    private final BatchObjective objective;
    private final ParameterUpdate update;
    private final float[] batch;
    private long step;
    private float theta;

    /**
     * Starts a new run.
     *
     * @param data   the training rows, finite
     * @param config the settings
     * @throws IllegalArgumentException naming the parameter when data or settings are unusable
     */
    public SaeTrainer(RowMatrix data, SaeTrainingConfig config) {
        this(data, config, null);
    }

    /**
     * Continues a run from a snapshot (or starts one when {@code state} is {@code null}).
     *
     * @param data   the same training rows as the interrupted run
     * @param config the same settings
     * @param state  a {@link #snapshot()}, or {@code null}
     * @throws IllegalArgumentException when the state does not fit the data or settings
     */
    public SaeTrainer(RowMatrix data, SaeTrainingConfig config, SaeTrainingState state) {
        this.cfg = config;
        this.arch = config.architectureImpl();
        this.n = data.rows();
        this.dIn = data.columns();
        this.dSae = config.latents();
        if (n <= 0 || dIn <= 0) {
            throw new IllegalArgumentException("data must have rows and columns, got " + n + " x " + dIn);
        }
        requireMemory(n, dIn, config);
        this.data = copyChecked(data);
        this.p = new Parameters(dIn, dSae);
        this.g = new Parameters(dIn, dSae);
        this.m = new Parameters(dIn, dSae);
        this.v = new Parameters(dIn, dSae);
        this.firedSinceCheck = new int[dSae];
        this.lastFired = new int[dSae];
        this.dead = new boolean[dSae];
        this.objective = new BatchObjective(config, dIn);
        this.update = new ParameterUpdate(config);
        this.batch = new float[config.batchSize() * dIn];
        if (state == null) {
            this.inputScale = config.scaleInputs() ? scaleFor(this.data, n, dIn) : 1f;
            scale(this.data, inputScale);
            this.rng = new SplitMix64(config.seed());
            initialise();
        } else {
            if (state.dIn() != dIn) {
                throw new IllegalArgumentException("d_in mismatch: state has d_in = " + state.dIn()
                        + ", data has " + dIn + " columns");
            }
            if (state.dSae() != dSae) {
                throw new IllegalArgumentException("latents mismatch: state has d_sae = " + state.dSae()
                        + ", config has " + dSae);
            }
            if (state.step() > config.steps()) {
                throw new IllegalArgumentException("step: state is at step " + state.step() + " beyond steps = "
                        + config.steps());
            }
            this.inputScale = state.inputScale();
            scale(this.data, inputScale);
            this.rng = new SplitMix64(state.rngState());
            restore(state);
        }
    }

    private float[] copyChecked(RowMatrix source) {
        float[] out = new float[Math.multiplyExact(n, dIn)];
        int block = Math.max(1, 65536 / dIn);
        double[] buffer = new double[block * dIn];
        for (int first = 0; first < n; first += block) {
            int rows = Math.min(block, n - first);
            source.readRows(first, rows, buffer, 0);
            for (int i = 0; i < rows * dIn; i++) {
                double x = buffer[i];
                if (!Double.isFinite(x)) {
                    throw new IllegalArgumentException("data: row " + (first + i / dIn) + " holds a non-finite value ("
                            + x + ") in column " + (i % dIn));
                }
                out[first * dIn + i] = (float) x;
            }
        }
        return out;
    }

    private static float scaleFor(float[] x, int n, int dIn) {
        double sum = 0;
        for (float f : x) {
            sum += (double) f * f;
        }
        double meanSq = sum / n;
        return meanSq > 0 ? (float) Math.sqrt(dIn / meanSq) : 1f;
    }

    private static void scale(float[] x, float s) {
        if (s != 1f) {
            for (int i = 0; i < x.length; i++) {
                x[i] *= s;
            }
        }
    }

    private void initialise() {
        double decBound = Math.sqrt(6.0 / dSae);
        for (int i = 0; i < p.wDec.length; i++) {
            p.wDec[i] = rng.uniform(decBound);
        }
        p.normalizeAtoms();
        if (cfg.tiedInit()) {
            System.arraycopy(p.wDec, 0, p.wEncT, 0, p.wDec.length);
        } else {
            double encBound = 1 / Math.sqrt(dIn);
            for (int i = 0; i < p.wEncT.length; i++) {
                p.wEncT[i] = rng.uniform(encBound);
            }
        }
        double[] mean = new double[dIn];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < dIn; c++) {
                mean[c] += data[r * dIn + c];
            }
        }
        for (int c = 0; c < dIn; c++) {
            p.bDec[c] = (float) (mean[c] / n);
        }
    }

    private void restore(SaeTrainingState s) {
        step = s.step();
        theta = s.threshold();
        System.arraycopy(SparseAutoencoder.transpose(s.wEnc(), dIn, dSae), 0, p.wEncT, 0, p.wEncT.length);
        System.arraycopy(s.bEnc(), 0, p.bEnc, 0, dSae);
        System.arraycopy(s.wDec(), 0, p.wDec, 0, p.wDec.length);
        System.arraycopy(s.bDec(), 0, p.bDec, 0, dIn);
        load(m, s.firstMoments());
        load(v, s.secondMoments());
        System.arraycopy(s.firedSinceCheck(), 0, firedSinceCheck, 0, dSae);
        System.arraycopy(s.lastFiredStep(), 0, lastFired, 0, dSae);
    }

    private void load(Parameters target, float[][] arrays) {
        System.arraycopy(SparseAutoencoder.transpose(arrays[0], dIn, dSae), 0, target.wEncT, 0, target.wEncT.length);
        System.arraycopy(arrays[1], 0, target.bEnc, 0, dSae);
        System.arraycopy(arrays[2], 0, target.wDec, 0, target.wDec.length);
        System.arraycopy(arrays[3], 0, target.bDec, 0, dIn);
    }

    /** @return the state after the completed steps, for an exact resume */
    public SaeTrainingState snapshot() {
        return new SaeTrainingState(dIn, dSae, step, rng.state(), theta, inputScale,
                SparseAutoencoder.transpose(p.wEncT, dSae, dIn), p.bEnc, p.wDec, p.bDec, moments(m), moments(v),
                firedSinceCheck, lastFired);
    }

    private float[][] moments(Parameters q) {
        return new float[][] {SparseAutoencoder.transpose(q.wEncT, dSae, dIn), q.bEnc, q.wDec, q.bDec};
    }

    /** @return the SAE of the current weights (BatchTopK: threshold θ on every latent) */
    public SparseAutoencoder autoencoder() {
        float[] threshold = null;
        if (arch.learnsThreshold()) {
            threshold = new float[dSae];
            Arrays.fill(threshold, theta);
        }
        return SparseAutoencoder.wrapTransposed(arch, dIn, dSae, cfg.k(), p.wEncT.clone(), p.bEnc.clone(),
                p.wDec.clone(), p.bDec.clone(), threshold, inputScale);
    }

    /** @return completed steps */
    public long step() {
        return step;
    }

    /** @return whether all configured steps are done */
    public boolean finished() {
        return step >= cfg.steps();
    }

    /** @return the BatchTopK threshold θ */
    public float threshold() {
        return theta;
    }

    /**
     * Trains to the configured number of steps.
     *
     * @param listener receives a curve point every {@code logInterval} steps and at the end
     * @param cancel   polled before every step
     * @throws CancellationException when cancelled; the trainer is then between steps and can be snapshotted
     */
    public void train(SaeTrainingListener listener, BooleanSupplier cancel) {
        train(Integer.MAX_VALUE, listener, cancel);
    }

    /**
     * Trains at most {@code maxSteps} more steps, stopping at the configured total.
     *
     * @param maxSteps how many steps at most
     * @param listener curve points
     * @param cancel   polled before every step
     * @return the steps done
     * @throws CancellationException when cancelled (between steps)
     */
    public int train(int maxSteps, SaeTrainingListener listener, BooleanSupplier cancel) {
        int done = 0;
        double lossSum = 0;
        double sseSum = 0;
        double varSum = 0;
        long nonzeros = 0;
        long rowsSeen = 0;
        int interval = 0;
        long started = System.nanoTime();
        while (done < maxSteps && !finished()) {
            if (cancel != null && cancel.getAsBoolean()) {
                throw new CancellationException("SAE training cancelled at step " + step);
            }
            stepOnce();
            done++;
            interval++;
            lossSum += objective.loss;
            sseSum += objective.sse;
            varSum += objective.variance;
            nonzeros += objective.codes().size();
            rowsSeen += cfg.batchSize();
            if (listener != null && (step % cfg.logInterval() == 0 || finished())) {
                long now = System.nanoTime();
                listener.progress(new SaeTrainingProgress(step, cfg.steps(), lossSum / interval,
                        varSum > 0 ? sseSum / varSum : Double.NaN, (double) nonzeros / rowsSeen, deadFraction(),
                        rowsSeen / Math.max(1e-9, (now - started) / 1e9)));
                lossSum = 0;
                sseSum = 0;
                varSum = 0;
                nonzeros = 0;
                rowsSeen = 0;
                interval = 0;
                started = now;
            }
        }
        return done;
    }

    /** @return the share of latents that never fired or not within the last deadWindowSteps steps */
    public double deadFraction() {
        int count = 0;
        for (int j = 0; j < dSae; j++) {
            if (lastFired[j] == 0 || step - lastFired[j] >= cfg.deadWindowSteps()) {
                count++;
            }
        }
        return (double) count / dSae;
    }

    private void stepOnce() {
        int b = cfg.batchSize();
        for (int r = 0; r < b; r++) {
            int row = rng.nextInt(n);
            System.arraycopy(data, row * dIn, batch, r * dIn, dIn);
        }
        boolean[] deadMask = null;
        if (cfg.auxK() && arch.supportsAuxK()) {
            for (int j = 0; j < dSae; j++) {
                dead[j] = step - lastFired[j] >= cfg.auxKDeadSteps();
            }
            deadMask = dead;
        }
        objective.run(p, batch, b, deadMask, g);
        if (arch.learnsThreshold() && !Float.isNaN(objective.smallestKept)) {
            double rate = cfg.thresholdRate();
            theta = (float) ((1 - rate) * theta + rate * objective.smallestKept);
        }
        long t = step + 1;
        update.apply(p, g, m, v, t, learningRate(step));
        SparseBatch codes = objective.codes();
        for (int q = 0; q < codes.size(); q++) {
            int j = codes.latentAt(q);
            firedSinceCheck[j]++;
            lastFired[j] = (int) t;
        }
        step = t;
        if (cfg.resampleDeadLatents() && step % cfg.resampleInterval() == 0
                && step < cfg.resampleUntilFraction() * cfg.steps()) {
            resample();
        }
    }

    /**
     * The learning rate of 0-based step t: cosine annealing from lr to minLearningRateFraction·lr
     * over the configured steps.
     *
     * @param t the step
     * @return its learning rate
     */
    public double learningRate(long t) {
        double lr = cfg.learningRate();
        double min = cfg.minLearningRateFraction() * lr;
        return min + 0.5 * (lr - min) * (1 + Math.cos(Math.PI * t / cfg.steps()));
    }

    private void resample() {
        int deadCount = 0;
        for (int j = 0; j < dSae; j++) {
            if (firedSinceCheck[j] == 0) {
                deadCount++;
            }
        }
        if (deadCount > 0) {
            int[] latents = new int[deadCount];
            int[] rows = new int[deadCount];
            int q = 0;
            for (int j = 0; j < dSae; j++) {
                if (firedSinceCheck[j] == 0) {
                    latents[q] = j;
                    rows[q++] = rng.nextInt(n);
                }
            }
            float[] residuals = new float[Math.multiplyExact(deadCount, dIn)];
            int chunk = cfg.batchSize();
            float[] x = new float[chunk * dIn];
            float[] recon = new float[dIn];
            for (int first = 0; first < deadCount; first += chunk) {
                int count = Math.min(chunk, deadCount - first);
                for (int i = 0; i < count; i++) {
                    System.arraycopy(data, rows[first + i] * dIn, x, i * dIn, dIn);
                }
                objective.forward(p, x, count);
                for (int i = 0; i < count; i++) {
                    objective.reconstruction(i, recon);
                    for (int c = 0; c < dIn; c++) {
                        residuals[(first + i) * dIn + c] = x[i * dIn + c] - recon[c];
                    }
                }
            }
            float encScale = (float) cfg.resampleEncoderScale();
            for (int i = 0; i < deadCount; i++) {
                double s = 0;
                for (int c = 0; c < dIn; c++) {
                    s += (double) residuals[i * dIn + c] * residuals[i * dIn + c];
                }
                if (!(s > 0)) {
                    continue;
                }
                float inv = (float) (1 / Math.sqrt(s));
                int j = latents[i];
                for (int c = 0; c < dIn; c++) {
                    float unit = residuals[i * dIn + c] * inv;
                    p.wDec[j * dIn + c] = unit;
                    p.wEncT[j * dIn + c] = encScale * unit;
                }
                p.bEnc[j] = 0f;
            }
        }
        Arrays.fill(firedSinceCheck, 0);
    }

    /**
     * The training loss of one batch under the given weights and its gradient, without changing
     * anything (BatchTopK's θ is not updated). Exposed for gradient checks.
     *
     * @param config      settings (architecture, loss, λ, AuxK)
     * @param sae         the weights
     * @param rows        batch rows, {@code count × d_in}, already scaled
     * @param count       B
     * @param deadLatents latents treated as dead by AuxK, or {@code null} for no AuxK term
     * @return loss and gradient in SAELens layout
     */
    public static SaeGradient lossAndGradient(SaeTrainingConfig config, SparseAutoencoder sae, float[] rows,
            int count, boolean[] deadLatents) {
        int dIn = sae.dIn();
        int dSae = sae.dSae();
        if (config.latents() != dSae) {
            throw new IllegalArgumentException("latents: config has " + config.latents() + ", SAE has d_sae = " + dSae);
        }
        if (rows.length < (long) count * dIn) {
            throw new IllegalArgumentException("rows: need " + (long) count * dIn + " values, got " + rows.length);
        }
        Parameters params = new Parameters(dIn, dSae, sae.wEncTransposedView().clone(), sae.bEnc(), sae.wDec(),
                sae.bDec());
        Parameters grad = new Parameters(dIn, dSae);
        BatchObjective objective = new BatchObjective(config, dIn);
        objective.run(params, rows, count, deadLatents, grad);
        return new SaeGradient(objective.loss, objective.reconstructionLoss, objective.penalty, objective.auxLoss,
                SparseAutoencoder.transpose(grad.wEncT, dSae, dIn), grad.bEnc, grad.wDec, grad.bDec);
    }

    /**
     * The bytes of heap a training run allocates: the float32 copy of the rows, four sets of
     * parameters (weights, gradient, both Adam moments: 2·d_in·d_sae + d_sae + d_in values each),
     * the batch and its four d_in-wide work arrays, the B × d_sae pre-activations and the per-latent
     * counters.
     *
     * @param rows   training rows n
     * @param dIn    input dimension
     * @param config the settings (latents, batch)
     * @return the estimate in bytes
     */
    public static long memoryEstimate(long rows, int dIn, SaeTrainingConfig config) {
        long latents = config.latents();
        long batchRows = config.batchSize();
        long parameters = 2L * dIn * latents + latents + dIn;
        long floats = rows * dIn + 4 * parameters + 5 * batchRows * dIn + batchRows * latents;
        return 4 * floats + 9 * latents;
    }

    /**
     * Refuses settings whose arrays cannot be allocated: a weight matrix or a batch of
     * pre-activations longer than one Java array, or a run larger than the heap still free.
     *
     * @param rows   training rows n
     * @param dIn    input dimension
     * @param config the settings
     * @throws org.repalign.compute.runtime.ResourceExhaustedException naming the sizes and what
     *         to lower
     */
    public static void requireMemory(long rows, int dIn, SaeTrainingConfig config) {
        String what = String.format(java.util.Locale.ROOT, "an SAE of %,d latents on %,d inputs with batch %,d",
                config.latents(), dIn, config.batchSize());
        String hint = "lower the latents or the batch size";
        MemoryBudget.arrayLength((long) config.latents() * dIn, "the weight matrix of " + what, hint);
        MemoryBudget.arrayLength((long) config.latents() * config.batchSize(), "the pre-activations of " + what,
                hint);
        MemoryBudget.arrayLength(rows * dIn, String.format(java.util.Locale.ROOT,
                "the float32 copy of %,d training rows × %,d columns", rows, dIn), "train on fewer rows");
        MemoryBudget.requireHeap(memoryEstimate(rows, dIn, config),
                String.format(java.util.Locale.ROOT, "training %s on %,d rows", what, rows), hint);
    }
}
