package org.repalign.compute.sae;

/**
 * BatchTopK SAE (Bussmann, Leask and Nanda 2024, "BatchTopK sparse autoencoders"). During
 * training, {@code f = ReLU(pre)} and the batch keeps its k·B largest activations over all rows
 * and latents together (ties: earlier in row-major order first), so the mean L0 is at most k
 * but rows differ. The trainer learns a global threshold
 * {@code θ ← (1 − 0.01)θ + 0.01·(smallest kept activation)}; at inference the SAE is a JumpReLU,
 * {@code z = f · 1[f > θⱼ]}, with θ stored per latent (SAELens {@code jumprelu} layout).
 */
public final class BatchTopKArchitecture implements SaeArchitecture {

    /** The id, {@value}. */
    public static final String ID = "batchtopk";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String saeLensArchitecture() {
        return "jumprelu";
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
        return true;
    }

    @Override
    public void encode(float[] pre, int rows, int dSae, int k, float[] threshold, SparseBatch out) {
        out.clear();
        for (int r = 0; r < rows; r++) {
            int base = r * dSae;
            for (int j = 0; j < dSae; j++) {
                float v = pre[base + j];
                float t = threshold == null ? 0f : Math.max(0f, threshold[j]);
                if (v > 0f && v > t) {
                    out.add(j, v);
                }
            }
            out.endRow();
        }
    }

    @Override
    public float encodeForTraining(float[] pre, int rows, int dSae, int k, SparseBatch out) {
        out.clear();
        int total = rows * dSae;
        float[] positive = new float[Math.max(1, total)];
        int count = 0;
        for (int i = 0; i < total; i++) {
            if (pre[i] > 0f) {
                positive[count++] = pre[i];
            }
        }
        long budgetLong = (long) k * rows;
        int budget = (int) Math.min(budgetLong, count);
        if (budget == 0) {
            for (int r = 0; r < rows; r++) {
                out.endRow();
            }
            return Float.NaN;
        }
        // the budget-th largest positive value
        float cut = kthLargest(positive, count, budget);
        int greater = 0;
        for (int i = 0; i < count; i++) {
            if (positive[i] > cut) {
                greater++;
            }
        }
        int equalsLeft = budget - greater;
        for (int r = 0; r < rows; r++) {
            int base = r * dSae;
            for (int j = 0; j < dSae; j++) {
                float v = pre[base + j];
                if (v > cut) {
                    out.add(j, v);
                } else if (v == cut && equalsLeft > 0) {
                    out.add(j, v);
                    equalsLeft--;
                }
            }
            out.endRow();
        }
        return cut;
    }

    /** The rank-th largest (1-based) of {@code a[0 .. n)}, by iterative quickselect (a is reordered). */
    static float kthLargest(float[] a, int n, int rank) {
        int target = n - rank; // index in ascending order
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            float pivot = median3(a[lo], a[(lo + hi) >>> 1], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    float t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (target <= j) {
                hi = j;
            } else if (target >= i) {
                lo = i;
            } else {
                return a[target];
            }
        }
        return a[target];
    }

    private static float median3(float a, float b, float c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    @Override
    public String toString() {
        return ID;
    }
}
