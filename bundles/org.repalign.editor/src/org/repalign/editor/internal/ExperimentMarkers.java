package org.repalign.editor.internal;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.repalign.model.validation.ExperimentValidator;

/**
 * Problem markers of an experiment file, one per validator problem. Besides severity, message
 * and location (the object and field, e.g. {@code Source 'llama' › file}) a marker records the
 * object's URI fragment and the feature name, so that the editor can show the field.
 */
public final class ExperimentMarkers {

    /** The marker type, a persistent subtype of {@link IMarker#PROBLEM}. */
    public static final String TYPE = "org.repalign.editor.problem";
    /** Marker attribute: the URI fragment of the object in the experiment resource. */
    public static final String OBJECT = "org.repalign.editor.object";
    /** Marker attribute: the name of the feature. */
    public static final String FEATURE = "org.repalign.editor.feature";

    private ExperimentMarkers() {
    }

    /**
     * Replaces the file's experiment markers with the given problems.
     *
     * @param file     the experiment file
     * @param problems the validator's problems
     * @throws CoreException when the markers cannot be changed
     */
    public static void update(IFile file, List<Diagnostic> problems) throws CoreException {
        file.getWorkspace().run(monitor -> {
            file.deleteMarkers(TYPE, true, IResource.DEPTH_ZERO);
            for (Diagnostic problem : problems) {
                IMarker marker = file.createMarker(TYPE);
                marker.setAttribute(IMarker.SEVERITY, problem.getSeverity() >= Diagnostic.ERROR ? IMarker.SEVERITY_ERROR
                        : problem.getSeverity() >= Diagnostic.WARNING ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO);
                marker.setAttribute(IMarker.MESSAGE, problem.getMessage());
                List<?> data = problem.getData();
                if (!data.isEmpty() && data.get(0) instanceof EObject object) {
                    EStructuralFeature feature = data.size() > 1 && data.get(1) instanceof EStructuralFeature f ? f : null;
                    marker.setAttribute(IMarker.LOCATION,
                            ExperimentValidator.label(object) + (feature == null ? "" : " › " + feature.getName()));
                    Resource resource = object.eResource();
                    if (resource != null) {
                        marker.setAttribute(OBJECT, resource.getURIFragment(object));
                    }
                    if (feature != null) {
                        marker.setAttribute(FEATURE, feature.getName());
                    }
                }
            }
        }, file, 0, null);
    }
}
