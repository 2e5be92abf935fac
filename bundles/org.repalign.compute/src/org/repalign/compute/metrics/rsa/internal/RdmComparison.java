package org.repalign.compute.metrics.rsa.internal;

import org.repalign.compute.stats.SpearmanCorrelation;
import org.repalign.compute.stats.internal.IndexSort;

/**
 * How two RDMs (their upper triangles, paired entry by entry) are compared, as rsatoolbox names
 * the methods. Every method returns NaN when it is undefined (a constant vector for the
 * correlations, a zero vector for the cosine).
 */
public enum RdmComparison {

    /** Spearman's ρ: the Pearson correlation of the ranks, ties given their average rank. */
    SPEARMAN {
        @Override
        public double compare(double[] a, double[] b) {
            return pearson(SpearmanCorrelation.averageRanks(a), SpearmanCorrelation.averageRanks(b));
        }
    },
    /** Pearson's r. */
    PEARSON {
        @Override
        public double compare(double[] a, double[] b) {
            return pearson(a, b);
        }
    },
    /**
     * Kendall's τ_a = (concordant − discordant)/(N(N − 1)/2): a pair tied in either vector counts
     * as neither, and the denominator counts every pair (Kendall 1938). O(N log N): Knight's
     * algorithm (1966), a merge sort counting the discordant pairs.
     */
    KENDALL_TAU_A {
        @Override
        public double compare(double[] a, double[] b) {
            return kendallTauA(a, b);
        }
    },
    /** The cosine of the angle between the two vectors, uncentred: Σab/√(Σa²·Σb²). */
    COSINE {
        @Override
        public double compare(double[] a, double[] b) {
            CompensatedSum ab = new CompensatedSum();
            CompensatedSum aa = new CompensatedSum();
            CompensatedSum bb = new CompensatedSum();
            for (int i = 0; i < a.length; i++) {
                ab.add(a[i] * b[i]);
                aa.add(a[i] * a[i]);
                bb.add(b[i] * b[i]);
            }
            return ratio(ab.value(), aa.value(), bb.value());
        }
    };

    /**
     * @param a the first RDM's upper triangle
     * @param b the second's, paired entry by entry
     * @return the comparison, NaN when undefined
     */
    public abstract double compare(double[] a, double[] b);

    /** @return the parameter value naming this method, e.g. {@code kendall_tau_a} */
    public String parameterValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static double pearson(double[] a, double[] b) {
        int n = a.length;
        CompensatedSum sumA = new CompensatedSum();
        CompensatedSum sumB = new CompensatedSum();
        for (int i = 0; i < n; i++) {
            sumA.add(a[i]);
            sumB.add(b[i]);
        }
        double meanA = sumA.value() / n;
        double meanB = sumB.value() / n;
        CompensatedSum ab = new CompensatedSum();
        CompensatedSum aa = new CompensatedSum();
        CompensatedSum bb = new CompensatedSum();
        for (int i = 0; i < n; i++) {
            double da = a[i] - meanA;
            double db = b[i] - meanB;
            ab.add(da * db);
            aa.add(da * da);
            bb.add(db * db);
        }
        return ratio(ab.value(), aa.value(), bb.value());
    }

    private static double ratio(double ab, double aa, double bb) {
        return aa > 0 && bb > 0 ? ab / Math.sqrt(aa) / Math.sqrt(bb) : Double.NaN;
    }

    /**
     * Neumaier's compensated sum: the N = 499,500 products of a 1,000-row RDM are added with an
     * error independent of N (ranks reach 5·10⁵, their products 10¹¹).
     */
    private static final class CompensatedSum {
        private double sum;
        private double compensation;

        void add(double value) {
            double next = sum + value;
            compensation += Math.abs(sum) >= Math.abs(value) ? (sum - next) + value : (value - next) + sum;
            sum = next;
        }

        double value() {
            return sum + compensation;
        }
    }

    /**
     * Knight's algorithm: sort by (a, b); count the pairs tied in a (n₁) and in both (n₃); count
     * the strict inversions of b in that order by a merge sort (the discordant pairs, D); count
     * the pairs tied in b (n₂). With n₀ = N(N − 1)/2, C − D = n₀ − n₁ − n₂ + n₃ − 2D.
     */
    static double kendallTauA(double[] a, double[] b) {
        int n = a.length;
        long pairs = (long) n * (n - 1) / 2;
        if (pairs == 0) {
            return Double.NaN;
        }
        int[] order = IndexSort.order(a, b);
        long tiedA = 0;
        long tiedBoth = 0;
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && a[order[end]] == a[order[start]]) {
                end++;
            }
            tiedA += runPairs(end - start);
            int inner = start;
            while (inner < end) {
                int innerEnd = inner + 1;
                while (innerEnd < end && b[order[innerEnd]] == b[order[inner]]) {
                    innerEnd++;
                }
                tiedBoth += runPairs(innerEnd - inner);
                inner = innerEnd;
            }
            start = end;
        }
        double[] sequence = new double[n];
        for (int i = 0; i < n; i++) {
            sequence[i] = b[order[i]];
        }
        long discordant = countInversionsAndSort(sequence);
        long tiedB = 0;
        start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && sequence[end] == sequence[start]) {
                end++;
            }
            tiedB += runPairs(end - start);
            start = end;
        }
        long difference = pairs - tiedA - tiedB + tiedBoth - 2 * discordant;
        return (double) difference / pairs;
    }

    private static long runPairs(int length) {
        return (long) length * (length - 1) / 2;
    }

    /** Sorts in place by a bottom-up merge sort and returns the number of pairs i &lt; j with v[i] &gt; v[j]. */
    private static long countInversionsAndSort(double[] values) {
        int n = values.length;
        double[] buffer = new double[n];
        long inversions = 0;
        for (int width = 1; width < n; width *= 2) {
            for (int low = 0; low < n - width; low += 2 * width) {
                int middle = low + width;
                int high = Math.min(low + 2 * width, n);
                int left = low;
                int right = middle;
                int out = low;
                while (left < middle && right < high) {
                    if (values[right] < values[left]) {
                        inversions += middle - left;
                        buffer[out++] = values[right++];
                    } else {
                        buffer[out++] = values[left++];
                    }
                }
                while (left < middle) {
                    buffer[out++] = values[left++];
                }
                while (right < high) {
                    buffer[out++] = values[right++];
                }
                System.arraycopy(buffer, low, values, low, high - low);
            }
        }
        return inversions;
    }
}
