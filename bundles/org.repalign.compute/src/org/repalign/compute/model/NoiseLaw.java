package org.repalign.compute.model;

/**
 * How the share of a row that a sparse dictionary cannot explain falls with the item's
 * frequency, in RepAlign's own reading of the signal/bias/noise model (research notes §7; the
 * paper states no formula). With noise of s.d. σ·f<sup>−γ</sup> added to a signal of norm T, the
 * noise's share of a row's energy is σ²f<sup>−2γ</sup>/(T² + σ²f<sup>−2γ</sup>) =
 * 1/(1 + (f/f*)<sup>2γ</sup>), f* = (σ/T)<sup>1/γ</sup>: it saturates at 1 for rare items and
 * falls as f<sup>−2γ</sup> only for frequent ones, so a straight line through log residual
 * against log f underestimates γ. A dictionary fitted to the rows adds a floor (the signal it
 * misses) and takes part of the noise (its codes fit some noise), so the residual share is
 * <pre>
 *   e(f) = floor + (ceiling − floor) / (1 + (f/f*)^(2γ)),
 * </pre>
 * a four-parameter logistic curve in log f with slope 2γ.
 *
 * @param gamma      γ ≥ 0, the noise exponent
 * @param transition f* &gt; 0, the frequency at which the noise's share is half way
 * @param floor      the residual share of the most frequent items, where noise has vanished
 * @param ceiling    the residual share of the rarest items, where the row is noise
 */
public record NoiseLaw(double gamma, double transition, double floor, double ceiling) {

    /**
     * @param frequency f &gt; 0
     * @return e(f)
     */
    public double residualShare(double frequency) {
        return floor + (ceiling - floor) * logistic(gamma, Math.log(transition), Math.log(frequency));
    }

    /**
     * @return σ/T = f*<sup>γ</sup>: the noise scale relative to the signal's norm, in the units of
     *         the rows as they are fitted
     */
    public double relativeNoiseScale() {
        return Math.pow(transition, gamma);
    }

    /** 1/(1 + exp(2γ(ln f − ln f*))), computed without overflow. */
    static double logistic(double gamma, double logTransition, double logFrequency) {
        double a = 2 * gamma * (logFrequency - logTransition);
        return a > 0 ? Math.exp(-a) / (1 + Math.exp(-a)) : 1 / (1 + Math.exp(a));
    }
}
