package org.repalign.launch.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.debug.ui.actions.ILaunchable;

/** Adapts experiment files ({@code *.repalign}) to {@link ILaunchable}, which puts Run As on them. */
public final class LaunchableExperiments implements IAdapterFactory {

    private static final ILaunchable LAUNCHABLE = new ILaunchable() {
    };

    @Override
    public <T> T getAdapter(Object adaptableObject, Class<T> adapterType) {
        if (adapterType == ILaunchable.class && adaptableObject instanceof IFile file
                && "repalign".equals(file.getFileExtension())) {
            return adapterType.cast(LAUNCHABLE);
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { ILaunchable.class };
    }
}
