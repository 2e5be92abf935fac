package org.repalign.compute.preprocess;

import java.util.List;

import org.repalign.compute.data.DenseMatrix;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.preprocess.internal.AbsoluteQuantile;
import org.repalign.compute.preprocess.internal.RowNormalization;

/**
 * How the rows of a representation are prepared before alignment is measured. The ids
 * ({@code none}, {@code raw}, {@code centered}, {@code clamp}) are part of RepAlign's interface.
 *
 * <p>Under {@link #RAW}, {@link #CENTERED} and {@link #CLAMP} every row must have a nonzero norm
 * (for {@code centered} also after the mean is subtracted); a zero row is an
 * {@link IllegalArgumentException} naming the row index and, when item names are given, the item.
 * Under {@link #NONE} rows are used as read, zero rows included.
 */
public enum Preprocessing {

    /** Rows as read. */
    NONE("none"),

    /** Each row scaled to unit L2 norm (the paper's "raw" embeddings). */
    RAW("raw"),

    /**
     * x̃ᵢ = (x̂ᵢ − μ)/‖x̂ᵢ − μ‖ with x̂ᵢ = xᵢ/‖xᵢ‖ and μ the mean of the unit rows over all aligned
     * rows, computed before any subsampling or windowing (the paper's "centered" embeddings, the
     * bias intervention of Bresler, Bangachev and Polyanskiy 2026).
     */
    CENTERED("centered"),

    /**
     * The outlier treatment of Huh et al. 2024 ("The Platonic Representation Hypothesis"): every
     * entry is clipped to [−t, t], with t the 0.95 quantile of |x| over all entries of all aligned
     * rows, then each row is scaled to unit L2 norm. The quantile is the one of the reference's
     * exact ("precise") mode: sort the n·d absolute values ascending and take the element at
     * 0-based position ⌊0.95·n·d⌋, without interpolation. (The reference's default, faster mode
     * instead averages per-row linearly interpolated quantiles over the rows; it is not offered.)
     */
    CLAMP("clamp");

    /** The quantile of |x| at which {@link #CLAMP} clips. */
    public static final double CLAMP_QUANTILE = 0.95;

    private final String id;

    Preprocessing(String id) {
        this.id = id;
    }

    /** @return the id used on the command line and in result files */
    public String id() {
        return id;
    }

    /**
     * @param text an id
     * @return the preprocessing with that id
     * @throws IllegalArgumentException listing the known ids
     */
    public static Preprocessing parse(String text) {
        for (Preprocessing candidate : values()) {
            if (candidate.id.equals(text)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("unknown preprocessing '" + text + "'; known: none, raw, centered, clamp");
    }

    /**
     * Computes this preprocessing's statistics over all aligned rows: the centring mean for
     * {@link #CENTERED}, the clamp threshold for {@link #CLAMP}, nothing otherwise.
     *
     * @param all       every aligned row (not a subsample)
     * @param itemNames names of the rows for error messages, or {@code null}
     * @return the fitted preprocessing, to be applied with {@link PreprocessingFit#transform}
     * @throws IllegalArgumentException for a zero row under {@code centered}, naming it
     */
    public PreprocessingFit fit(RowMatrix all, List<String> itemNames) {
        return switch (this) {
            case NONE, RAW -> PreprocessingFit.stateless(this);
            case CENTERED -> PreprocessingFit.centered(RowNormalization.meanOfUnitRows(all, itemNames, id));
            case CLAMP -> PreprocessingFit.clamped(AbsoluteQuantile.of(all, CLAMP_QUANTILE));
        };
    }

    /**
     * Fits on {@code all} and transforms the same rows.
     *
     * @param all       every aligned row
     * @param itemNames names of the rows for error messages, or {@code null}
     * @return the preprocessed rows in float64
     * @throws IllegalArgumentException for a zero row, naming it
     */
    public DenseMatrix apply(RowMatrix all, List<String> itemNames) {
        return fit(all, itemNames).transform(all, itemNames);
    }
}
