package org.repalign.rcp;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.repalign.ui.views.AlignmentMatrixView;
import org.repalign.ui.views.CkaCalibrationView;
import org.repalign.ui.views.ContributedResultsView;
import org.repalign.ui.views.DifferenceView;
import org.repalign.ui.views.FeatureMatchingView;
import org.repalign.ui.views.FrequencyView;
import org.repalign.ui.views.ProbesView;
import org.repalign.ui.views.RunsView;
import org.repalign.ui.views.SaeCurveView;

/**
 * The RepAlign perspective: the Runs view on the left; the alignment matrix, differences,
 * frequency, feature matching and probes views above; the CKA calibration, SAE training and
 * Progress views below.
 */
public class RepAlignPerspective implements IPerspectiveFactory {

    /** The perspective id. */
    public static final String ID = "org.repalign.rcp.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        String editors = layout.getEditorArea();
        IFolderLayout results = layout.createFolder("org.repalign.rcp.results", IPageLayout.TOP, 1.0f, editors);
        results.addView(AlignmentMatrixView.ID);
        results.addView(DifferenceView.ID);
        results.addView(FrequencyView.ID);
        results.addView(FeatureMatchingView.ID);
        results.addView(ProbesView.ID);
        results.addPlaceholder(ContributedResultsView.ID);
        layout.addShowViewShortcut(ContributedResultsView.ID);
        IFolderLayout runs = layout.createFolder("org.repalign.rcp.runs", IPageLayout.LEFT, 0.22f,
                "org.repalign.rcp.results");
        runs.addView(RunsView.ID);
        IFolderLayout calibration = layout.createFolder("org.repalign.rcp.calibration", IPageLayout.BOTTOM, 0.62f,
                "org.repalign.rcp.results");
        calibration.addView(CkaCalibrationView.ID);
        calibration.addView(SaeCurveView.ID);
        calibration.addView(IPageLayout.ID_PROGRESS_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
    }
}
