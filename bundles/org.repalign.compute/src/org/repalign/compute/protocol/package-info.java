/**
 * The measurement protocol of the paper (§4 E1, §5.2 of the notes): for every unordered pair of
 * sources ({@link org.repalign.compute.protocol.SourcePairs}), draw S subsamples of m rows
 * without replacement from a seed and the pair index
 * ({@link org.repalign.compute.protocol.RowSubsets}), compute each metric on the paired rows and
 * report mean and standard deviation over subsamples
 * ({@link org.repalign.compute.protocol.PairEvaluator}); plus a row-permutation null for any
 * metric ({@link org.repalign.compute.protocol.PermutationNull}).
 *
 * <p>Plain Java: progress is reported through {@link org.repalign.compute.protocol.ProgressListener}
 * and cancellation is a {@link java.util.function.BooleanSupplier}; long loops throw
 * {@link java.util.concurrent.CancellationException} once it answers true.
 */
package org.repalign.compute.protocol;
