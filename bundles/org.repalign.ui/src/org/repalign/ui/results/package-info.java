/**
 * Result viewers contributed by plug-ins (extension point {@code org.repalign.ui.resultViewers}):
 * a {@link org.repalign.ui.results.ResultViewer} shows the tables of one name that a contributed
 * analysis wrote into a run folder; the Contributed Results view picks the viewer.
 */
package org.repalign.ui.results;
