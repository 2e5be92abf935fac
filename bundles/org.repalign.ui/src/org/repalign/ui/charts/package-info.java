/**
 * Drawing shared by the result views: the {@link org.repalign.ui.charts.HeatmapCanvas} widget,
 * sequential and diverging {@link org.repalign.ui.charts.ColorScale}s, and PNG, SVG and CSV
 * export of heatmaps ({@link org.repalign.ui.charts.HeatmapExport}).
 */
package org.repalign.ui.charts;
