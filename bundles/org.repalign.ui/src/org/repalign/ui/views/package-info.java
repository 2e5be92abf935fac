/**
 * RepAlign's result views. {@link org.repalign.ui.views.RunsView} lists the runs of the opened
 * results folders and publishes the selected run's {@link org.repalign.analysis.results.RunResults};
 * {@link org.repalign.ui.views.AlignmentMatrixView}, {@link org.repalign.ui.views.DifferenceView}
 * {@link org.repalign.ui.views.FrequencyView}, {@link org.repalign.ui.views.FeatureMatchingView},
 * {@link org.repalign.ui.views.ProbesView}, {@link org.repalign.ui.views.LayersView} and {@link org.repalign.ui.views.SaeCurveView} show it (they only read results) and export
 * what they show. {@link org.repalign.ui.views.CkaCalibrationView} draws the CKA calibration curve.
 */
package org.repalign.ui.views;
