package org.repalign.analysis.run;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.modules.RunListener;
import org.repalign.compute.runtime.ResourceExhaustion;

/**
 * An experiment run as an Eclipse Job: progress in the Progress view, a working Cancel, and the
 * same {@link ExperimentRunner} as the headless commands. An input problem ends the job with an
 * error status whose message is the one-line problem; cancellation ends it with
 * {@link Status#CANCEL_STATUS} and leaves no results folder.
 */
public final class ExperimentJob extends Job {

    private final ExperimentPlan plan;
    private final Path outRoot;
    private final RunListener listener;
    private final Consumer<RunOutcome> onSuccess;
    private volatile RunOutcome outcome;

    /**
     * @param plan      the plan
     * @param outRoot   the folder receiving the run folder
     * @param listener  receives SAE curves and finished analyses while the job runs
     * @param onSuccess called with the outcome when the run completes (on the job's thread)
     */
    public ExperimentJob(ExperimentPlan plan, Path outRoot, RunListener listener, Consumer<RunOutcome> onSuccess) {
        super("Running experiment " + plan.name());
        this.plan = plan;
        this.outRoot = outRoot;
        this.listener = listener;
        this.onSuccess = onSuccess;
        setUser(true);
    }

    /** @return the outcome once the job has completed successfully, else {@code null} */
    public RunOutcome outcome() {
        return outcome;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            outcome = new ExperimentRunner().run(plan, outRoot, listener, monitor);
            onSuccess.accept(outcome);
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (ExperimentInputException e) {
            return Status.error(e.getMessage(), e);
        } catch (RuntimeException | OutOfMemoryError e) {
            if (ResourceExhaustion.exhausted(e) != null) {
                // memory or disk ran out: one line saying which and what to change, nothing written
                return Status.error(ResourceExhaustion.message(e, "the experiment " + plan.name()), e);
            }
            throw e;
        } finally {
            monitor.done();
        }
    }
}
