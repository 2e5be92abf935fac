package org.repalign.ui.providers;

import java.util.List;

/**
 * One series of a category chart (bars or a line): a value per category, NaN where undefined.
 *
 * @param id         the series id (also its legend entry)
 * @param categories the categories on the x axis
 * @param values     one value per category
 */
public record SeriesModel(String id, List<String> categories, double[] values) {

    /** Compact constructor: freezes the categories and checks the lengths. */
    public SeriesModel {
        categories = List.copyOf(categories);
        values = values.clone();
        if (values.length != categories.size()) {
            throw new IllegalArgumentException(values.length + " values for " + categories.size() + " categories");
        }
    }
}
