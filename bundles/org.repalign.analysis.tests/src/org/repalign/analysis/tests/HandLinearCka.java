package org.repalign.analysis.tests;

/** Linear CKA written out in loops, the tests' independent reference for the product's CKA. */
final class HandLinearCka {

    private HandLinearCka() {
    }

    /** Linear CKA with the biased HSIC: ‖Ỹᵀ X̃‖²_F / (‖X̃ᵀX̃‖_F ‖ỸᵀỸ‖_F) on column-centred X̃, Ỹ. */
    static double of(double[][] x, double[][] y) {
        double[][] xc = columnCentred(x);
        double[][] yc = columnCentred(y);
        double xy = frobeniusSquared(crossProduct(yc, xc));
        return xy / Math.sqrt(frobeniusSquared(crossProduct(xc, xc)) * frobeniusSquared(crossProduct(yc, yc)));
    }

    private static double[][] columnCentred(double[][] x) {
        int d = x[0].length;
        double[] mean = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / x.length;
            }
        }
        double[][] out = new double[x.length][d];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < d; j++) {
                out[i][j] = x[i][j] - mean[j];
            }
        }
        return out;
    }

    /** @return uᵀ v */
    private static double[][] crossProduct(double[][] u, double[][] v) {
        double[][] out = new double[u[0].length][v[0].length];
        for (int i = 0; i < u.length; i++) {
            for (int p = 0; p < u[0].length; p++) {
                for (int q = 0; q < v[0].length; q++) {
                    out[p][q] += u[i][p] * v[i][q];
                }
            }
        }
        return out;
    }

    private static double frobeniusSquared(double[][] m) {
        double sum = 0;
        for (double[] row : m) {
            for (double v : row) {
                sum += v * v;
            }
        }
        return sum;
    }
}
