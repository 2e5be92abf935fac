package org.repalign.editor.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.repalign.model.Experiment;

/**
 * Moves a freshly loaded experiment's contents into the experiment an editor shows, feature by
 * feature, so that every bound field, table and marker link stays attached to the same object
 * and simply shows the new values.
 */
public final class ExperimentContents {

    private ExperimentContents() {
    }

    /**
     * Replaces every changeable feature of {@code target} with the value in {@code loaded};
     * contained objects move from {@code loaded} (which is left empty of them) to
     * {@code target}.
     *
     * @param target the experiment to update
     * @param loaded the experiment read from the file
     */
    @SuppressWarnings("unchecked")
    public static void replace(Experiment target, Experiment loaded) {
        for (EStructuralFeature feature : target.eClass().getEAllStructuralFeatures()) {
            if (!feature.isChangeable() || feature.isDerived() || feature.isTransient()) {
                continue;
            }
            Object value = loaded.eGet(feature);
            if (feature.isMany()) {
                List<Object> values = new ArrayList<>((List<Object>) value);
                List<Object> current = (List<Object>) target.eGet(feature);
                if (!current.equals(values)) {
                    current.clear();
                    current.addAll(values);
                }
            } else if (!loaded.eIsSet(feature)) {
                target.eUnset(feature);
            } else {
                target.eSet(feature, value);
            }
        }
    }
}
