package org.repalign.compute.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The Benjamini–Hochberg step-up adjustment of p-values (Benjamini and Hochberg 1995,
 * "Controlling the false discovery rate", JRSS B 57:289–300): q<sub>(i)</sub> =
 * min<sub>j ≥ i</sub> min(1, m·p<sub>(j)</sub>/j) over the m defined p-values in increasing
 * order. Rejecting every hypothesis with q ≤ α controls the false discovery rate at α for
 * independent or positively dependent tests.
 */
public final class BenjaminiHochberg {

    private BenjaminiHochberg() {
    }

    /**
     * @param p p-values; NaN entries are left out of the count and stay NaN
     * @return the adjusted values (q-values), in input order
     * @throws IllegalArgumentException when a defined value lies outside [0, 1]
     */
    public static double[] adjust(double[] p) {
        for (double value : p) {
            if (!Double.isNaN(value) && (value < 0 || value > 1)) {
                throw new IllegalArgumentException("a p-value must lie in [0, 1], got " + value);
            }
        }
        Integer[] order = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .sorted(Comparator.comparingDouble(i -> p[i])).toArray(Integer[]::new);
        double[] q = new double[p.length];
        Arrays.fill(q, Double.NaN);
        int m = order.length;
        double running = 1;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, Math.min(1, p[i] * m / rank));
            q[i] = running;
        }
        return q;
    }
}
