package org.repalign.launch;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;

/**
 * The RepAlign Experiment launch configuration: its type id and attributes, and how to find or
 * create the configuration of an experiment file. A configuration names the experiment file (its
 * location on disk) and optionally the analyses to run ({@code repalign run --only}).
 */
public final class ExperimentLaunchConfigurations {

    /** Id of the launch configuration type. */
    public static final String TYPE_ID = "org.repalign.launch.experiment";

    /** Attribute: the experiment file's absolute location. */
    public static final String FILE = "org.repalign.launch.file";

    /** Attribute: comma-separated analysis ids to run; empty for every enabled analysis. */
    public static final String ONLY = "org.repalign.launch.only";

    private ExperimentLaunchConfigurations() {
    }

    /** @return the launch configuration type */
    public static ILaunchConfigurationType type() {
        return DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurationType(TYPE_ID);
    }

    /**
     * @param configuration a configuration of this type
     * @return its experiment file, or {@code null} when it names none
     * @throws CoreException when the configuration cannot be read
     */
    public static Path file(ILaunchConfiguration configuration) throws CoreException {
        String location = configuration.getAttribute(FILE, "").strip();
        return location.isEmpty() ? null : Path.of(location).toAbsolutePath().normalize();
    }

    /**
     * @param configuration a configuration of this type
     * @return the analysis ids it restricts the run to, or {@code null} for all
     * @throws CoreException when the configuration cannot be read
     */
    public static List<String> only(ILaunchConfiguration configuration) throws CoreException {
        String text = configuration.getAttribute(ONLY, "").strip();
        List<String> ids = Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return ids.isEmpty() ? null : ids;
    }

    /**
     * @param file an experiment file
     * @return the configurations of this type that run it
     * @throws CoreException when the configurations cannot be read
     */
    public static List<ILaunchConfiguration> of(Path file) throws CoreException {
        Path wanted = file.toAbsolutePath().normalize();
        ILaunchConfiguration[] all = DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurations(type());
        List<ILaunchConfiguration> found = new java.util.ArrayList<>();
        for (ILaunchConfiguration configuration : all) {
            if (wanted.equals(file(configuration))) {
                found.add(configuration);
            }
        }
        return found;
    }

    /**
     * Finds the configuration of an experiment file, or creates and saves one named after it.
     *
     * @param file an experiment file
     * @return its configuration
     * @throws CoreException when it cannot be created
     */
    public static ILaunchConfiguration findOrCreate(Path file) throws CoreException {
        List<ILaunchConfiguration> existing = of(file);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        String name = file.getFileName().toString().replaceFirst("\\.repalign$", "");
        ILaunchConfigurationWorkingCopy copy = type().newInstance(null, manager.generateLaunchConfigurationName(name));
        initialize(copy, file);
        return copy.doSave();
    }

    /**
     * Points a configuration at an experiment file (and maps it to the workspace file, so the
     * Run menu offers it for that file).
     *
     * @param copy a working copy
     * @param file the experiment file, or {@code null}
     */
    public static void initialize(ILaunchConfigurationWorkingCopy copy, Path file) {
        copy.setAttribute(FILE, file == null ? "" : file.toAbsolutePath().normalize().toString());
        IFile resource = file == null ? null
                : ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromPath(file.toAbsolutePath()));
        copy.setMappedResources(resource == null ? null : new IResource[] { resource });
    }
}
