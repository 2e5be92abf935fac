package org.repalign.ui.providers;

/**
 * One series of an x-y chart: points in drawing order.
 *
 * @param id the series id (also its legend entry)
 * @param x  the x values
 * @param y  the y values, one per x
 */
public record PointsModel(String id, double[] x, double[] y) {

    /** Compact constructor: copies the arrays and checks their lengths. */
    public PointsModel {
        x = x.clone();
        y = y.clone();
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " x values for " + y.length + " y values");
        }
    }
}
