package org.repalign.launch.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.launch.ExperimentLaunchConfigurations;
import org.repalign.ui.WorkbenchRuns;

/**
 * Runs the experiment file of a configuration the way the experiment editor's Run does
 * ({@link WorkbenchRuns#run}): validated, as a job with progress and Cancel, listed in the Runs
 * view while it runs. An experiment that cannot run fails the launch with its one-line reason.
 * Nothing is built before the launch and no problem markers are consulted: the experiment's own
 * validation decides.
 */
public final class ExperimentLaunchDelegate extends LaunchConfigurationDelegate {

    private static final String BUNDLE = "org.repalign.launch";

    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
            throws CoreException {
        Path file = ExperimentLaunchConfigurations.file(configuration);
        if (file == null) {
            throw new CoreException(Status.error(configuration.getName() + ": no experiment file is set"));
        }
        if (!Files.isRegularFile(file)) {
            throw new CoreException(Status.error(file + ": the experiment file does not exist"));
        }
        try {
            WorkbenchRuns.run(file, ExperimentLaunchConfigurations.only(configuration));
        } catch (ExperimentInputException e) {
            throw new CoreException(new Status(Status.ERROR, BUNDLE, file.getFileName() + ": " + e.getMessage(), e));
        }
    }

    @Override
    public boolean buildForLaunch(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
        return false;
    }

    @Override
    public boolean finalLaunchCheck(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
        return true;
    }
}
