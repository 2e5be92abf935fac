package org.repalign.compute.sae;

import java.util.Arrays;

import org.repalign.compute.parallel.ParallelRanges;
import org.repalign.compute.sae.internal.Sgemm;
import org.repalign.compute.sae.internal.TopKSelect;

/**
 * Forward and backward pass of one batch in float32, dense only in the encoder GEMM.
 *
 * <p>With xc = x − b_dec, pre = xc W_enc + b_enc, z = act(pre) (stored entries have ∂z/∂pre = 1),
 * x̂ = z W_dec + b_dec, e = x̂ − x and gₓ = ∂L/∂x̂ (from the {@link ReconstructionLoss}):
 * <pre>
 *   ∂L/∂W_dec[j,:] = Σᵢ zᵢⱼ gₓᵢ             (nonzeros only)
 *   g_preᵢⱼ         = gₓᵢ · W_dec[j,:]      (+ λ‖W_dec,j‖/B for ReLU+L1; nonzeros only)
 *   ∂L/∂W_enc[:,j] = Σᵢ g_preᵢⱼ xcᵢ,  ∂L/∂b_enc[j] = Σᵢ g_preᵢⱼ
 *   ∂L/∂b_dec       = Σᵢ gₓᵢ − Σᵢⱼ g_preᵢⱼ W_enc[:,j]
 * </pre>
 * ReLU+L1 adds λ/B Σᵢⱼ zᵢⱼ‖W_dec,j‖, whose W_dec gradient is λ/B (Σᵢ zᵢⱼ) W_dec,j/‖W_dec,j‖.
 * AuxK (Gao et al. 2024, §A.2): a = the k_aux largest positive pre-activations among dead
 * latents, ê = a W_dec (no bias), r = x − x̂ held constant,
 * L_aux = α Σᵢ‖êᵢ − rᵢ‖² / Σᵢ‖rᵢ − r̄‖², back-propagated the same way.
 */
final class BatchObjective {

    private final SaeArchitecture arch;
    private final SaeTrainingConfig cfg;
    private final int dIn;
    private final int dSae;
    private final int k;
    private final SparseBatch codes = new SparseBatch();
    private final SparseBatch auxCodes = new SparseBatch();
    private float[] xc = new float[0];
    private float[] pre = new float[0];
    private float[] recon = new float[0];
    private float[] gx = new float[0];
    private float[] auxGrad = new float[0];
    private final float[] atomNorm;
    private final float[] bDecEncoderGrad;
    private final Sgemm sgemm = new Sgemm();
    private int[] columnStart = new int[0];
    private int[] columnRow = new int[0];
    private float[] columnValue = new float[0];
    private double[] rowSquares = new double[0];
    private double[] rowErrors = new double[0];
    private final double[] columnSums;

    double loss;
    double reconstructionLoss;
    double penalty;
    double auxLoss;
    double sse;
    double variance;
    float smallestKept;

    BatchObjective(SaeTrainingConfig cfg, int dIn) {
        this.cfg = cfg;
        this.arch = cfg.architectureImpl();
        this.dIn = dIn;
        this.dSae = cfg.latents();
        this.k = cfg.k();
        this.atomNorm = new float[dSae];
        this.bDecEncoderGrad = new float[dIn];
        this.columnSums = new double[dIn];
    }

    /** @return the codes of the last batch */
    SparseBatch codes() {
        return codes;
    }

    private void ensure(int rows) {
        if (xc.length < rows * dIn) {
            xc = new float[rows * dIn];
            recon = new float[rows * dIn];
            gx = new float[rows * dIn];
            auxGrad = new float[rows * dIn];
        }
        if (pre.length < rows * dSae) {
            pre = new float[rows * dSae];
        }
    }

    private void ensureSums(int rows) {
        if (rowSquares.length < rows) {
            rowSquares = new double[rows];
            rowErrors = new double[rows];
        }
    }

    /** Forward only: fills the codes and {@code recon} of {@code rows} rows; no gradient, no state change. */
    void forward(Parameters p, float[] x, int rows) {
        ensure(rows);
        ParallelRanges.forEachChunk(rows, dIn, (from, to) -> {
            for (int r = from; r < to; r++) {
                int base = r * dIn;
                for (int c = 0; c < dIn; c++) {
                    xc[base + c] = x[base + c] - p.bDec[c];
                }
            }
        });
        sgemm.multiplyTransposedPlusBias(xc, rows, dIn, p.wEncT, dSae, p.bEnc, pre);
        smallestKept = arch.encodeForTraining(pre, rows, dSae, k, codes);
        int[] lat = codes.latents();
        float[] val = codes.values();
        ParallelRanges.forEachChunk(rows, (long) dIn * Math.max(1, k), (from, to) -> {
            // a float64 accumulator per row: the loop over an atom vectorises (see latentMajorBackward)
            double[] row = new double[dIn];
            for (int r = from; r < to; r++) {
                int base = r * dIn;
                for (int c = 0; c < dIn; c++) {
                    row[c] = p.bDec[c];
                }
                for (int q = codes.start(r); q < codes.end(r); q++) {
                    float z = val[q];
                    int atom = lat[q] * dIn;
                    for (int c = 0; c < dIn; c++) {
                        row[c] += z * p.wDec[atom + c];
                    }
                }
                for (int c = 0; c < dIn; c++) {
                    recon[base + c] = (float) row[c];
                }
            }
        });
    }

    /** The reconstruction of row r after {@link #forward}. */
    void reconstruction(int r, float[] target) {
        System.arraycopy(recon, r * dIn, target, 0, dIn);
    }

    /**
     * Loss and gradient of a batch.
     *
     * @param p    parameters
     * @param x    rows × d_in inputs
     * @param rows B
     * @param dead latents counted as dead for AuxK, or {@code null} for no AuxK
     * @param g    receives the gradient (overwritten)
     */
    void run(Parameters p, float[] x, int rows, boolean[] dead, Parameters g) {
        forward(p, x, rows);
        // reconstruction loss: float64 sums per row (in parallel) and per column (by column
        // blocks), then added up in a fixed order
        ensureSums(rows);
        ParallelRanges.forEachChunk(rows, dIn, (from, to) -> {
            for (int r = from; r < to; r++) {
                int base = r * dIn;
                double squares = 0;
                double errors = 0;
                for (int c = 0; c < dIn; c++) {
                    double xv = x[base + c];
                    squares += xv * xv;
                    double e = (double) recon[base + c] - xv;
                    errors += e * e;
                }
                rowSquares[r] = squares;
                rowErrors[r] = errors;
            }
        });
        ParallelRanges.forEachChunk(dIn, rows, (from, to) -> {
            Arrays.fill(columnSums, from, to, 0);
            for (int r = 0; r < rows; r++) {
                int base = r * dIn;
                for (int c = from; c < to; c++) {
                    columnSums[c] += x[base + c];
                }
            }
        });
        double sumSq = 0;
        double err = 0;
        for (int r = 0; r < rows; r++) {
            sumSq += rowSquares[r];
            err += rowErrors[r];
        }
        double meanSq = 0;
        for (int c = 0; c < dIn; c++) {
            meanSq += columnSums[c] * columnSums[c];
        }
        sse = err;
        variance = sumSq - meanSq / rows;
        double scale = switch (cfg.reconstructionLoss()) {
            case MSE -> 1.0 / ((double) rows * dIn);
            case SQUARED_ERROR -> 1.0 / rows;
            case NORMALIZED_MSE -> variance > 0 ? 1.0 / variance : 1.0;
        };
        reconstructionLoss = err * scale;
        float twoScale = (float) (2 * scale);
        ParallelRanges.forEachChunk(rows, dIn, (from, to) -> {
            for (int i = from * dIn; i < to * dIn; i++) {
                gx[i] = twoScale * (recon[i] - x[i]);
            }
        });
        // every entry of g is written below: b_dec here, the latents' rows by the backward pass
        ParallelRanges.forEachChunk(dIn, rows, (from, to) -> {
            Arrays.fill(g.bDec, from, to, 0f);
            for (int r = 0; r < rows; r++) {
                int base = r * dIn;
                for (int c = from; c < to; c++) {
                    g.bDec[c] += gx[base + c];
                }
            }
        });
        // L1 penalty
        penalty = 0;
        float l1 = 0;
        if (arch.hasL1Penalty()) {
            l1 = (float) (cfg.l1Coefficient() / rows);
            for (int j = 0; j < dSae; j++) {
                double s = 0;
                for (int c = 0; c < dIn; c++) {
                    s += (double) p.wDec[j * dIn + c] * p.wDec[j * dIn + c];
                }
                atomNorm[j] = (float) Math.sqrt(s);
            }
        }
        latentMajorBackward(p, g, rows, l1);
        auxLoss = 0;
        if (dead != null) {
            auxK(p, x, rows, dead, g);
        }
        // every g_pre of latent j adds −g_pre·W_enc[:,j] to ∂L/∂b_dec, and Σ g_pre = ∂L/∂b_enc[j];
        // the columns are split over threads, each sums its columns over the latents in order
        ParallelRanges.forEachChunk(dIn, dSae, (from, to) -> {
            Arrays.fill(bDecEncoderGrad, from, to, 0f);
            for (int j = 0; j < dSae; j++) {
                float gb = g.bEnc[j];
                if (gb != 0f) {
                    int row = j * dIn;
                    for (int c = from; c < to; c++) {
                        bDecEncoderGrad[c] += gb * p.wEncT[row + c];
                    }
                }
            }
        });
        for (int c = 0; c < dIn; c++) {
            g.bDec[c] -= bDecEncoderGrad[c];
        }
        loss = reconstructionLoss + penalty + auxLoss;
    }

    /**
     * The main backward pass, latent by latent over a column-major copy of the codes, so that
     * each latent's atom is read once and its gradient rows are written by one thread, rows in
     * increasing order: for every nonzero zᵢⱼ, g_pre = gₓᵢ · W_dec[j] (a dot product), then
     * ∂W_dec[j] += zᵢⱼ gₓᵢ and ∂W_enc[:,j] += g_pre xcᵢ in one fused loop. Every latent's rows are
     * written (zero for latents without nonzeros), so the gradient needs no clearing, and the
     * result does not depend on the number of threads.
     */
    private void latentMajorBackward(Parameters p, Parameters g, int rows, float l1) {
        int nnz = codes.size();
        int[] lat = codes.latents();
        float[] val = codes.values();
        if (columnStart.length < dSae + 1) {
            columnStart = new int[dSae + 1];
        }
        if (columnRow.length < nnz) {
            columnRow = new int[nnz];
            columnValue = new float[nnz];
        }
        boolean hasL1 = arch.hasL1Penalty();
        Arrays.fill(columnStart, 0, dSae + 1, 0);
        for (int q = 0; q < nnz; q++) {
            columnStart[lat[q] + 1]++;
        }
        for (int j = 0; j < dSae; j++) {
            columnStart[j + 1] += columnStart[j];
        }
        int[] fill = Arrays.copyOf(columnStart, dSae);
        for (int r = 0; r < rows; r++) {
            for (int q = codes.start(r); q < codes.end(r); q++) {
                int at = fill[lat[q]]++;
                columnRow[at] = r;
                columnValue[at] = val[q];
            }
        }
        double[] latentPenalty = hasL1 ? new double[dSae] : null;
        ParallelRanges.forEachChunk(dSae, (long) dIn * Math.max(1, nnz / Math.max(1, dSae)), (from, to) -> {
            // float64 accumulators: the stores cannot alias the float32 rows read, so the
            // loops vectorise, and each gradient row is rounded to float32 once
            double[] decoderRow = new double[dIn];
            double[] encoderRow = new double[dIn];
            for (int j = from; j < to; j++) {
                int atom = j * dIn;
                Arrays.fill(decoderRow, 0);
                Arrays.fill(encoderRow, 0);
                float mass = 0f;
                float biasGrad = 0f;
                for (int q = columnStart[j]; q < columnStart[j + 1]; q++) {
                    int base = columnRow[q] * dIn;
                    float z = columnValue[q];
                    float dot = dot(gx, base, p.wDec, atom, dIn);
                    float gp = hasL1 ? dot + l1 * atomNorm[j] : dot;
                    for (int c = 0; c < dIn; c++) {
                        decoderRow[c] += z * gx[base + c];
                        encoderRow[c] += gp * xc[base + c];
                    }
                    biasGrad += gp;
                    if (hasL1) {
                        latentPenalty[j] += (double) l1 * z * atomNorm[j];
                        mass += z;
                    }
                }
                for (int c = 0; c < dIn; c++) {
                    g.wDec[atom + c] = (float) decoderRow[c];
                    g.wEncT[atom + c] = (float) encoderRow[c];
                }
                g.bEnc[j] = biasGrad;
                if (hasL1 && mass != 0f && atomNorm[j] > 0f) {
                    SparseAutoencoder.axpy(l1 * mass / atomNorm[j], p.wDec, atom, g.wDec, atom, dIn);
                }
            }
        });
        if (hasL1) {
            for (int j = 0; j < dSae; j++) {
                penalty += latentPenalty[j];
            }
        }
    }

    /** Σ a[ao + c]·b[bo + c] over c &lt; n, in four interleaved partial sums. */
    static float dot(float[] a, int ao, float[] b, int bo, int n) {
        float s0 = 0f;
        float s1 = 0f;
        float s2 = 0f;
        float s3 = 0f;
        int c = 0;
        for (; c + 3 < n; c += 4) {
            s0 += a[ao + c] * b[bo + c];
            s1 += a[ao + c + 1] * b[bo + c + 1];
            s2 += a[ao + c + 2] * b[bo + c + 2];
            s3 += a[ao + c + 3] * b[bo + c + 3];
        }
        for (; c < n; c++) {
            s0 += a[ao + c] * b[bo + c];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * Back-propagates upstream gradient {@code up[upBase..]} through code value z of latent j
     * of the row at {@code xcBase}: adds z·up to ∂W_dec[j], and the encoder terms of
     * g_pre = up · W_dec[j]. Returns g_pre.
     */
    private float backpropLatent(Parameters p, Parameters g, int j, float z, float[] up, int upBase, int xcBase) {
        int atom = j * dIn;
        float dot = 0f;
        for (int c = 0; c < dIn; c++) {
            float u = up[upBase + c];
            dot += u * p.wDec[atom + c];
            g.wDec[atom + c] += z * u;
        }
        encoderGrad(p, g, j, dot, xcBase);
        return dot;
    }

    /** Adds the encoder-side gradient of pre-activation gradient gPre of latent j on the row at xcBase. */
    private void encoderGrad(Parameters p, Parameters g, int j, float gPre, int xcBase) {
        int row = j * dIn;
        for (int c = 0; c < dIn; c++) {
            g.wEncT[row + c] += gPre * xc[xcBase + c];
        }
        g.bEnc[j] += gPre;
    }

    private void auxK(Parameters p, float[] x, int rows, boolean[] dead, Parameters g) {
        int deadCount = 0;
        for (boolean d : dead) {
            if (d) {
                deadCount++;
            }
        }
        if (deadCount == 0) {
            return;
        }
        int kAux = Math.min(cfg.kAux(), dSae);
        // rows are independent: select in parallel, then append in row order
        int[] selected = new int[rows * kAux];
        int[] counts = new int[rows];
        ParallelRanges.forEachChunk(rows, dSae, (from, to) -> {
            TopKSelect select = new TopKSelect(kAux);
            int[] columns = new int[kAux];
            for (int r = from; r < to; r++) {
                counts[r] = select.select(pre, r * dSae, dSae, kAux, dead, columns);
                System.arraycopy(columns, 0, selected, r * kAux, counts[r]);
            }
        });
        auxCodes.clear();
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < counts[r]; i++) {
                int column = selected[r * kAux + i];
                auxCodes.add(column, pre[r * dSae + column]);
            }
            auxCodes.endRow();
        }
        // residual r = x − x̂ (constant), its centred variance, and ê
        double[] mean = new double[dIn];
        double sumSq = 0;
        for (int r = 0; r < rows; r++) {
            int base = r * dIn;
            for (int c = 0; c < dIn; c++) {
                double res = (double) x[base + c] - recon[base + c];
                mean[c] += res;
                sumSq += res * res;
            }
        }
        double meanSq = 0;
        for (int c = 0; c < dIn; c++) {
            meanSq += mean[c] * mean[c];
        }
        double den = sumSq - meanSq / rows;
        if (!(den > 0)) {
            return;
        }
        double alpha = cfg.auxKCoefficient();
        int[] lat = auxCodes.latents();
        float[] val = auxCodes.values();
        double auxErr = 0;
        for (int r = 0; r < rows; r++) {
            int base = r * dIn;
            Arrays.fill(auxGrad, base, base + dIn, 0f);
            for (int q = auxCodes.start(r); q < auxCodes.end(r); q++) {
                SparseAutoencoder.axpy(val[q], p.wDec, lat[q] * dIn, auxGrad, base, dIn);
            }
            for (int c = 0; c < dIn; c++) {
                double diff = (double) auxGrad[base + c] - ((double) x[base + c] - recon[base + c]);
                auxErr += diff * diff;
                auxGrad[base + c] = (float) (2 * alpha / den * diff);
            }
        }
        auxLoss = alpha * auxErr / den;
        for (int r = 0; r < rows; r++) {
            int base = r * dIn;
            for (int q = auxCodes.start(r); q < auxCodes.end(r); q++) {
                backpropLatent(p, g, lat[q], val[q], auxGrad, base, base);
            }
        }
    }
}
