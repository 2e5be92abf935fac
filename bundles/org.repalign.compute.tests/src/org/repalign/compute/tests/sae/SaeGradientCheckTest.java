package org.repalign.compute.tests.sae;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.repalign.compute.sae.ReconstructionLoss;
import org.repalign.compute.sae.SaeGradient;
import org.repalign.compute.sae.SaeRecipe;
import org.repalign.compute.sae.SaeTrainer;
import org.repalign.compute.sae.SaeTrainingConfig;
import org.repalign.compute.sae.SparseAutoencoder;
import org.repalign.compute.stats.SplitMix64;

/**
 * Checks the float32 backward pass of every architecture against central finite differences
 * of an independent float64 forward pass written here.
 *
 * <p>Tolerance: with the code selection fixed (the perturbation h = 1e-4 is far smaller than
 * every gap between selected and unselected pre-activations on this seeded problem), each loss
 * is a polynomial of degree ≤ 2 in any single parameter (degree 2 for the reconstruction and AuxK
 * terms; the L1 term is linear in z and smooth in ‖W_dec,j‖), so the central difference in
 * float64 is exact up to O(h²·∂³L) ≈ 1e-8 and rounding ≈ 1e-12/h. The analytic gradient is
 * accumulated in float32 over a few dozen terms of size ≲ 10, i.e. a rounding error of about
 * 1e-5 absolute; the check allows 2e-4 · max(1, |g|).
 */
class SaeGradientCheckTest {

    private static final int D_IN = 5;
    private static final int D_SAE = 8;
    private static final int K = 3;
    private static final int B = 4;
    private static final double H = 1e-4;

    @Test
    void topK() {
        check(config("topk", ReconstructionLoss.MSE, false), null);
    }

    @Test
    void topKWithNormalizedMseAndAuxK() {
        check(config("topk", ReconstructionLoss.NORMALIZED_MSE, true), deadMask());
    }

    @Test
    void batchTopK() {
        check(config("batchtopk", ReconstructionLoss.MSE, false), null);
    }

    @Test
    void batchTopKWithAuxK() {
        check(config("batchtopk", ReconstructionLoss.SQUARED_ERROR, true), deadMask());
    }

    @Test
    void reluL1() {
        SaeTrainingConfig cfg = config("relu-l1", ReconstructionLoss.SQUARED_ERROR, false).toBuilder()
                .l1Coefficient(0.3).build();
        check(cfg, null);
    }

    private static boolean[] deadMask() {
        boolean[] dead = new boolean[D_SAE];
        dead[0] = true;
        dead[2] = true;
        dead[5] = true;
        dead[7] = true;
        return dead;
    }

    private static SaeTrainingConfig config(String arch, ReconstructionLoss loss, boolean auxK) {
        return SaeTrainingConfig.builder(SaeRecipe.L2PRH).architecture(arch).latents(D_SAE).k(K).batchSize(B)
                .reconstructionLoss(loss).auxK(auxK).kAux(2).auxKCoefficient(0.5).build();
    }

    private static void check(SaeTrainingConfig cfg, boolean[] dead) {
        SplitMix64 rng = new SplitMix64(11);
        float[][] params = {random(rng, D_IN * D_SAE, 0.6), random(rng, D_SAE, 0.2), random(rng, D_SAE * D_IN, 0.7),
                random(rng, D_IN, 0.2)};
        float[] x = random(rng, B * D_IN, 1.0);
        SparseAutoencoder sae = SparseAutoencoder.of(cfg.architecture(), D_IN, D_SAE, K, params[0], params[1],
                params[2], params[3], null, 1.0);
        SaeGradient grad = SaeTrainer.lossAndGradient(cfg, sae, x, B, dead);
        float[][] analytic = {grad.wEnc(), grad.bEnc(), grad.wDec(), grad.bDec()};
        if (dead != null) {
            assertTrue(grad.auxLoss() > 0, "the AuxK term must take part");
        }
        if (cfg.architecture().equals("relu-l1")) {
            assertTrue(grad.penalty() > 0, "the L1 term must take part");
        }

        double[][] p = new double[4][];
        for (int t = 0; t < 4; t++) {
            p[t] = toDouble(params[t]);
        }
        double[] xs = toDouble(x);
        Reference ref = new Reference(cfg, dead, xs, p);
        assertEquals(ref.loss(p), grad.loss(), 1e-5 * Math.max(1, Math.abs(grad.loss())), "loss");
        int checked = 0;
        double largest = 0;
        for (int t = 0; t < 4; t++) {
            for (int i = 0; i < p[t].length; i++) {
                double keep = p[t][i];
                p[t][i] = keep + H;
                double up = ref.loss(p);
                p[t][i] = keep - H;
                double down = ref.loss(p);
                p[t][i] = keep;
                double fd = (up - down) / (2 * H);
                largest = Math.max(largest, Math.abs(fd));
                assertEquals(fd, analytic[t][i], 2e-4 * Math.max(1, Math.abs(fd)),
                        cfg.architecture() + " parameter " + t + " entry " + i);
                checked++;
            }
        }
        assertTrue(largest > 1e-3, "the gradient must not be trivially zero");
        assertEquals(2 * D_IN * D_SAE + D_SAE + D_IN, checked);
    }

    private static float[] random(SplitMix64 rng, int n, double scale) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) ((2 * rng.nextDouble() - 1) * scale);
        }
        return a;
    }

    private static double[] toDouble(float[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i];
        }
        return d;
    }

    /**
     * The float64 loss: pre = (x − b_dec)W_enc + b_enc; z by the architecture (top-k per row,
     * top k·B per batch, or ReLU); x̂ = zW_dec + b_dec; reconstruction loss; L1 term; AuxK
     * against the residual of the unperturbed parameters (held constant, as in Gao et al.).
     */
    private static final class Reference {
        private final SaeTrainingConfig cfg;
        private final boolean[] dead;
        private final double[] x;
        private final double[] residual;
        private final double residualVariance;

        Reference(SaeTrainingConfig cfg, boolean[] dead, double[] x, double[][] p0) {
            this.cfg = cfg;
            this.dead = dead;
            this.x = x;
            double[][] fwd = forward(p0);
            residual = new double[B * D_IN];
            for (int i = 0; i < residual.length; i++) {
                residual[i] = x[i] - fwd[1][i];
            }
            residualVariance = centredSquares(residual);
        }

        /** @return {z (B × D_SAE), x̂ (B × D_IN), pre (B × D_SAE)} */
        double[][] forward(double[][] p) {
            double[] pre = new double[B * D_SAE];
            for (int r = 0; r < B; r++) {
                for (int j = 0; j < D_SAE; j++) {
                    double s = p[1][j];
                    for (int c = 0; c < D_IN; c++) {
                        s += (x[r * D_IN + c] - p[3][c]) * p[0][c * D_SAE + j];
                    }
                    pre[r * D_SAE + j] = s;
                }
            }
            double[] z = new double[B * D_SAE];
            switch (cfg.architecture()) {
                case "topk" -> {
                    for (int r = 0; r < B; r++) {
                        List<Integer> order = sortedPositive(pre, r * D_SAE, D_SAE, null);
                        for (int i = 0; i < Math.min(K, order.size()); i++) {
                            z[r * D_SAE + order.get(i)] = pre[r * D_SAE + order.get(i)];
                        }
                    }
                }
                case "batchtopk" -> {
                    List<Integer> order = sortedPositive(pre, 0, B * D_SAE, null);
                    for (int i = 0; i < Math.min(K * B, order.size()); i++) {
                        z[order.get(i)] = pre[order.get(i)];
                    }
                }
                default -> {
                    for (int i = 0; i < z.length; i++) {
                        z[i] = Math.max(0, pre[i]);
                    }
                }
            }
            double[] xhat = decode(z, p[2]);
            for (int r = 0; r < B; r++) {
                for (int c = 0; c < D_IN; c++) {
                    xhat[r * D_IN + c] += p[3][c];
                }
            }
            return new double[][] {z, xhat, pre};
        }

        double loss(double[][] p) {
            double[][] fwd = forward(p);
            double[] z = fwd[0];
            double[] xhat = fwd[1];
            double sse = 0;
            for (int i = 0; i < x.length; i++) {
                sse += (xhat[i] - x[i]) * (xhat[i] - x[i]);
            }
            double loss = switch (cfg.reconstructionLoss()) {
                case MSE -> sse / (B * D_IN);
                case SQUARED_ERROR -> sse / B;
                case NORMALIZED_MSE -> sse / centredSquares(x);
            };
            if (cfg.architecture().equals("relu-l1")) {
                for (int j = 0; j < D_SAE; j++) {
                    double norm = 0;
                    for (int c = 0; c < D_IN; c++) {
                        norm += p[2][j * D_IN + c] * p[2][j * D_IN + c];
                    }
                    norm = Math.sqrt(norm);
                    for (int r = 0; r < B; r++) {
                        loss += cfg.l1Coefficient() / B * z[r * D_SAE + j] * norm;
                    }
                }
            }
            if (dead != null) {
                double[] pre = fwd[2];
                double[] a = new double[B * D_SAE];
                for (int r = 0; r < B; r++) {
                    List<Integer> order = sortedPositive(pre, r * D_SAE, D_SAE, dead);
                    for (int i = 0; i < Math.min(cfg.kAux(), order.size()); i++) {
                        a[r * D_SAE + order.get(i)] = pre[r * D_SAE + order.get(i)];
                    }
                }
                double[] ehat = decode(a, p[2]);
                double err = 0;
                for (int i = 0; i < ehat.length; i++) {
                    err += (ehat[i] - residual[i]) * (ehat[i] - residual[i]);
                }
                loss += cfg.auxKCoefficient() * err / residualVariance;
            }
            return loss;
        }

        private static double[] decode(double[] z, double[] wDec) {
            double[] out = new double[B * D_IN];
            for (int r = 0; r < B; r++) {
                for (int j = 0; j < D_SAE; j++) {
                    for (int c = 0; c < D_IN; c++) {
                        out[r * D_IN + c] += z[r * D_SAE + j] * wDec[j * D_IN + c];
                    }
                }
            }
            return out;
        }

        private static double centredSquares(double[] v) {
            double total = 0;
            for (int c = 0; c < D_IN; c++) {
                double mean = 0;
                for (int r = 0; r < B; r++) {
                    mean += v[r * D_IN + c];
                }
                mean /= B;
                for (int r = 0; r < B; r++) {
                    total += (v[r * D_IN + c] - mean) * (v[r * D_IN + c] - mean);
                }
            }
            return total;
        }

        /** Positive entries of v[offset, offset + length) (optionally masked by column), largest first, ties by index. */
        private static List<Integer> sortedPositive(double[] v, int offset, int length, boolean[] mask) {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                if (v[offset + i] > 0 && (mask == null || mask[i % D_SAE])) {
                    idx.add(i);
                }
            }
            idx.sort(Comparator.comparingDouble((Integer i) -> -v[offset + i]).thenComparingInt(i -> i));
            return idx;
        }
    }
}
