/**
 * The results folder of a run, {@code <out>/<run-id>/}, written atomically by
 * {@link org.repalign.analysis.store.ResultStore}: a temporary sibling folder renamed into
 * place when complete, so a cancelled or failed run leaves earlier results untouched. The
 * layout and {@code report.json} are described in docs/results-format.md.
 */
package org.repalign.analysis.store;
