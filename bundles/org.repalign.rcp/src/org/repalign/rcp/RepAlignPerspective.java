package org.repalign.rcp;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.repalign.rcp.internal.WelcomeView;
import org.repalign.ui.views.AlignmentMatrixView;
import org.repalign.ui.views.CkaCalibrationView;
import org.repalign.ui.views.ContributedResultsView;
import org.repalign.ui.views.DifferenceView;
import org.repalign.ui.views.FeatureMatchingView;
import org.repalign.ui.views.FrequencyView;
import org.repalign.ui.views.LayersView;
import org.repalign.ui.views.ModelView;
import org.repalign.ui.views.ProbesView;
import org.repalign.ui.views.RunsView;
import org.repalign.ui.views.SaeCurveView;

/**
 * The Experiment perspective, where experiments are edited and run: on the left the Runs view and,
 * below it, the SAE training, Progress and CKA calibration views; the experiment editor in the
 * middle; below it, across the whole width, the result views (led by the Welcome view on a first
 * start), so that their charts keep a readable size in a window of 1024 × 700.
 */
public class RepAlignPerspective implements IPerspectiveFactory {

    /**
     * The perspective id. Workspaces saved with the layout of {@link #LEGACY_ID} are moved to
     * this one when they are opened.
     */
    public static final String ID = "org.repalign.rcp.experimentPerspective";

    /** The id of the first RepAlign perspective, whose layout hid the experiment editor. */
    public static final String LEGACY_ID = "org.repalign.rcp.perspective";

    /** The folder of the Runs view (other plug-ins stack their views there). */
    public static final String RUNS_FOLDER = "org.repalign.rcp.runs";
    /** The folder of the result views. */
    public static final String RESULTS_FOLDER = "org.repalign.rcp.results";
    /** The folder of the calibration, SAE training and Progress views. */
    public static final String CALIBRATION_FOLDER = "org.repalign.rcp.calibration";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        IFolderLayout runs = layout.createFolder(RUNS_FOLDER, IPageLayout.LEFT, 0.22f, editors);
        runs.addView(RunsView.ID);
        IFolderLayout results = layout.createFolder(RESULTS_FOLDER, IPageLayout.BOTTOM, 0.46f, editors);
        results.addView(WelcomeView.ID);
        addResultViews(results);
        IFolderLayout calibration = layout.createFolder(CALIBRATION_FOLDER, IPageLayout.BOTTOM, 0.45f, RUNS_FOLDER);
        addCalibrationViews(calibration);
        addShortcuts(layout);
    }

    /**
     * Adds the result views (and a place for contributed results) to a folder.
     *
     * @param results the folder
     */
    static void addResultViews(IFolderLayout results) {
        results.addView(AlignmentMatrixView.ID);
        results.addView(DifferenceView.ID);
        results.addView(FrequencyView.ID);
        results.addView(FeatureMatchingView.ID);
        results.addView(ProbesView.ID);
        results.addPlaceholder(LayersView.ID);
        results.addPlaceholder(ModelView.ID);
        results.addPlaceholder(ContributedResultsView.ID);
    }

    /**
     * Adds the CKA calibration, SAE training and Progress views to a folder.
     *
     * @param calibration the folder
     */
    static void addCalibrationViews(IFolderLayout calibration) {
        calibration.addView(SaeCurveView.ID);
        calibration.addView(IPageLayout.ID_PROGRESS_VIEW);
        calibration.addView(CkaCalibrationView.ID);
    }

    /**
     * Adds the Show View and Open Perspective shortcuts of both RepAlign perspectives.
     *
     * @param layout the layout
     */
    static void addShortcuts(IPageLayout layout) {
        layout.addShowViewShortcut(RunsView.ID);
        layout.addShowViewShortcut(AlignmentMatrixView.ID);
        layout.addShowViewShortcut(DifferenceView.ID);
        layout.addShowViewShortcut(FrequencyView.ID);
        layout.addShowViewShortcut(FeatureMatchingView.ID);
        layout.addShowViewShortcut(ProbesView.ID);
        layout.addShowViewShortcut(LayersView.ID);
        layout.addShowViewShortcut(ModelView.ID);
        layout.addShowViewShortcut(SaeCurveView.ID);
        layout.addShowViewShortcut(CkaCalibrationView.ID);
        layout.addShowViewShortcut(ContributedResultsView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
        layout.addShowViewShortcut(WelcomeView.ID);
        layout.addPerspectiveShortcut(ID);
        layout.addPerspectiveShortcut(ResultsPerspective.ID);
    }
}
