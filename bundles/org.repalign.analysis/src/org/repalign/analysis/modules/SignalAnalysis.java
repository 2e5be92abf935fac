package org.repalign.analysis.modules;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.analysis.results.rows.SignalRow;

/**
 * Signal (the paper's E1): every pair and metric on dense rows (the plan's dense
 * preprocessing, centered by default) and on the truncated SAE codes of those rows (weighted,
 * not normalised, as in the paper), on the same subsamples. Rows
 * {@code a, b, metric, dense, sparse, delta} with {@code delta} the improvement of sparse over
 * dense (sign flipped for distances); {@code improved_share} per metric.
 */
public final class SignalAnalysis implements Analysis {

    @Override
    public String id() {
        return SignalAnalysisFactory.ID;
    }

    @Override
    public AnalysisResult run(RunContext context, IProgressMonitor monitor) throws ExperimentInputException {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        context.codes(progress.split(7));
        return PairComparison.compare(context, id(), context.plan().densePreprocessing().id(), RunContext.SPARSE,
                SignalRow.TABLE,
                (a, b, metric, first, second, delta, firstSd, secondSd, outcome, u) -> new SignalRow(a, b, metric, first,
                        second, delta, firstSd, secondSd, outcome, u.first().lower(), u.first().upper(),
                        u.second().lower(), u.second().upper(), u.improvement().lower(), u.improvement().upper(),
                        u.improvement().p(), u.q(), u.significant()),
                "signal: sparse SAE codes align significantly more than dense rows in %s of pairs (pairs improved"
                        + " with " + PairComparison.RULE + ", share [95%% interval, bootstrap over models]; mean"
                        + " dense → sparse)",
                progress.split(3));
    }
}
