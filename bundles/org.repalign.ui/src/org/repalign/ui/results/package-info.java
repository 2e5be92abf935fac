/**
 * The viewers of analysis results (extension point {@code org.repalign.ui.resultViewers}), keyed
 * by analysis id: {@link org.repalign.ui.results.ResultViewers} is the registry (each analysis's
 * views, the built-in ones included, its data provider, and table viewers embedded in the generic
 * viewer, Result Tables); a {@link org.repalign.ui.results.ResultViewer} shows the tables of one
 * name that an analysis wrote into a run folder.
 */
package org.repalign.ui.results;
