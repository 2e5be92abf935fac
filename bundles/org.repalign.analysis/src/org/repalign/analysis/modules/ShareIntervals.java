package org.repalign.analysis.modules;

import java.util.List;

import org.repalign.compute.protocol.SourcePair;
import org.repalign.compute.stats.PairShareBootstrap;
import org.repalign.compute.stats.SplitMix64;

/**
 * The 95% interval of a share of pairs ("improved in 8 of 10 pairs") that the bias, signal and
 * noise analyses report, by a bootstrap over models ({@link PairShareBootstrap}): pairs share
 * models, so their outcomes are not independent. {@value #REPLICATES} replicates, seeded with
 * {@code mix(plan seed + metric index)}.
 */
final class ShareIntervals {

    /** Replicates of the bootstrap over models. */
    static final int REPLICATES = 2000;
    /** Coverage of the interval. */
    static final double LEVEL = 0.95;

    private ShareIntervals() {
    }

    /**
     * @param context     the run (its sources and plan seed)
     * @param pairs       the pairs, in the order of {@code outcomes}
     * @param outcomes    per pair 1 (counted), 0 (not counted) or NaN (undefined)
     * @param metricIndex the metric's index in the run's metric list
     * @return the interval's low and high end; NaNs when no replicate has a defined pair
     */
    static double[] of(RunContext context, List<SourcePair> pairs, double[] outcomes, int metricIndex) {
        int[] first = new int[pairs.size()];
        int[] second = new int[pairs.size()];
        for (int p = 0; p < pairs.size(); p++) {
            first[p] = pairs.get(p).first();
            second[p] = pairs.get(p).second();
        }
        double[] replicates = PairShareBootstrap.replicates(context.data().sourceIds().size(), first, second,
                outcomes, REPLICATES, SplitMix64.mix(context.plan().seed() + metricIndex));
        return PairShareBootstrap.percentileInterval(replicates, LEVEL);
    }

    /** @return " [low–high]" in percent, or the empty text when the interval is undefined */
    static String bracket(double[] interval) {
        return Double.isNaN(interval[0]) ? "" : " [" + Format.percent(interval[0]) + "–" + Format.percent(interval[1]) + "]";
    }
}
