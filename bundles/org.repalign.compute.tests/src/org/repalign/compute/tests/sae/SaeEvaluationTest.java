package org.repalign.compute.tests.sae;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.repalign.compute.data.CsrMatrix;
import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.sae.SaeEvaluation;
import org.repalign.compute.sae.SaeEvaluator;
import org.repalign.compute.sae.SparseAutoencoder;
import org.repalign.compute.sae.TruncatedCodes;

/**
 * A TopK SAE with d_in = 2, d_sae = 3, k = 1, zero biases, W_enc columns e₀, e₁, (½, ½) and atoms
 * (1, 0), (0, 1), (0.6, 0.8), on four rows worked out by hand:
 * <pre>
 *   x        pre            z            x̂       ‖x − x̂‖²
 *   (2, 1)   (2, 1, 1.5)    z₀ = 2       (2, 0)   1
 *   (0, 3)   (0, 3, 1.5)    z₁ = 3       (0, 3)   0
 *   (−1, −1) (−1, −1, −1)   none         (0, 0)   2
 *   (1, 1)   (1, 1, 1)      z₀ = 1 (tie, lower index)  (1, 0)   1
 * </pre>
 * x̄ = (0.5, 1); Σ‖x − x̄‖² = 2.25 + 4.25 + 6.25 + 0.25 = 13, so FVU = 4/13; NMSE =
 * (1/5 + 0 + 2/2 + 1/2)/4 = 0.425; mean residual = (1 + 0 + √2 + 1)/4; L0 = 3/4; latent 2 never
 * fires (dead fraction 1/3); magnitudes {1, 2, 3}: p5 = 1.1, p95 = 2.9; |cos| of atom pairs 0,
 * 0.6, 0.8: mean 1.4/3, max 0.8. Firing counts (2, 1, 0): with bounds (0, 0.6) latents 0 and 1
 * are kept (0 &lt; c &lt; 2.4), L0 3/4; with (0.3, 0.6) only latent 0 (1.2 &lt; c &lt; 2.4), L0 1/2; with
 * the paper's (1e-5, 0.1) none (c &lt; 0.4 fails).
 */
class SaeEvaluationTest {

    static SparseAutoencoder tiny() {
        float[] wEnc = {1, 0, 0.5f, 0, 1, 0.5f};
        float[] wDec = {1, 0, 0, 1, 0.6f, 0.8f};
        return SparseAutoencoder.of("topk", 2, 3, 1, wEnc, new float[3], wDec, new float[2], null, 1.0);
    }

    static final DenseMatrix DATA = DenseMatrix.of(new double[][] {{2, 1}, {0, 3}, {-1, -1}, {1, 1}});

    @Test
    void handComputedMeasures() {
        SaeEvaluation e = SaeEvaluator.evaluate(tiny(), DATA, 0, 0.6);
        assertEquals(4, e.n());
        assertEquals(2, e.dIn());
        assertEquals(3, e.dSae());
        assertEquals(1, e.k());
        assertEquals("topk", e.architecture());
        assertEquals(4.0 / 13, e.fvu(), 1e-12);
        assertEquals(0.425, e.nmse(), 1e-12);
        assertEquals((2 + Math.sqrt(2)) / 4, e.meanL2Residual(), 1e-12);
        assertEquals(0.75, e.l0(), 0);
        assertEquals(1.0 / 3, e.deadFraction(), 0);
        assertArrayEquals(new int[] {0, 1}, e.keptLatents());
        assertEquals(2, e.keptLatentCount());
        assertEquals(0.75, e.l0Truncated(), 0);
        assertEquals(1.1, e.magnitudeP5(), 1e-12);
        assertEquals(2.9, e.magnitudeP95(), 1e-12);
        // 0.6f and 0.8f are not exact in float32
        assertEquals(1.4 / 3, e.incoherenceMean(), 1e-6);
        assertEquals(0.8, e.incoherenceMax(), 1e-6);

        SaeEvaluation narrow = SaeEvaluator.evaluate(tiny(), DATA, 0.3, 0.6);
        assertArrayEquals(new int[] {0}, narrow.keptLatents());
        assertEquals(0.5, narrow.l0Truncated(), 0);
        assertEquals(0, SaeEvaluator.evaluate(tiny(), DATA).keptLatentCount());
    }

    @Test
    void encodeDecodeAndTruncate() {
        CsrMatrix codes = tiny().encode(DATA);
        assertArrayEquals(new int[] {0, 1, 2, 2, 3}, codes.indptr());
        assertArrayEquals(new int[] {0, 1, 0}, codes.indices());
        assertArrayEquals(new double[] {2, 3, 1}, codes.values(), 0);
        DenseMatrix recon = tiny().decode(codes);
        assertArrayEquals(new double[] {2, 0, 0, 3, 0, 0, 1, 0}, recon.toArray(), 0);
        assertArrayEquals(recon.toArray(), tiny().reconstruct(DATA).toArray(), 0);

        TruncatedCodes t = TruncatedCodes.of(codes, 0.3, 0.6);
        assertArrayEquals(new int[] {0}, t.keptLatents());
        assertEquals(1, t.codes().columns());
        assertArrayEquals(new int[] {0, 1, 1, 1, 2}, t.codes().indptr());
        assertArrayEquals(new double[] {2, 1}, t.codes().values(), 0);
        assertEquals(0.5, t.l0(), 0);
    }

    @Test
    void inputScaleIsUndoneOnDecode() {
        SparseAutoencoder base = tiny();
        SparseAutoencoder scaled = SparseAutoencoder.of("topk", 2, 3, 1, base.wEnc(), base.bEnc(), base.wDec(),
                base.bDec(), null, 2.0);
        // codes of 2x; reconstruction divided by 2 again
        assertArrayEquals(new double[] {4, 6, 2}, scaled.encode(DATA).values(), 0);
        assertArrayEquals(base.reconstruct(DATA).toArray(), scaled.reconstruct(DATA).toArray(), 1e-6);
        assertEquals(4.0 / 13, SaeEvaluator.evaluate(scaled, DATA).fvu(), 1e-6);
    }

    @Test
    void batchTopKInferenceIsAJumpRelu() {
        SparseAutoencoder base = tiny();
        SparseAutoencoder jump = SparseAutoencoder.of("batchtopk", 2, 3, 1, base.wEnc(), base.bEnc(), base.wDec(),
                base.bDec(), new float[] {1.5f, 2.5f, 1.2f}, 1.0);
        // row 0: pre (2, 1, 1.5) → z0 = 2, z2 = 1.5; row 1: (0, 3, 1.5) → z1 = 3, z2 = 1.5; rows 2, 3: none
        CsrMatrix codes = jump.encode(DATA);
        assertArrayEquals(new int[] {0, 2, 4, 4, 4}, codes.indptr());
        assertArrayEquals(new int[] {0, 2, 1, 2}, codes.indices());
    }
}
