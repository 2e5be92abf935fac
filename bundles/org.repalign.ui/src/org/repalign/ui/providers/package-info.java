/**
 * Data providers: the layer between a run's results and the views, in the manner of Trace
 * Compass (analysis module → data provider → viewer). A provider reads a {@link
 * org.repalign.analysis.results.RunResults} and gives a view a ready model (a {@link
 * org.repalign.ui.providers.MatrixModel}, {@link org.repalign.ui.providers.SeriesModel}s, a
 * {@link org.repalign.ui.providers.TableModel}); views only render and export what they get.
 * <p>
 * One provider per analysis, registered once with the analysis's viewers through the extension
 * point {@code org.repalign.ui.resultViewers} (attribute {@code provider}) and found with
 * {@link org.repalign.ui.results.ResultViewers#provider(String, Class)}. Tables of any analysis
 * are read through {@link org.repalign.ui.providers.AnalysisTables}.
 */
package org.repalign.ui.providers;
