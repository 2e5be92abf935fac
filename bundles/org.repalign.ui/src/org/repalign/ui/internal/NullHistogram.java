package org.repalign.ui.internal;

/**
 * Equal-width bins over the range of a permutation null's scores, and the coordinates of the
 * step line that draws them: x the bin edges, y each bin's count with the last repeated, so
 * that a step chart holds every bin's height up to its right edge.
 *
 * @param edges  bin edges, ascending, one more than the bins
 * @param counts scores per bin; bins are [edge, next edge), the last one closed
 */
public record NullHistogram(double[] edges, int[] counts) {

    /**
     * @param scores defined null scores, at least one
     * @return the histogram with round(√n) bins, at least 3 and at most 30; a null of equal scores
     *         gets bins of width 10⁻³ about them
     */
    public static NullHistogram of(double[] scores) {
        if (scores.length == 0) {
            throw new IllegalArgumentException("a histogram needs at least one score");
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            lo = Math.min(lo, s);
            hi = Math.max(hi, s);
        }
        int bins = (int) Math.max(3, Math.min(30, Math.round(Math.sqrt(scores.length))));
        if (!(hi > lo)) {
            lo -= 0.5e-3 * bins;
            hi += 0.5e-3 * bins;
        }
        double width = (hi - lo) / bins;
        double[] edges = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            edges[i] = lo + i * width;
        }
        edges[bins] = hi;
        int[] counts = new int[bins];
        for (double s : scores) {
            counts[Math.min(bins - 1, (int) ((s - lo) / width))]++;
        }
        return new NullHistogram(edges, counts);
    }

    /** @return x of the step line: the bin edges */
    public double[] stepX() {
        return edges.clone();
    }

    /** @return y of the step line: each bin's count, the last repeated at the right edge */
    public double[] stepY() {
        double[] y = new double[counts.length + 1];
        for (int i = 0; i < counts.length; i++) {
            y[i] = counts[i];
        }
        y[counts.length] = counts[counts.length - 1];
        return y;
    }
}
