package org.repalign.rcp.internal;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPageListener;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IPerspectiveRegistry;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.repalign.rcp.RepAlignPerspective;

/**
 * Keeps opened experiments visible: a window restored with the layout of the first RepAlign
 * perspective (which hid the editor area) is moved to the Experiment perspective, and an editor
 * opened in a perspective whose editor area is hidden shows the editor area.
 */
public final class WorkbenchLayouts {

    private static final IPartListener2 SHOW_EDITOR_AREA = new IPartListener2() {
        @Override
        public void partOpened(IWorkbenchPartReference reference) {
            showEditorArea(reference);
        }

        @Override
        public void partBroughtToTop(IWorkbenchPartReference reference) {
            showEditorArea(reference);
        }

        private void showEditorArea(IWorkbenchPartReference reference) {
            IWorkbenchPage page = reference.getPage();
            if (reference instanceof IEditorReference && page != null && !page.isEditorAreaVisible()) {
                page.setEditorAreaVisible(true);
            }
        }
    };

    private static final IPageListener WATCH_PAGES = new IPageListener() {
        @Override
        public void pageOpened(IWorkbenchPage page) {
            page.addPartListener(SHOW_EDITOR_AREA);
        }

        @Override
        public void pageClosed(IWorkbenchPage page) {
            page.removePartListener(SHOW_EDITOR_AREA);
        }

        @Override
        public void pageActivated(IWorkbenchPage page) {
            // the listener was added when the page opened
        }
    };

    private WorkbenchLayouts() {
    }

    /**
     * Moves a restored window off the legacy perspective and makes every editor opened in it
     * visible.
     *
     * @param window a newly opened workbench window
     */
    static void install(IWorkbenchWindow window) {
        // after the window's restored perspectives are all in place
        window.getShell().getDisplay().asyncExec(() -> {
            if (!window.getShell().isDisposed()) {
                replaceLegacyPerspective(window);
            }
        });
        for (IWorkbenchPage page : window.getPages()) {
            page.addPartListener(SHOW_EDITOR_AREA);
        }
        window.addPageListener(WATCH_PAGES);
    }

    private static List<MPerspective> legacyPerspectives(MWindow model, EModelService models) {
        return models.findElements(model, null, MPerspective.class).stream()
                .filter(p -> p.getElementId() != null && (p.getElementId().equals(RepAlignPerspective.LEGACY_ID)
                        || p.getElementId().startsWith(RepAlignPerspective.LEGACY_ID + ".<")))
                .toList();
    }

    /**
     * Removes the layouts of the legacy RepAlign perspective that a workspace saved, showing the
     * Experiment perspective instead.
     *
     * @param window a workbench window
     * @return whether a legacy layout was found
     */
    public static boolean replaceLegacyPerspective(IWorkbenchWindow window) {
        MWindow model = window.getService(MWindow.class);
        EModelService models = window.getService(EModelService.class);
        IWorkbenchPage page = window.getActivePage();
        if (model == null || models == null || page == null) {
            return false;
        }
        List<MPerspective> legacy = legacyPerspectives(model, models);
        if (legacy.isEmpty()) {
            return false;
        }
        IPerspectiveRegistry registry = window.getWorkbench().getPerspectiveRegistry();
        page.setPerspective(registry.findPerspectiveWithId(RepAlignPerspective.ID));
        // the workbench keeps a restored perspective without a contribution as a local copy (id
        // "LEGACY_ID.<label>"): closing it through the page releases its views, deleting it takes
        // it off the perspective bar and menus
        for (MPerspective perspective : legacy) {
            IPerspectiveDescriptor copy = registry.findPerspectiveWithId(perspective.getElementId());
            if (copy != null) {
                page.closePerspective(copy, false, false);
                registry.deletePerspective(copy);
            }
        }
        for (MPerspective perspective : legacyPerspectives(model, models)) {
            models.removePerspectiveModel(perspective, model);
        }
        if (!page.isEditorAreaVisible()) {
            page.setEditorAreaVisible(true);
        }
        return true;
    }
}
