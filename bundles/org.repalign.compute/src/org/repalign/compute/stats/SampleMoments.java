package org.repalign.compute.stats;

/**
 * Count, mean and standard deviation of the defined (non-NaN) values of a sample. The standard
 * deviation uses the n − 1 denominator (the unbiased variance estimator, as
 * {@code numpy.std(ddof=1)}); it is NaN for fewer than two defined values. The mean is NaN when
 * no value is defined. Computed in two passes for accuracy.
 *
 * @param count             number of defined values
 * @param mean              their mean
 * @param standardDeviation their sample standard deviation (n − 1 denominator)
 */
public record SampleMoments(int count, double mean, double standardDeviation) {

    /**
     * @param values a sample; NaN entries are skipped
     * @return the moments of the non-NaN entries
     */
    public static SampleMoments ofDefined(double[] values) {
        int count = 0;
        double sum = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                count++;
                sum += v;
            }
        }
        if (count == 0) {
            return new SampleMoments(0, Double.NaN, Double.NaN);
        }
        double mean = sum / count;
        if (count < 2) {
            return new SampleMoments(count, mean, Double.NaN);
        }
        double squares = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                squares += (v - mean) * (v - mean);
            }
        }
        return new SampleMoments(count, mean, Math.sqrt(squares / (count - 1)));
    }
}
