package org.repalign.compute.metrics.kernel.internal;

/**
 * A symmetric kernel matrix K together with the means that define HKH (H = I − 11ᵀ/n),
 * (HKH)ᵢⱼ = Kᵢⱼ − k̄ⱼ + (k̄ − k̄ᵢ) with row means k̄ᵢ and grand mean k̄, the form in which the biased
 * HSIC tr(KHLH) = Σᵢⱼ (HKH)ᵢⱼ (HLH)ᵢⱼ is a plain dot product (see {@link #centered(int, int)}; the
 * centred matrix itself is never stored), and with the sums the unbiased HSIC needs.
 *
 * @param order             n
 * @param kernel            K, row-major
 * @param rowMeans          k̄ᵢ = Σⱼ Kᵢⱼ / n
 * @param grandMean         k̄ = Σᵢⱼ Kᵢⱼ / n²
 * @param squaredNorm       ‖K‖²_F, the scale against which a vanishing HSIC(K, K) is judged
 * @param offDiagonalRowSums Σ_{j≠i} Kᵢⱼ for each i, i.e. K̃1 with K̃ = K with zeroed diagonal
 * @param offDiagonalTotal  1ᵀK̃1
 */
public record CenteredKernel(int order, double[] kernel, double[] rowMeans, double grandMean, double squaredNorm,
        double[] offDiagonalRowSums, double offDiagonalTotal) {

    /**
     * @param kernel symmetric row-major n × n matrix
     * @param n      its order
     * @return the kernel with its centred form and sums
     */
    public static CenteredKernel of(double[] kernel, int n) {
        double[] rowMeans = new double[n];
        double[] offDiagonalRowSums = new double[n];
        double squaredNorm = 0;
        double grandMean = 0;
        double offDiagonalTotal = 0;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            int base = i * n;
            for (int j = 0; j < n; j++) {
                double value = kernel[base + j];
                sum += value;
                squaredNorm += value * value;
            }
            rowMeans[i] = sum / n;
            grandMean += sum;
            offDiagonalRowSums[i] = sum - kernel[base + i];
            offDiagonalTotal += offDiagonalRowSums[i];
        }
        grandMean /= (double) n * n;
        return new CenteredKernel(n, kernel, rowMeans, grandMean, squaredNorm, offDiagonalRowSums, offDiagonalTotal);
    }

    /**
     * @param i row
     * @param j column
     * @return (HKH)ᵢⱼ
     */
    public double centered(int i, int j) {
        return kernel[i * order + j] - rowMeans[j] + (grandMean - rowMeans[i]);
    }
}
