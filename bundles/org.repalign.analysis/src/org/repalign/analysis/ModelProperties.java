package org.repalign.analysis;

/**
 * What is known about the model behind a representation source, for the meta-analysis and for
 * grouping pairs. Unknown values are {@code null}.
 *
 * @param family           model family (pairs of the same family can be excluded from noise fits)
 * @param modality         modality, for instance {@code text} or {@code image}
 * @param parameters       number of parameters
 * @param depth            number of layers
 * @param width            representation width
 * @param trainingDataSize amount of training data (tokens or images)
 * @param year             release year
 */
public record ModelProperties(String family, String modality, Double parameters, Integer depth, Integer width,
        Double trainingDataSize, Integer year) {

    /** Nothing known. */
    public static final ModelProperties UNKNOWN = new ModelProperties(null, null, null, null, null, null, null);

    /**
     * @param newWidth a width
     * @return these properties with the width set when it was unknown
     */
    public ModelProperties withDefaultWidth(int newWidth) {
        return width != null ? this
                : new ModelProperties(family, modality, parameters, depth, newWidth, trainingDataSize, year);
    }
}
