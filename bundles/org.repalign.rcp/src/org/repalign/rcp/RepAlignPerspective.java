package org.repalign.rcp;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.repalign.ui.views.CkaCalibrationView;

/** The RepAlign perspective: result views around the editor area. */
public class RepAlignPerspective implements IPerspectiveFactory {

    /** The perspective id. */
    public static final String ID = "org.repalign.rcp.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        IFolderLayout results = layout.createFolder("org.repalign.rcp.results", IPageLayout.TOP, 1.0f,
                layout.getEditorArea());
        results.addView(CkaCalibrationView.ID);
    }
}
