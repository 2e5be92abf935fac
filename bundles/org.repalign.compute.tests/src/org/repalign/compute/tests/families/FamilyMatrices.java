package org.repalign.compute.tests.families;

import org.repalign.compute.tests.kernel.TestMatrices;

/** Simple transforms of matrices beside {@link TestMatrices} (seeded matrices, evaluating a metric by name). */
final class FamilyMatrices {

    private FamilyMatrices() {
    }

    static double[][] multiply(double[][] a, double[][] b) {
        return TestMatrices.multiply(a, b, 1.0);
    }

    /** a·scale + 1·shiftᵀ (shift cycled over the columns). */
    static double[][] affine(double[][] a, double scale, double... shift) {
        double[][] c = new double[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                c[i][j] = scale * a[i][j] + shift[j % shift.length];
            }
        }
        return c;
    }

    static double[][] columns(double[][] a, int... order) {
        double[][] c = new double[a.length][order.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < order.length; j++) {
                c[i][j] = a[i][order[j]];
            }
        }
        return c;
    }

    static double[][] withZeroColumns(double[][] a, int extra) {
        double[][] c = new double[a.length][a[0].length + extra];
        for (int i = 0; i < a.length; i++) {
            System.arraycopy(a[i], 0, c[i], 0, a[0].length);
        }
        return c;
    }

    static double[][] column(double... values) {
        double[][] c = new double[values.length][1];
        for (int i = 0; i < values.length; i++) {
            c[i][0] = values[i];
        }
        return c;
    }
}
