package org.repalign.compute.sae;

import org.repalign.compute.parallel.ParallelRanges;
import org.repalign.compute.sae.internal.TopKSelect;

/**
 * TopK SAE (Gao et al. 2024, "Scaling and evaluating sparse autoencoders", §2.3), in the form
 * of the L2PRH code: {@code f = ReLU(pre)}, then {@code z} keeps the k largest entries of
 * {@code f} and zeroes the rest. ReLU comes first, so a row can have fewer than k nonzeros.
 * Ties keep the lower latent index. Training and inference are the same rule.
 */
public final class TopKArchitecture implements SaeArchitecture {

    /** The id, {@value}. */
    public static final String ID = "topk";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String saeLensArchitecture() {
        return "topk";
    }

    @Override
    public boolean usesK() {
        return true;
    }

    @Override
    public boolean supportsAuxK() {
        return true;
    }

    @Override
    public boolean hasL1Penalty() {
        return false;
    }

    @Override
    public boolean learnsThreshold() {
        return false;
    }

    @Override
    public void encode(float[] pre, int rows, int dSae, int k, float[] threshold, SparseBatch out) {
        encodeForTraining(pre, rows, dSae, k, out);
    }

    @Override
    public float encodeForTraining(float[] pre, int rows, int dSae, int k, SparseBatch out) {
        out.clear();
        int kk = Math.min(k, dSae);
        int[] selected = new int[Math.max(1, rows * kk)];
        int[] counts = new int[rows];
        // rows are independent: select in parallel, then append in row order
        ParallelRanges.forEachChunk(rows, dSae, (from, to) -> {
            TopKSelect select = new TopKSelect(kk);
            int[] columns = new int[Math.max(1, kk)];
            for (int r = from; r < to; r++) {
                counts[r] = select.select(pre, r * dSae, dSae, kk, null, columns);
                System.arraycopy(columns, 0, selected, r * kk, counts[r]);
            }
        });
        float smallest = Float.NaN;
        for (int r = 0; r < rows; r++) {
            int base = r * dSae;
            for (int i = 0; i < counts[r]; i++) {
                int c = selected[r * kk + i];
                float v = pre[base + c];
                out.add(c, v);
                if (!(v >= smallest)) {
                    smallest = v;
                }
            }
            out.endRow();
        }
        return smallest;
    }
}
