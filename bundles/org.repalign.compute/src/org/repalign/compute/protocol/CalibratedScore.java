package org.repalign.compute.protocol;

import java.util.OptionalDouble;

/**
 * The calibrated score of a value against its permutation null, (observed − E₀)/(ideal − E₀):
 * how far the value has gone from the null mean E₀ towards the metric's ideal value. For a
 * similarity with ideal 1 it is (s − E₀s)/(1 − E₀s), for a distance with ideal 0 (E₀d − d)/E₀d;
 * 0 means no better than shuffled rows, 1 a perfect alignment.
 */
final class CalibratedScore {

    private CalibratedScore() {
    }

    /**
     * @return the score; NaN when there is no ideal value, a value is undefined or the null mean
     *         is the ideal value itself
     */
    static double of(double observed, double nullMean, OptionalDouble ideal) {
        if (ideal.isEmpty() || Double.isNaN(observed) || Double.isNaN(nullMean) || ideal.getAsDouble() == nullMean) {
            return Double.NaN;
        }
        return (observed - nullMean) / (ideal.getAsDouble() - nullMean);
    }
}
