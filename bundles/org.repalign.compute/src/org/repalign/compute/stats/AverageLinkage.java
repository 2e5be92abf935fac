package org.repalign.compute.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Agglomerative clustering with average linkage (UPGMA; Sokal and Michener 1958) on a small
 * symmetric distance matrix, used to order the rows of a heatmap so that similar ones sit
 * together (the order of a dendrogram's leaves).
 *
 * <p>Conventions: the distance of two clusters is the mean of the defined (non-NaN)
 * distances between their members; clusters with no defined distance between them are
 * merged last. Of equally distant pairs the one whose clusters hold the lowest original
 * indices merges first, and in a merge the cluster holding the lower original index comes
 * first, so the order is deterministic and follows the input order where the data do not
 * decide. The diagonal is ignored. O(n³) in the number of rows: meant for tens of sources.
 */
public final class AverageLinkage {

    private AverageLinkage() {
    }

    /**
     * @param distances a symmetric n × n matrix of distances (NaN where undefined)
     * @return the leaf order: new position → original index
     * @throws IllegalArgumentException when the matrix is not square, not symmetric or has a
     *         negative or infinite distance
     */
    public static int[] leafOrder(double[][] distances) {
        int n = distances.length;
        check(distances);
        List<int[]> clusters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            clusters.add(new int[] { i });
        }
        while (clusters.size() > 1) {
            int bestA = -1;
            int bestB = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int a = 0; a < clusters.size(); a++) {
                for (int b = a + 1; b < clusters.size(); b++) {
                    double d = mean(distances, clusters.get(a), clusters.get(b));
                    if (bestA < 0 || d < best) {
                        best = d;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            int[] first = clusters.get(bestA);
            int[] second = clusters.get(bestB);
            int[] merged = new int[first.length + second.length];
            System.arraycopy(first, 0, merged, 0, first.length);
            System.arraycopy(second, 0, merged, first.length, second.length);
            clusters.remove(bestB);
            clusters.set(bestA, merged);
        }
        return n == 0 ? new int[0] : clusters.get(0);
    }

    /** Mean defined distance between two clusters; +∞ when none is defined. */
    private static double mean(double[][] distances, int[] a, int[] b) {
        double sum = 0;
        int count = 0;
        for (int i : a) {
            for (int j : b) {
                double d = distances[i][j];
                if (!Double.isNaN(d)) {
                    sum += d;
                    count++;
                }
            }
        }
        return count == 0 ? Double.POSITIVE_INFINITY : sum / count;
    }

    private static void check(double[][] distances) {
        int n = distances.length;
        for (int i = 0; i < n; i++) {
            if (distances[i].length != n) {
                throw new IllegalArgumentException("distances: row " + i + " has " + distances[i].length
                        + " values, expected " + n);
            }
            for (int j = 0; j < n; j++) {
                double d = distances[i][j];
                if (i == j || Double.isNaN(d)) {
                    continue;
                }
                if (d < 0 || Double.isInfinite(d)) {
                    throw new IllegalArgumentException("distances: (" + i + ", " + j + ") = " + d
                            + " is not a finite distance ≥ 0");
                }
                if (Double.compare(d, distances[j][i]) != 0) {
                    throw new IllegalArgumentException("distances: not symmetric at (" + i + ", " + j + ")");
                }
            }
        }
    }
}
