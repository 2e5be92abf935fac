package org.repalign.compute.sae.internal;

/**
 * The AdamW update (Loshchilov and Hutter, "Decoupled weight decay regularization", ICLR 2019)
 * in the form PyTorch's {@code torch.optim.AdamW} applies it, for step t ≥ 1:
 * <pre>
 *   p ← p · (1 − lr·wd)
 *   m ← β₁ m + (1 − β₁) g
 *   v ← β₂ v + (1 − β₂) g²
 *   p ← p − lr · (m / (1 − β₁ᵗ)) / (√(v / (1 − β₂ᵗ)) + ε)
 * </pre>
 * Arithmetic is float32 on the parameters and moments, with the bias corrections in float64.
 */
public final class AdamW {

    /**
     * Updates one parameter array in place.
     *
     * @param p     parameters
     * @param g     gradient
     * @param m     first moment
     * @param v     second moment
     * @param step  t, the 1-based step number
     * @param lr    learning rate of this step
     * @param beta1 β₁
     * @param beta2 β₂
     * @param eps   ε
     * @param wd    decoupled weight decay
     */
    public static void update(float[] p, float[] g, float[] m, float[] v, long step, double lr, double beta1,
            double beta2, double eps, double wd) {
        new AdamW(step, lr, beta1, beta2, eps, wd).apply(p, g, m, v, 0, p.length);
    }

    private final float b1;
    private final float b2;
    private final float a1;
    private final float a2;
    private final float stepSize;
    private final float invSqrtC2;
    private final float epsilon;
    private final float decay;
    private final boolean decays;

    /**
     * The update of one step, to apply to any number of ranges of parameters.
     *
     * @param step  t, the 1-based step number
     * @param lr    learning rate of this step
     * @param beta1 β₁
     * @param beta2 β₂
     * @param eps   ε
     * @param wd    decoupled weight decay
     */
    public AdamW(long step, double lr, double beta1, double beta2, double eps, double wd) {
        double c1 = 1 - Math.pow(beta1, step);
        double c2 = 1 - Math.pow(beta2, step);
        b1 = (float) beta1;
        b2 = (float) beta2;
        a1 = (float) (1 - beta1);
        a2 = (float) (1 - beta2);
        stepSize = (float) (lr / c1);
        invSqrtC2 = (float) (1 / Math.sqrt(c2));
        epsilon = (float) eps;
        decay = (float) (1 - lr * wd);
        decays = wd != 0;
    }

    /**
     * Updates {@code p[from .. to)} in place; each element's arithmetic depends on nothing
     * else, so ranges may be updated from different threads.
     *
     * @param p    parameters
     * @param g    gradient
     * @param m    first moment
     * @param v    second moment
     * @param from first index
     * @param to   one past the last index
     */
    public void apply(float[] p, float[] g, float[] m, float[] v, int from, int to) {
        for (int i = from; i < to; i++) {
            float gi = g[i];
            float mi = b1 * m[i] + a1 * gi;
            float vi = b2 * v[i] + a2 * gi * gi;
            m[i] = mi;
            v[i] = vi;
            float pi = decays ? p[i] * decay : p[i];
            p[i] = pi - stepSize * mi / ((float) Math.sqrt(vi) * invSqrtC2 + epsilon);
        }
    }
}
