/**
 * Drawing shared by the result views: the {@link org.repalign.ui.charts.HeatmapCanvas} widget,
 * sequential and diverging {@link org.repalign.ui.charts.ColorScale}s, PNG, SVG and CSV export of
 * heatmaps ({@link org.repalign.ui.charts.HeatmapExport}), SVG export of SWTChart charts drawn
 * from their series ({@link org.repalign.ui.charts.ChartSvg}), and the small SVG writer both use
 * ({@link org.repalign.ui.charts.SvgDocument}).
 */
package org.repalign.ui.charts;
