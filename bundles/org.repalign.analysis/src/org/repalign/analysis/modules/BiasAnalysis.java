package org.repalign.analysis.modules;

import org.eclipse.core.runtime.IProgressMonitor;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.results.rows.BiasRow;

/**
 * Bias (the paper's E2): every pair and metric on raw rows (L2-normalised) and on centered rows
 * (normalised, minus the mean of all normalised rows, normalised again), on the same
 * subsamples. Rows {@code a, b, metric, raw, centered, delta} with {@code delta} the
 * improvement of centered over raw (sign flipped for distances); {@code improved_share} per
 * metric is the share of pairs with {@code delta > 0}, over the pairs where both are defined.
 */
public final class BiasAnalysis implements Analysis {

    @Override
    public String id() {
        return BiasAnalysisFactory.ID;
    }

    @Override
    public AnalysisResult run(RunContext context, IProgressMonitor monitor) throws ExperimentInputException {
        return PairComparison.compare(context, id(), "raw", "centered", BiasRow.TABLE,
                (a, b, metric, first, second, delta, firstSd, secondSd, outcome, u) -> new BiasRow(a, b, metric, first,
                        second, delta, firstSd, secondSd, outcome, u.first().lower(), u.first().upper(),
                        u.second().lower(), u.second().upper(), u.improvement().lower(), u.improvement().upper(),
                        u.improvement().p(), u.q(), u.significant()),
                "bias: centering raises alignment significantly in %s of pairs (pairs improved with "
                        + PairComparison.RULE + ", share [95%% interval, bootstrap over models]; mean raw → centered)",
                monitor);
    }
}
