package org.repalign.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.experiment.ExperimentPlans;
import org.repalign.analysis.run.ExperimentJob;
import org.repalign.ui.preferences.RepAlignPreferences;
import org.repalign.ui.views.RunsView;

/**
 * Starts experiment runs in the workbench, the one path for the experiment editor's Run, the
 * Runs view's Re-run and the RepAlign Experiment launch configuration: an {@link ExperimentJob}
 * (Progress view, Cancel) with the {@link RunMonitor}'s listener, so the run is listed in the Runs
 * view while it runs, its SAE curves are drawn live and the finished run is selected. When the
 * job ends the results folder is refreshed in the workspace; a cancelled or failed run is listed
 * as such and says so on the status line of the Runs view.
 */
public final class WorkbenchRuns {

    private WorkbenchRuns() {
    }

    /**
     * Validates and runs an experiment file as it is on disk, into its results folder (the
     * preferences' rule).
     *
     * @param experimentFile a {@code .repalign} file
     * @param only           analysis ids to run, or {@code null} for all enabled analyses
     * @return the scheduled job
     * @throws ExperimentInputException when the experiment cannot run, with the one-line reason
     */
    public static ExperimentJob run(Path experimentFile, List<String> only) throws ExperimentInputException {
        ExperimentPlan plan = ExperimentPlans.load(experimentFile);
        if (only != null && !only.isEmpty()) {
            try {
                plan = plan.only(only);
            } catch (IllegalArgumentException e) {
                throw new ExperimentInputException("only: " + e.getMessage(), e);
            }
        }
        if (plan.analyses().isEmpty()) {
            throw new ExperimentInputException("experiment '" + plan.name() + "' has no enabled analysis to run");
        }
        return start(plan, RepAlignPreferences.resultsFolder(experimentFile), status -> {
        });
    }

    /**
     * Schedules a run of a validated plan.
     *
     * @param plan    the plan (its experiment file, when it has one, is what Re-run runs again)
     * @param outRoot the folder that receives the run folder
     * @param ended   told the job's result when it has ended (on the job's thread), after the run
     *                is listed with its final status
     * @return the scheduled job
     */
    public static ExperimentJob start(ExperimentPlan plan, Path outRoot, Consumer<IStatus> ended) {
        RunMonitor.LiveRun live = RunMonitor.getDefault().createListener(plan.name(), plan.experimentFile(), outRoot,
                plan.analyses().size());
        ExperimentJob job = new ExperimentJob(plan, outRoot, live, outcome -> live.finished(outcome.runFolder()));
        live.attach(job);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                IStatus status = event.getResult();
                refreshInWorkspace(outRoot);
                if (status.getSeverity() == IStatus.CANCEL) {
                    live.cancelled();
                    announce("Run of " + plan.name() + " cancelled; no results were written.", false);
                } else if (!status.isOK()) {
                    live.failed(status.getMessage());
                    announce("Run of " + plan.name() + " failed: " + status.getMessage(), true);
                }
                ended.accept(status);
            }
        });
        job.schedule();
        return job;
    }

    /** @param folder a folder whose workspace copy (if it is in the workspace) is refreshed */
    public static void refreshInWorkspace(Path folder) {
        IContainer results;
        try {
            results = ResourcesPlugin.getWorkspace().getRoot().getContainerForLocation(IPath.fromPath(folder));
        } catch (IllegalStateException e) {
            return;
        }
        if (results != null) {
            try {
                // only the results folder: the experiment's folder may hold large representation files
                results.refreshLocal(IResource.DEPTH_INFINITE, null);
            } catch (CoreException e) {
                // the results are on disk; the workspace shows them after the next refresh
            }
        }
    }

    private static void announce(String message, boolean error) {
        Display display = PlatformUI.getWorkbench().getDisplay();
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
                window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
            }
            IWorkbenchPage page = window == null ? null : window.getActivePage();
            IViewPart view = page == null ? null : page.findView(RunsView.ID);
            if (view instanceof RunsView runs) {
                runs.announce(message, error);
            }
        });
    }
}
