package org.repalign.analysis.results.rows;

import java.util.List;

import org.repalign.analysis.results.TableSchema;

/**
 * The sparse autoencoder of one source as the report describes it ({@code sae.sources}).
 *
 * @param source          source id
 * @param seed            its training seed, {@code null} when loaded
 * @param loadedFrom      folder it was loaded from, {@code null} when trained in the run
 * @param saeFolder       its folder in the run folder, {@code null} when loaded
 * @param codesFile       its truncated codes in the run folder
 * @param fvu             fraction of variance unexplained
 * @param nmse            normalised mean squared error
 * @param meanL2Residual  mean L2 norm of the residual
 * @param l0              mean active latents per row
 * @param l0Truncated     mean active latents after truncation
 * @param deadFraction    share of latents never active
 * @param keptLatents     the latents kept by truncation
 * @param magnitudeP5     5th percentile of the active latents' magnitudes
 * @param magnitudeP95    95th percentile
 * @param incoherenceMean mean decoder incoherence
 */
public record SaeSourceSummary(String source, Long seed, String loadedFrom, String saeFolder, String codesFile,
        double fvu, double nmse, double meanL2Residual, double l0, double l0Truncated, double deadFraction,
        List<Integer> keptLatents, double magnitudeP5, double magnitudeP95, double incoherenceMean) {

    /** The list {@code sae.sources} of the report (a table of the run, not of an analysis). */
    public static final TableSchema<SaeSourceSummary> TABLE = TableSchema.of("sources", SaeSourceSummary.class);

    /** Compact constructor: freezes the kept latents. */
    public SaeSourceSummary {
        keptLatents = keptLatents == null ? List.of() : List.copyOf(keptLatents);
    }
}
