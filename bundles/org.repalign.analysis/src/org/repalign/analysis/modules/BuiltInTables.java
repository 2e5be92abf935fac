package org.repalign.analysis.modules;

import org.repalign.analysis.results.TableSchema;

/**
 * The tables of the built-in analyses as their factories declare them, with one row record per
 * table whose components are the table's columns. The analyses write the same names and
 * columns.
 */
final class BuiltInTables {

    private BuiltInTables() {
    }

    /**
     * A row of the bias table: one pair and metric, raw against centered.
     *
     * @param a          first source
     * @param b          second source
     * @param metric     metric key
     * @param raw        mean alignment of raw rows
     * @param centered   mean alignment of centered rows
     * @param delta      centered − raw
     * @param rawSd      standard deviation over subsamples, raw
     * @param centeredSd standard deviation over subsamples, centered
     * @param outcome    improved, worse, tied or undefined, by the metric's direction
     */
    record BiasRow(String a, String b, String metric, double raw, double centered, double delta, double rawSd,
            double centeredSd, String outcome) {
    }

    /**
     * A row of the signal table: one pair and metric, dense (the plan's preprocessing, which
     * names the column in the written table) against sparse.
     *
     * @param a        first source
     * @param b        second source
     * @param metric   metric key
     * @param dense    mean alignment of dense rows
     * @param sparse   mean alignment of SAE codes
     * @param delta    sparse − dense
     * @param denseSd  standard deviation over subsamples, dense
     * @param sparseSd standard deviation over subsamples, sparse
     * @param outcome  improved, worse, tied or undefined, by the metric's direction
     */
    record SignalRow(String a, String b, String metric, double dense, double sparse, double delta, double denseSd,
            double sparseSd, String outcome) {
    }

    /**
     * A row of the noise table: one pair, metric and window.
     *
     * @param a             first source
     * @param b             second source
     * @param metric        metric key
     * @param windowStart   first item of the window in frequency order
     * @param windowEnd     one past its last item
     * @param meanFrequency mean frequency of its items
     * @param value         alignment in the window
     */
    record NoiseRow(String a, String b, String metric, int windowStart, int windowEnd, double meanFrequency,
            double value) {
    }

    /**
     * A row of the noise fits: one pair and metric.
     *
     * @param a         first source
     * @param b         second source
     * @param metric    metric key
     * @param slope     OLS slope on 1/√frequency
     * @param intercept OLS intercept
     * @param r2        R² of the fit
     * @param spearman  Spearman correlation
     * @param rising    whether alignment rises with frequency, absent without a fit
     * @param trend     the trend in words
     */
    record NoiseFit(String a, String b, String metric, double slope, double intercept, double r2, double spearman,
            Boolean rising, String trend) {
    }

    /**
     * A row of the feature matching table: one pair and kind of code.
     *
     * @param a          first source
     * @param b          second source
     * @param kind       real or binary codes
     * @param score      matched score
     * @param nullMean   mean of the permutation null
     * @param nullSd     standard deviation of the null
     * @param z          (score − null mean) / null sd
     * @param matchedSum sum of matched similarities
     * @param latentsA   latents of the first source
     * @param latentsB   latents of the second source
     */
    record FeatureRow(String a, String b, String kind, double score, double nullMean, double nullSd, double z,
            double matchedSum, int latentsA, int latentsB) {
    }

    /**
     * One permutation's null score (written to the CSV file only).
     *
     * @param a     first source
     * @param b     second source
     * @param kind  real or binary codes
     * @param draw  the permutation's index
     * @param score its score
     */
    record FeatureNull(String a, String b, String kind, int draw, double score) {
    }

    /**
     * A coefficient of the meta regression.
     *
     * @param metric                  metric key
     * @param feature                 model property, or {@code (intercept)}
     * @param coefficient             ridge coefficient
     * @param standardizedCoefficient coefficient on standardized features
     */
    record MetaRow(String metric, String feature, double coefficient, double standardizedCoefficient) {
    }

    /**
     * One probe: a source, representation and attribute.
     *
     * @param source           source id
     * @param representation   dense or sparse
     * @param attribute        attribute name
     * @param accuracy         out-of-fold accuracy
     * @param balancedAccuracy out-of-fold balanced accuracy
     * @param auroc            out-of-fold AUROC
     * @param baseline         majority-class accuracy
     * @param bestLatent       SAE latent with the highest AUROC
     * @param bestLatentAuroc  its AUROC
     * @param positives        positive items
     * @param intercept        the refitted probe's intercept
     */
    record ProbeRow(String source, String representation, String attribute, double accuracy, double balancedAccuracy,
            double auroc, double baseline, int bestLatent, double bestLatentAuroc, int positives, double intercept) {
    }

    static final TableSchema<BiasRow> BIAS_ROWS = TableSchema.of("rows", BiasRow.class);
    static final TableSchema<SignalRow> SIGNAL_ROWS = TableSchema.of("rows", SignalRow.class);
    static final TableSchema<NoiseRow> NOISE_ROWS = TableSchema.of("rows", NoiseRow.class);
    static final TableSchema<NoiseFit> NOISE_FITS = TableSchema.of("fits", NoiseFit.class);
    static final TableSchema<FeatureRow> FEATURES_ROWS = TableSchema.of("rows", FeatureRow.class);
    static final TableSchema<FeatureNull> FEATURES_NULL = TableSchema.fileOnly("null", FeatureNull.class);
    static final TableSchema<MetaRow> META_ROWS = TableSchema.of("rows", MetaRow.class);
    static final TableSchema<ProbeRow> PROBES_ROWS = TableSchema.of("rows", ProbeRow.class);
}
