package org.repalign.rcp;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.repalign.ui.views.RunsView;

/**
 * The Results perspective, for reading runs: the Runs view on the left, the result views large
 * on the right and the calibration, SAE training and Progress views below them. The editor area
 * is hidden; it appears below the result views as soon as an experiment is opened.
 */
public class ResultsPerspective implements IPerspectiveFactory {

    /** The perspective id. */
    public static final String ID = "org.repalign.rcp.resultsPerspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        IFolderLayout runs = layout.createFolder(RepAlignPerspective.RUNS_FOLDER, IPageLayout.LEFT, 0.2f, editors);
        runs.addView(RunsView.ID);
        IFolderLayout results = layout.createFolder(RepAlignPerspective.RESULTS_FOLDER, IPageLayout.TOP, 0.6f,
                editors);
        RepAlignPerspective.addResultViews(results);
        IFolderLayout calibration = layout.createFolder(RepAlignPerspective.CALIBRATION_FOLDER, IPageLayout.RIGHT,
                0.55f, editors);
        RepAlignPerspective.addCalibrationViews(calibration);
        RepAlignPerspective.addShortcuts(layout);
        layout.setEditorAreaVisible(false);
    }
}
