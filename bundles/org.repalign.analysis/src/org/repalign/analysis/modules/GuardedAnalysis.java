package org.repalign.analysis.modules;

import java.util.Map;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.results.AnalysisResult;
import org.repalign.compute.extension.ContributionProblems;
import org.repalign.compute.extension.ServiceContributions;

/**
 * A contributed analysis as a run sees it: its settings are checked against the declared types and
 * ranges and validated by the contributor before the run starts, and an unexpected exception while it runs is reported once with the
 * contributor's name and ends only this analysis (its result holds the message), so that the
 * other analyses of the run go on.
 */
final class GuardedAnalysis implements Analysis {

    private final AnalysisFactory factory;
    private final String contributor;
    private final Map<String, String> settings;
    private Analysis delegate;

    GuardedAnalysis(AnalysisFactory factory, String contributor, Map<String, String> settings) {
        this.factory = factory;
        this.contributor = contributor;
        this.settings = settings;
    }

    @Override
    public String id() {
        return factory.id();
    }

    @Override
    public void preflight(RunContext context) throws ExperimentInputException {
        try {
            checkDeclared();
            factory.validate(settings);
            delegate = factory.create(settings);
            delegate.preflight(context);
        } catch (IllegalArgumentException e) {
            throw new ExperimentInputException("analysis '" + id() + "': " + e.getMessage(), e);
        } catch (RuntimeException | LinkageError e) {
            throw new ExperimentInputException(ContributionProblems.report(contributor, "analysis '" + id()
                    + "' cannot be prepared: " + ServiceContributions.describe(e)), e);
        }
    }

    @Override
    public AnalysisResult run(RunContext context, IProgressMonitor monitor) throws ExperimentInputException {
        if (delegate == null) {
            preflight(context);
        }
        try {
            AnalysisResult result = delegate.run(context, monitor);
            if (result == null || !id().equals(result.id())) {
                return failed("returned no result of its own id");
            }
            return result;
        } catch (OperationCanceledException | CancellationException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            return failed("failed: " + ServiceContributions.describe(e));
        }
    }

    /** Checks the settings the factory declares against their kind and range. */
    private void checkDeclared() {
        for (SettingDeclaration declared : factory.settings()) {
            String problem = declared.problem(settings.get(declared.name()));
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
        }
    }

    private AnalysisResult failed(String problem) {
        String message = ContributionProblems.report(contributor, "analysis '" + id() + "' " + problem);
        AnalysisResult result = new AnalysisResult(id());
        result.note(message);
        result.summary(factory.name() + ": no result (" + message + ")");
        return result;
    }
}
