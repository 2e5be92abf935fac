package org.repalign.editor.internal;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.viewers.IStructuredContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;

/**
 * Shows the objects of one many-valued containment of the input object (the sources or the
 * metrics of an experiment) and refreshes the viewer whenever the input or anything inside it
 * changes, including through undo and redo.
 */
public final class FeatureListContentProvider implements IStructuredContentProvider {

    private final EReference feature;
    private final EContentAdapter listener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch() && viewer != null && !viewer.getControl().isDisposed()) {
                viewer.refresh();
            }
        }
    };
    private StructuredViewer viewer;
    private EObject input;

    /** @param feature the many-valued containment to show */
    public FeatureListContentProvider(EReference feature) {
        this.feature = feature;
    }

    @Override
    public Object[] getElements(Object inputElement) {
        return inputElement instanceof EObject object ? ((java.util.List<?>) object.eGet(feature)).toArray()
                : new Object[0];
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        if (input != null) {
            input.eAdapters().remove(listener);
        }
        viewer = (StructuredViewer) newViewer;
        input = newInput instanceof EObject object ? object : null;
        if (input != null) {
            input.eAdapters().add(listener);
        }
    }

    @Override
    public void dispose() {
        if (input != null) {
            input.eAdapters().remove(listener);
            input = null;
        }
    }
}
