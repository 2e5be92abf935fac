package org.repalign.rcp.internal;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.activities.IWorkbenchActivitySupport;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.repalign.ui.preferences.RepAlignPreferences;
import org.repalign.rcp.RepAlignPerspective;

/**
 * Opens RepAlign windows in the Experiment perspective and remembers their layout (a layout
 * saved by the first RepAlign perspective, which hid the editor, is replaced), hides the IDE
 * contributions a RepAlign user never needs. The workspace
 * (experiment files, their problem markers) is the page input and is saved on exit.
 */
public final class RepAlignWorkbenchAdvisor extends WorkbenchAdvisor {

    /** The title of every RepAlign window. */
    public static final String WINDOW_TITLE = "RepAlign";

    /** The activity of the IDE contributions that the RepAlign application hides. */
    public static final String IDE_LEFTOVERS_ACTIVITY = "org.repalign.rcp.ideLeftovers";

    @Override
    public String getInitialWindowPerspectiveId() {
        return RepAlignPerspective.ID;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
        IDE.registerAdapters();
    }

    @Override
    public IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public void preStartup() {
        hideIdeLeftovers();
    }

    /**
     * Disables the activity of the IDE contributions a RepAlign user never needs (see the
     * plug-in's activities); it is enabled by default, so that RepAlign installed into an IDE
     * leaves the IDE's menus alone.
     */
    private static void hideIdeLeftovers() {
        IWorkbenchActivitySupport activities = PlatformUI.getWorkbench().getActivitySupport();
        Set<String> enabled = new HashSet<>(activities.getActivityManager().getEnabledActivityIds());
        if (enabled.remove(IDE_LEFTOVERS_ACTIVITY)) {
            activities.setEnabledActivityIds(enabled);
        }
    }

    @Override
    public void postStartup() {
        RepAlignPreferences.applyBlasThreads();
    }

    @Override
    public void postShutdown() {
        try {
            ResourcesPlugin.getWorkspace().save(true, null);
        } catch (CoreException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            @Override
            public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer actionBars) {
                return new RepAlignActionBarAdvisor(actionBars);
            }

            @Override
            public void preWindowOpen() {
                IWorkbenchWindowConfigurer window = getWindowConfigurer();
                window.setInitialSize(new Point(1100, 720));
                window.setTitle(WINDOW_TITLE);
                window.setShowStatusLine(true);
                window.setShowProgressIndicator(true);
                window.setShowPerspectiveBar(true);
            }

            @Override
            public void postWindowOpen() {
                WorkbenchLayouts.install(getWindowConfigurer().getWindow());
                StartupProbe.arm(getWindowConfigurer().getWindow().getShell());
            }
        };
    }
}
