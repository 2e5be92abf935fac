package org.repalign.analysis.modules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.repalign.analysis.AnalysisSettings;
import org.repalign.analysis.data.ExperimentInputException;

/**
 * The frequency windows of the noise analysis: items in decreasing frequency, windows of
 * consecutive positions (0-based, end exclusive).
 */
public final class FrequencyWindows {

    private FrequencyWindows() {
    }

    /**
     * @param frequencies per item its frequency (NaN or ≤ 0: left out)
     * @return the items with a positive frequency, most frequent first, ties in item order
     */
    public static int[] frequencyOrder(double[] frequencies) {
        return java.util.stream.IntStream.range(0, frequencies.length).filter(i -> frequencies[i] > 0).boxed()
                .sorted((i, j) -> {
                    int c = Double.compare(frequencies[j], frequencies[i]);
                    return c != 0 ? c : Integer.compare(i, j);
                }).mapToInt(Integer::intValue).toArray();
    }

    /**
     * @param order    items in frequency order
     * @param settings window settings
     * @return the rows of each window
     * @throws ExperimentInputException when fewer than two windows fit
     */
    public static List<int[]> windows(int[] order, AnalysisSettings.Noise settings) throws ExperimentInputException {
        List<int[]> windows = new ArrayList<>();
        for (int w = 0; w < settings.windows(); w++) {
            long start = (long) w * settings.stride();
            long end = start + settings.windowSize();
            if (end > order.length) {
                break;
            }
            windows.add(Arrays.copyOfRange(order, (int) start, (int) end));
        }
        if (windows.size() < 3) {
            throw new ExperimentInputException("noise analysis: window size " + settings.windowSize() + " with stride "
                    + settings.stride() + " fits " + windows.size() + " window(s) in the " + order.length
                    + " items with a frequency; at least 3 are needed for a fit");
        }
        return windows;
    }

}
