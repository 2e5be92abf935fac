package org.repalign.compute.stats;

/**
 * A confidence interval for the expected value of a statistic on m-row draws from the population,
 * from its values on S random m-row subsets of one data set of n rows (the evaluation protocol's
 * subsamples), and the two-sided test of that expectation against 0 (for paired differences on
 * the same subsets).
 *
 * <p><b>Estimand and estimator.</b> With the data set's n rows independent draws from a
 * population, each subset of m distinct rows is itself an independent m-row draw, so the mean h̄
 * of the subset values is unbiased for θ = E[h(m rows)]. The spread over subsets alone
 * understates its error: subsets of one data set share rows (m²/n in expectation), and the data
 * set itself is one draw. Read as a U-statistic of degree m (Hoeffding 1948), two subsets that
 * share c rows have covariance ζ<sub>c</sub>, and Hoeffding's inequality ζ<sub>c</sub>/c ≤
 * ζ<sub>m</sub>/m bounds the correlation of two subsets by m/n. Hence, with s² the sample
 * variance of the S′ defined subset values (whose expectation is ζ<sub>m</sub> − Cov) and
 * f = m/n,
 * <pre>
 *   Var(h̄) ≤ ζ_m · (1/S′ + (1 − 1/S′)·f),   ζ_m ≤ E[s²] / (1 − f),
 *   V̂ = s² · (1/S′ + (1 − 1/S′)·f) / (1 − f).
 * </pre>
 * This is the corrected resampled variance of Nadeau and Bengio (2003, "Inference for the
 * generalization error", Machine Learning 52:239–281) carried over from train/test splits to
 * subsamples, with the correlation bound m/n in place of their n₂/n₁: exact for statistics that
 * are means of per-row terms, conservative for others. The interval is h̄ ± t<sub>S′−1</sub>·√V̂
 * (Student's t with S′ − 1 degrees of freedom) and the p-value is the two-sided t test of
 * h̄/√V̂. Equivalently V̂ = s²/S′ + s²·f/(1 − f): the naive variance of a mean of S′ values plus
 * the bound on τ = Var(U<sub>n</sub>), the covariance of two subsets of one data set (U<sub>n</sub>
 * the complete U-statistic of the data set, so Var(h̄) = E[s²]/S′ + τ exactly). A coverage study
 * on the synthetic generator checks it (releng/benchmark.sh coverage).
 *
 * <p><b>Why a bound and not an estimate of τ.</b> When h has large higher-order Hoeffding
 * components, τ = g·ζ<sub>m</sub> with g well below f (g ≈ f<sup>k</sup> for a pure k-th order
 * part), and V̂ is conservative. τ is however not identified by the S′ values of one data set:
 * no estimator of the variance of a resampling mean from its values alone is unbiased for all
 * distributions (Bengio and Grandvalet 2004, "No unbiased estimator of the variance of K-fold
 * cross-validation", JMLR 5:1089–1105); the unbiased estimator of Var(U<sub>n</sub>) needs values
 * on disjoint subsets, exists only for m ≤ n/2 (Wang and Lindsay 2014, "Variance estimation of a
 * general U-statistic with application to cross-validation", Statistica Sinica 24:1117–1141), and
 * is a difference of two estimates of ζ<sub>m</sub>, so its error (of order ζ<sub>m</sub>·√(2/S))
 * exceeds the ζ<sub>m</sub>/S it would have to be compared with unless hundreds of extra values
 * are computed. Estimates from S extra values (disjoint or row-swapped companions of the subsets)
 * and from the regression of ½(h<sub>i</sub> − h<sub>j</sub>)² on the rows two subsets share
 * were measured in the coverage study and fell below 90% coverage at m/n = 0.4, so the
 * conservative bound stays.
 *
 * <p>Undefined (NaN, with a reason) when fewer than two subset values are defined, or when the
 * subsets are the whole data set (m ≥ n: nothing varies between them to estimate the error
 * from).
 *
 * @param estimate      h̄, the mean of the defined subset values
 * @param standardError √V̂
 * @param lower         lower end of the interval
 * @param upper         upper end of the interval
 * @param p             two-sided p-value of θ = 0 (for differences), in (0, 1]; 0 only when
 *                      every subset gives the same nonzero value
 * @param subsets       S′, the defined subset values used
 * @param overlap       f = m/n
 * @param reason        why the interval is undefined, or {@code null}
 */
public record SubsampleInterval(double estimate, double standardError, double lower, double upper, double p,
        int subsets, double overlap, String reason) {

    /** The level of RepAlign's intervals. */
    public static final double LEVEL = 0.95;

    /** The method in words, as reports state it. */
    public static final String METHOD = "95% t interval over the subsamples with the overlap-corrected variance"
            + " s²·(1/S + (1 − 1/S)·m/n)/(1 − m/n) (Nadeau and Bengio 2003; Hoeffding 1948)";

    /** @return whether the interval is defined */
    public boolean defined() {
        return reason == null;
    }

    /**
     * @param values        the statistic on each subset (NaN where undefined: left out)
     * @param subsampleSize m, the rows of each subset
     * @param rows          n, the rows of the data set
     * @return the 95% interval
     * @throws IllegalArgumentException when m or n is not positive
     */
    public static SubsampleInterval of(double[] values, int subsampleSize, int rows) {
        return of(values, subsampleSize, rows, LEVEL);
    }

    /**
     * @param values        the statistic on each subset (NaN where undefined: left out)
     * @param subsampleSize m, the rows of each subset
     * @param rows          n, the rows of the data set
     * @param level         the coverage, in (0, 1)
     * @return the interval
     * @throws IllegalArgumentException when m or n is not positive or the level is outside (0, 1)
     */
    public static SubsampleInterval of(double[] values, int subsampleSize, int rows, double level) {
        if (subsampleSize < 1 || rows < 1) {
            throw new IllegalArgumentException("subsample size and rows must be positive, got " + subsampleSize
                    + " and " + rows);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), got " + level);
        }
        SampleMoments moments = SampleMoments.ofDefined(values);
        double overlap = Math.min(1, (double) subsampleSize / rows);
        if (subsampleSize >= rows) {
            return undefined(moments, overlap, "the subsamples are the whole data set");
        }
        if (moments.count() < 2) {
            return undefined(moments, overlap, moments.count() + " defined subsample value(s); 2 are needed");
        }
        int s = moments.count();
        double variance = moments.standardDeviation() * moments.standardDeviation();
        double corrected = variance * (1.0 / s + (1 - 1.0 / s) * overlap) / (1 - overlap);
        double error = Math.sqrt(corrected);
        double t = StudentT.quantile(1 - (1 - level) / 2, s - 1);
        double mean = moments.mean();
        double p;
        if (error > 0) {
            p = StudentT.twoSidedP(mean / error, s - 1);
        } else {
            p = mean == 0 ? 1 : 0;
        }
        return new SubsampleInterval(mean, error, mean - t * error, mean + t * error, p, s, overlap, null);
    }

    private static SubsampleInterval undefined(SampleMoments moments, double overlap, String reason) {
        return new SubsampleInterval(moments.mean(), Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                moments.count(), overlap, reason);
    }

    /**
     * The interval of the paired difference second − first, subset by subset, on the same
     * subsets (a subset where either is undefined is left out).
     *
     * @param first         the first statistic per subset
     * @param second        the second statistic per subset, on the same subsets
     * @param subsampleSize m
     * @param rows          n
     * @return the 95% interval of the difference and its test against 0
     * @throws IllegalArgumentException when the arrays differ in length, or as {@link #of}
     */
    public static SubsampleInterval ofDifference(double[] first, double[] second, int subsampleSize, int rows) {
        if (first.length != second.length) {
            throw new IllegalArgumentException(first.length + " first values but " + second.length + " second");
        }
        double[] differences = new double[first.length];
        for (int i = 0; i < first.length; i++) {
            differences[i] = second[i] - first[i];
        }
        return of(differences, subsampleSize, rows);
    }
}
