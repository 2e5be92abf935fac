package org.repalign.analysis.results.rows;

import org.repalign.analysis.results.TableSchema;

/**
 * The OLS fit of a pair's window alignment on x = f<sup>−1/2</sup>.
 *
 * @param a         first source id
 * @param b         second source id
 * @param metric    metric key
 * @param slope     OLS slope, on the metric's own scale
 * @param intercept OLS intercept
 * @param r2        coefficient of determination
 * @param spearman  Spearman correlation of value and mean frequency
 * @param rising    whether alignment rises with frequency; {@code null} when no fit could be made
 * @param trend     {@code rising}, {@code falling}, {@code flat} or {@code undefined}
 * @param slopeLower lower end of the slope's 95% interval (OLS standard error, t with W − 2
 *                   degrees of freedom over the W windows); NaN when undefined or in files of
 *                   earlier releases
 * @param slopeUpper upper end of that interval
 * @param p          two-sided p-value of slope = 0
 * @param q          {@code p} adjusted by Benjamini–Hochberg over the pairs of the metric
 * @param significant whether q ≤ 0.05, or {@code null} when untested
 */
public record NoiseFit(String a, String b, String metric, double slope, double intercept, double r2, double spearman,
        Boolean rising, String trend, double slopeLower, double slopeUpper, double p, double q,
        Boolean significant) {

    /** The table {@code noise/fits}. */
    public static final TableSchema<NoiseFit> TABLE = TableSchema.of("fits", NoiseFit.class);

    /** @return whether alignment rises with frequency; false when no fit could be made */
    public boolean rises() {
        return Boolean.TRUE.equals(rising);
    }
}
