package org.repalign.compute.model;

import java.util.Arrays;

import org.repalign.compute.stats.SplitMix64;

/**
 * Fits a {@link NoiseLaw} to the residual shares of items with known frequencies, with 95%
 * intervals from a bootstrap over items.
 *
 * <p><b>Fit.</b> Items are grouped into {@value #BINS} bins of equal width in ln f; each bin
 * contributes its mean ln f and mean residual share, weighted by its item count (the curve is
 * smooth in ln f and a bin spans 1/{@value #BINS} of the range, so the bins lose little the fit
 * could use and keep the cost independent of the item count). For fixed (γ, ln f*) the curve is linear in floor and
 * ceiling, which weighted least squares gives in closed form (variable projection: Golub and
 * Pereyra 1973, "The differentiation of pseudo-inverses and nonlinear least squares problems
 * whose variables separate", SIAM J. Numer. Anal. 10:413–432); (γ, ln f*) minimise the
 * remaining sum of squares (floor and ceiling kept in [0, 1], as shares) over a grid (γ from 0.04 to 2 by 0.04, ln f* from 3 below the
 * smallest to 3 above the largest ln f in 40 steps), refined by a compass search.
 *
 * <p><b>Intervals.</b> B = {@value #REPLICATES} bootstrap replicates, each drawing n items with
 * replacement from a {@link SplitMix64} stream seeded with the caller's seed, refitted;
 * percentile intervals (Efron and Tibshirani 1993, ch. 13).
 */
public final class NoiseLawFit {

    /** Bins of equal item count the curve is fitted to. */
    public static final int BINS = 40;
    /** Bootstrap replicates of the intervals. */
    public static final int REPLICATES = 200;

    private static final double GAMMA_MAX = 2.0;

    private NoiseLawFit() {
    }

    /**
     * A fitted law with its intervals.
     *
     * @param law            the point estimate
     * @param gammaInterval  95% interval of γ
     * @param transitionInterval 95% interval of f*
     * @param floorInterval  95% interval of the floor
     * @param ceilingInterval 95% interval of the ceiling
     * @param r2             share of the binned residual shares' weighted variance the curve explains
     * @param inRange        whether f* lies within the observed frequencies (γ is poorly
     *                       determined when the curve's bend is not seen)
     * @param items          items fitted
     * @param replicates     the bootstrap replicates' laws, for intervals of quantities derived
     *                       from the law
     */
    public record Result(NoiseLaw law, double[] gammaInterval, double[] transitionInterval, double[] floorInterval,
            double[] ceilingInterval, double r2, boolean inRange, int items, java.util.List<NoiseLaw> replicates) {

        /** Compact constructor: freezes the replicates. */
        public Result {
            replicates = java.util.List.copyOf(replicates);
        }

        /**
         * A 95% percentile interval of a quantity derived from the law.
         *
         * @param quantity the quantity of a law
         * @return its interval over the bootstrap replicates
         */
        public double[] interval(java.util.function.ToDoubleFunction<NoiseLaw> quantity) {
            return percentileInterval(replicates.stream().mapToDouble(quantity).toArray());
        }
    }

    /**
     * @param frequencies item frequencies, positive
     * @param shares      the items' residual shares, in the order of {@code frequencies}
     * @param seed        seed of the bootstrap
     * @return the fit with intervals
     * @throws IllegalArgumentException when the arrays differ in length, hold fewer than
     *                                  2 × {@value #BINS} items, a frequency is not positive or
     *                                  a share is not finite, or every frequency is the same
     */
    public static Result fit(double[] frequencies, double[] shares, long seed) {
        if (frequencies.length != shares.length) {
            throw new IllegalArgumentException(frequencies.length + " frequencies for " + shares.length + " shares");
        }
        int n = frequencies.length;
        if (n < 2 * BINS) {
            throw new IllegalArgumentException("at least " + 2 * BINS + " items are needed, got " + n);
        }
        double[] logF = new double[n];
        for (int i = 0; i < n; i++) {
            if (!(frequencies[i] > 0) || Double.isInfinite(frequencies[i])) {
                throw new IllegalArgumentException("frequency of item " + i + " is " + frequencies[i]);
            }
            if (!Double.isFinite(shares[i])) {
                throw new IllegalArgumentException("residual share of item " + i + " is " + shares[i]);
            }
            logF[i] = Math.log(frequencies[i]);
        }
        double min = Arrays.stream(logF).min().getAsDouble();
        double max = Arrays.stream(logF).max().getAsDouble();
        if (max - min < 1e-9) {
            throw new IllegalArgumentException("every item has the same frequency: no law to fit");
        }
        // equal-width bins in ln f: each item's bin is fixed, a replicate only counts items again
        int[] bin = new int[n];
        double width = (max - min) / BINS;
        for (int i = 0; i < n; i++) {
            bin[i] = Math.min(BINS - 1, (int) ((logF[i] - min) / width));
        }
        double[] counts = new double[n];
        Arrays.fill(counts, 1);
        double[] point = fitBins(logF, shares, bin, counts, min, max);
        double[][] replicates = new double[REPLICATES][];
        SplitMix64 random = new SplitMix64(SplitMix64.mix(seed));
        for (int b = 0; b < REPLICATES; b++) {
            Arrays.fill(counts, 0);
            for (int i = 0; i < n; i++) {
                counts[random.nextInt(n)]++;
            }
            replicates[b] = fitBins(logF, shares, bin, counts, min, max);
        }
        NoiseLaw law = new NoiseLaw(point[0], Math.exp(point[1]), point[2], point[3]);
        java.util.List<NoiseLaw> laws = new java.util.ArrayList<>(REPLICATES);
        for (double[] replicate : replicates) {
            laws.add(new NoiseLaw(replicate[0], Math.exp(replicate[1]), replicate[2], replicate[3]));
        }
        return new Result(law, interval(replicates, 0, false), interval(replicates, 1, true),
                interval(replicates, 2, false), interval(replicates, 3, false), point[4],
                point[1] >= min && point[1] <= max, n, laws);
    }

    private static double[] interval(double[][] replicates, int column, boolean exponential) {
        double[] values = new double[replicates.length];
        for (int b = 0; b < replicates.length; b++) {
            values[b] = replicates[b][column];
        }
        double[] interval = percentileInterval(values);
        return exponential ? new double[] { Math.exp(interval[0]), Math.exp(interval[1]) } : interval;
    }

    /**
     * The 95% percentile interval of bootstrap replicates: the values of rank ⌊0.025·(B − 1)⌋ and
     * ⌈0.975·(B − 1)⌉ in ascending order.
     *
     * @param replicates the replicates' values, at least one (not modified)
     * @return the interval's ends
     */
    public static double[] percentileInterval(double[] replicates) {
        double[] values = replicates.clone();
        Arrays.sort(values);
        return new double[] { values[(int) Math.floor(0.025 * (values.length - 1))],
                values[(int) Math.ceil(0.975 * (values.length - 1))] };
    }

    /** @return {γ, ln f*, floor, ceiling, R²} fitted to the items weighted by {@code counts} */
    private static double[] fitBins(double[] logF, double[] shares, int[] bin, double[] counts, double min,
            double max) {
        double[] sx = new double[BINS];
        double[] sy = new double[BINS];
        double[] sw = new double[BINS];
        for (int i = 0; i < logF.length; i++) {
            if (counts[i] > 0) {
                sx[bin[i]] += counts[i] * logF[i];
                sy[bin[i]] += counts[i] * shares[i];
                sw[bin[i]] += counts[i];
            }
        }
        int used = 0;
        for (double weight : sw) {
            used += weight > 0 ? 1 : 0;
        }
        double[] x = new double[used];
        double[] y = new double[used];
        double[] w = new double[used];
        for (int k = 0, j = 0; k < BINS; k++) {
            if (sw[k] > 0) {
                x[j] = sx[k] / sw[k];
                y[j] = sy[k] / sw[k];
                w[j] = sw[k];
                j++;
            }
        }
        double bestGamma = Double.NaN;
        double bestT = Double.NaN;
        double best = Double.POSITIVE_INFINITY;
        double tLow = min - 3;
        double tHigh = max + 3;
        int tSteps = 40;
        for (int g = 1; g <= 50; g++) {
            double gamma = g * GAMMA_MAX / 50;
            for (int s = 0; s <= tSteps; s++) {
                double t = tLow + (tHigh - tLow) * s / tSteps;
                double sse = projected(gamma, t, x, y, w, null);
                if (sse < best) {
                    best = sse;
                    bestGamma = gamma;
                    bestT = t;
                }
            }
        }
        // compass search around the best grid point
        double stepGamma = GAMMA_MAX / 50;
        double stepT = (tHigh - tLow) / tSteps;
        while (stepGamma > 1e-5 || stepT > 1e-5) {
            boolean moved = false;
            double[][] moves = { { stepGamma, 0 }, { -stepGamma, 0 }, { 0, stepT }, { 0, -stepT } };
            for (double[] move : moves) {
                double gamma = Math.min(GAMMA_MAX * 2, Math.max(1e-6, bestGamma + move[0]));
                double t = bestT + move[1];
                double sse = projected(gamma, t, x, y, w, null);
                if (sse < best) {
                    best = sse;
                    bestGamma = gamma;
                    bestT = t;
                    moved = true;
                }
            }
            if (!moved) {
                stepGamma /= 2;
                stepT /= 2;
            }
        }
        double[] linear = new double[2];
        double sse = projected(bestGamma, bestT, x, y, w, linear);
        double mean = 0;
        double total = 0;
        for (int k = 0; k < y.length; k++) {
            mean += w[k] * y[k];
            total += w[k];
        }
        mean /= total;
        double variance = 0;
        for (int k = 0; k < y.length; k++) {
            variance += w[k] * (y[k] - mean) * (y[k] - mean);
        }
        return new double[] { bestGamma, bestT, linear[0], linear[1], variance > 0 ? 1 - sse / variance : Double.NaN };
    }

    /**
     * The weighted sum of squares left when floor and ceiling are chosen by least squares for
     * this (γ, ln f*); {@code linear}, when given, receives them.
     */
    private static double projected(double gamma, double t, double[] x, double[] y, double[] w, double[] linear) {
        // y ≈ floor·(1 − g) + ceiling·g
        double saa = 0;
        double sab = 0;
        double sbb = 0;
        double say = 0;
        double sby = 0;
        double[] g = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            g[k] = NoiseLaw.logistic(gamma, t, x[k]);
            double a = 1 - g[k];
            saa += w[k] * a * a;
            sab += w[k] * a * g[k];
            sbb += w[k] * g[k] * g[k];
            say += w[k] * a * y[k];
            sby += w[k] * g[k] * y[k];
        }
        // least squares for (floor, ceiling) in the box [0, 1]²: shares are shares. The unconstrained
        // optimum when it lies in the box, else the best of the optima on the box's edges
        double det = saa * sbb - sab * sab;
        double[][] candidates = new double[5][];
        int count = 0;
        if (Math.abs(det) > 1e-12 * Math.max(1e-300, saa * sbb)) {
            double f0 = (sbb * say - sab * sby) / det;
            double c0 = (saa * sby - sab * say) / det;
            if (f0 >= 0 && f0 <= 1 && c0 >= 0 && c0 <= 1) {
                candidates[count++] = new double[] { f0, c0 };
            }
        }
        if (count == 0) {
            for (double fixed : new double[] { 0, 1 }) {
                // floor fixed: ceiling by least squares; ceiling fixed: floor by least squares
                double c = sbb > 0 ? clamp((sby - fixed * sab) / sbb) : 0;
                candidates[count++] = new double[] { fixed, c };
                double f = saa > 0 ? clamp((say - fixed * sab) / saa) : 0;
                candidates[count++] = new double[] { f, fixed };
            }
        }
        double floor = 0;
        double ceiling = 0;
        double least = Double.POSITIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            double value = weightedSse(candidates[i][0], candidates[i][1], g, y, w);
            if (value < least) {
                least = value;
                floor = candidates[i][0];
                ceiling = candidates[i][1];
            }
        }
        double sse = 0;
        for (int k = 0; k < x.length; k++) {
            double r = y[k] - floor * (1 - g[k]) - ceiling * g[k];
            sse += w[k] * r * r;
        }
        if (linear != null) {
            linear[0] = floor;
            linear[1] = ceiling;
        }
        return sse;
    }

    private static double clamp(double value) {
        return Math.min(1, Math.max(0, value));
    }

    private static double weightedSse(double floor, double ceiling, double[] g, double[] y, double[] w) {
        double sse = 0;
        for (int k = 0; k < y.length; k++) {
            double r = y[k] - floor * (1 - g[k]) - ceiling * g[k];
            sse += w[k] * r * r;
        }
        return sse;
    }
}
