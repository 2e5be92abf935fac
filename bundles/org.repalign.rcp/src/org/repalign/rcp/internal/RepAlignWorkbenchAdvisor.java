package org.repalign.rcp.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.repalign.rcp.RepAlignPerspective;

/** Opens RepAlign windows in the RepAlign perspective and remembers their layout. */
public final class RepAlignWorkbenchAdvisor extends WorkbenchAdvisor {

    /** The title of every RepAlign window. */
    public static final String WINDOW_TITLE = "RepAlign";

    @Override
    public String getInitialWindowPerspectiveId() {
        return RepAlignPerspective.ID;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            @Override
            public void preWindowOpen() {
                IWorkbenchWindowConfigurer window = getWindowConfigurer();
                window.setInitialSize(new Point(1100, 720));
                window.setTitle(WINDOW_TITLE);
                window.setShowStatusLine(true);
                window.setShowProgressIndicator(true);
            }
        };
    }
}
