package org.repalign.analysis;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.repalign.compute.preprocess.Preprocessing;

/**
 * The settings of one analysis of an experiment. Each analysis has a stable id, used in
 * {@code --only}, in {@code report.json} and for its tables. The analyses themselves, and the
 * order in which a run executes them, are those of
 * {@link org.repalign.analysis.modules.AnalysisRegistry}; the built-in analyses have a typed
 * record here, a contributed one its settings as written.
 */
public sealed interface AnalysisSettings {

    /** @return the analysis id */
    String id();

    /**
     * @return the settings as name → value text, the names those its
     *         {@link org.repalign.analysis.modules.AnalysisFactory} declares, in declaration order:
     *         for a built-in analysis its record's components (a preprocessing by its id, a list
     *         as its elements joined by {@code ", "})
     */
    default Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        for (RecordComponent component : getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(this);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read setting " + component.getName() + " of " + id(), e);
            }
            values.put(component.getName(), text(value));
        }
        return values;
    }

    private static String text(Object value) {
        if (value instanceof Preprocessing preprocessing) {
            return preprocessing.id();
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    /**
     * A contributed analysis ({@link org.repalign.analysis.modules.AnalysisFactory}) with its
     * settings as written in the experiment; the contributor validates them.
     *
     * @param id       the contributed analysis id
     * @param settings name → value, in the order written
     */
    record Contributed(String id, Map<String, String> settings) implements AnalysisSettings {
        /** Compact constructor: freezes the settings. */
        public Contributed {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("contributed analysis: no analysis id given");
            }
            settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        }

        @Override
        public Map<String, String> values() {
            return settings;
        }
    }

    /** Bias (E2): raw against centered alignment for every pair and metric. */
    record Bias() implements AnalysisSettings {
        @Override
        public String id() {
            return "bias";
        }
    }

    /**
     * Noise (E3): alignment in windows of items taken in frequency order.
     *
     * @param windowSize        items per window
     * @param stride            items between window starts
     * @param windows           number of windows (fewer when the items run out)
     * @param excludeSameFamily leave out pairs whose sources share a family
     * @param preprocessing     the preprocessing of the measured rows (the paper: centered)
     */
    record Noise(int windowSize, int stride, int windows, boolean excludeSameFamily, Preprocessing preprocessing)
            implements AnalysisSettings {

        /** The paper's windows: 500 items, stride 250, 10 windows, centered. */
        public static final Noise PAPER = new Noise(500, 250, 10, false, Preprocessing.CENTERED);

        /** Compact constructor: checks ranges. */
        public Noise {
            if (windowSize < 2) {
                throw new IllegalArgumentException("noise window size must be ≥ 2, got " + windowSize);
            }
            if (stride < 1) {
                throw new IllegalArgumentException("noise stride must be ≥ 1, got " + stride);
            }
            if (windows < 3) {
                throw new IllegalArgumentException("noise needs at least 3 windows for a fit with R², got " + windows);
            }
        }

        @Override
        public String id() {
            return "noise";
        }
    }

    /** Signal (E1): dense against sparse (SAE code) alignment on the same subsamples. */
    record Signal() implements AnalysisSettings {
        @Override
        public String id() {
            return "signal";
        }
    }

    /**
     * Feature matching (E1b): linear assignment of SAE latents across models with
     * row-permutation nulls.
     *
     * @param permutations null permutations per score
     * @param binary       also score binarised codes (matching recomputed)
     */
    record Features(int permutations, boolean binary) implements AnalysisSettings {
        /** Compact constructor: checks ranges. */
        public Features {
            if (permutations < 0) {
                throw new IllegalArgumentException("feature matching permutations must be ≥ 0, got " + permutations);
            }
        }

        @Override
        public String id() {
            return "features";
        }
    }

    /**
     * Meta (E4): ridge regression of pairwise alignment on pairwise model properties.
     *
     * @param lambdas       candidate ridge penalties, chosen by leave-one-model-out CV
     * @param preprocessing preprocessing of the alignments regressed (the paper: centered)
     */
    record Meta(List<Double> lambdas, Preprocessing preprocessing) implements AnalysisSettings {
        /** The paper's penalties 0.1, 1 and 10. */
        public static final List<Double> PAPER_LAMBDAS = List.of(0.1, 1.0, 10.0);

        /** Compact constructor: defaults and checks the penalties. */
        public Meta {
            lambdas = lambdas == null || lambdas.isEmpty() ? PAPER_LAMBDAS : List.copyOf(lambdas);
            for (double lambda : lambdas) {
                if (!(lambda > 0) || Double.isInfinite(lambda)) {
                    throw new IllegalArgumentException("meta lambdas must be finite and > 0, got " + lambda);
                }
            }
        }

        @Override
        public String id() {
            return "meta";
        }
    }

    /**
     * Attribute probes (RepAlign's own, not in the paper): L2 logistic regression per attribute
     * with k-fold cross-validation, from dense rows and from SAE codes.
     *
     * @param folds        k of the cross-validation
     * @param l2           L2 penalty
     * @param minPositives attributes with fewer positive items are skipped and listed
     */
    record Probes(int folds, double l2, int minPositives) implements AnalysisSettings {
        /** Compact constructor: checks ranges. */
        public Probes {
            if (folds < 2) {
                throw new IllegalArgumentException("probe folds must be ≥ 2, got " + folds);
            }
            if (!(l2 >= 0) || Double.isInfinite(l2)) {
                throw new IllegalArgumentException("probe l2 must be finite and ≥ 0, got " + l2);
            }
            if (minPositives < folds) {
                throw new IllegalArgumentException("probe min positives must be ≥ folds (" + folds + "), got "
                        + minPositives);
            }
        }

        @Override
        public String id() {
            return "probes";
        }
    }
}
