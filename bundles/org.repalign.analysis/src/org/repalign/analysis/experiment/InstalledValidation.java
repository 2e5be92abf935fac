package org.repalign.analysis.experiment;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.repalign.model.Experiment;
import org.repalign.model.validation.ExperimentValidator;
import org.repalign.model.validation.SourceShapes;

/**
 * Validates an experiment with what this process knows: the installed metrics
 * ({@link RegistryMetricCatalog}) and analyses ({@link RegistryAnalysisCatalog}) and the shapes
 * the caller gives (usually {@link ReaderSourceShapes}).
 */
public final class InstalledValidation {

    private InstalledValidation() {
    }

    /**
     * @param experiment     the experiment
     * @param experimentFile its file, or {@code null}
     * @param shapes         what is known about the representation and item files
     * @return the problems, in model order; empty when there are none
     */
    public static List<Diagnostic> validate(Experiment experiment, Path experimentFile, SourceShapes shapes) {
        return ExperimentValidator.validate(experiment, experimentFile, shapes, new RegistryMetricCatalog(),
                new RegistryAnalysisCatalog());
    }
}
