/**
 * The data of one run, loaded and aligned: {@link org.repalign.analysis.data.ExperimentData}
 * (one matrix per source over the common items, frequencies, attribute labels), made by
 * {@link org.repalign.analysis.data.ExperimentDataLoader} from files or from RepAlign's
 * synthetic generator, and {@link org.repalign.analysis.data.PreparedSources} (the
 * preprocessed matrices, computed once per mode).
 */
package org.repalign.analysis.data;
