package org.repalign.analysis.results.rows;

import org.repalign.analysis.results.TableSchema;

/**
 * One source's fit of RepAlign's own reading of the signal/bias/noise model (the {@code model}
 * analysis): the noise law e(f) = floor + (ceiling − floor)/(1 + (f/f*)<sup>2γ</sup>) of its
 * residual shares, and what it says of the source's variance. Intervals are 95% bootstrap
 * percentile intervals over items.
 *
 * @param source             source id
 * @param items              items fitted
 * @param subspaceDimension  r, the dimension of the frequent rows' principal subspace the residual
 *                           shares are measured outside of
 * @param gamma              γ, the noise exponent (noise s.d. ∝ f<sup>−γ</sup>)
 * @param gammaLower         lower end of γ's interval
 * @param gammaUpper         upper end
 * @param transition         f*, the frequency at which noise is half a row's energy
 * @param transitionLower    lower end of f*'s interval
 * @param transitionUpper    upper end
 * @param relativeNoise      σ/T = f*<sup>γ</sup>: the noise scale relative to the norm of the rest
 *                           of the row (at f = 1)
 * @param relativeNoiseLower lower end of its interval
 * @param relativeNoiseUpper upper end
 * @param floor              residual share of the most frequent items (the signal the subspace misses)
 * @param ceiling            residual share of the rarest items (the noise outside the subspace)
 * @param r2                 share of the binned residual shares' variance the curve explains
 * @param bendInRange        whether f* lies within the items' frequencies (γ is poorly determined
 *                           when the bend is not seen)
 * @param noiseShare         the noise's share of the variance of the unit rows: over items the mean
 *                           of (e − floor)/((d − r)/d − floor), each item's residual share e above
 *                           the floor over that of isotropic noise outside the subspace, clipped to
 *                           [0, 1], divided by 1 − ‖mean row‖²
 * @param signalShare        1 − noiseShare: the share of the unit rows' variance that is not noise
 * @param signalShareLower   lower end of its interval
 * @param signalShareUpper   upper end
 * @param meanNorm           ‖mean unit row‖: the common offset (bias and mean signal together)
 */
public record ModelSourceRow(String source, int items, int subspaceDimension, double gamma, double gammaLower,
        double gammaUpper, double transition, double transitionLower, double transitionUpper, double relativeNoise,
        double relativeNoiseLower, double relativeNoiseUpper, double floor, double ceiling, double r2,
        Boolean bendInRange, double noiseShare, double signalShare, double signalShareLower, double signalShareUpper,
        double meanNorm) {

    /** The table {@code model/sources}. */
    public static final TableSchema<ModelSourceRow> TABLE = TableSchema.of("sources", ModelSourceRow.class);
}
