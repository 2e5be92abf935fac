package org.repalign.analysis.results.rows;

import org.repalign.analysis.results.TableSchema;

/**
 * A coefficient of the meta-regression of a metric on model properties.
 *
 * @param metric                  metric key
 * @param feature                 model property, or {@code (intercept)}
 * @param coefficient             in the feature's original units
 * @param standardizedCoefficient for unit-norm centred columns; NaN for the intercept
 */
public record MetaRow(String metric, String feature, double coefficient, double standardizedCoefficient) {

    /** The table {@code meta/rows}. */
    public static final TableSchema<MetaRow> TABLE = TableSchema.of("rows", MetaRow.class);
}
