package org.repalign.analysis.experiment;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.repalign.analysis.SaeSizing;
import org.repalign.model.Experiment;
import org.repalign.model.ExperimentFactory;
import org.repalign.model.ExperimentPackage;
import org.repalign.model.SaeSettings;
import org.repalign.model.Source;
import org.repalign.model.SyntheticModel;
import org.repalign.model.validation.SourceShapes;

/**
 * Applies {@link SaeSizing} to an experiment of the EMF model: the SAE values it leaves unset
 * (absent from the file: an attribute at its default value is not stored) are sized to its
 * rows and largest dimension, on a copy, before it is validated and planned.
 */
final class SaeSizingOfModel {

    private SaeSizingOfModel() {
    }

    /**
     * @param experiment the experiment
     * @param base       the folder its relative paths resolve against
     * @param shapes     the shapes of its files
     * @return the sizing, empty when every value is set or the data's shape is not known
     */
    static Optional<SaeSizing> sizing(Experiment experiment, Path base, SourceShapes shapes) {
        SaeSettings sae = experiment.getSae();
        boolean latents = sae == null || !sae.eIsSet(ExperimentPackage.Literals.SAE_SETTINGS__LATENTS);
        boolean steps = sae == null || !sae.eIsSet(ExperimentPackage.Literals.SAE_SETTINGS__STEPS);
        boolean batch = sae == null || !sae.eIsSet(ExperimentPackage.Literals.SAE_SETTINGS__BATCH_SIZE);
        if (!latents && !steps && !batch) {
            return Optional.empty();
        }
        int[] shape = rowsAndDimension(experiment, base, shapes);
        if (shape == null) {
            return Optional.empty();
        }
        return Optional.of(new SaeSizing(shape[0], shape[1], latents, steps, batch));
    }

    /**
     * @param experiment the experiment
     * @param sizing     its sizing
     * @return a copy whose SAE settings hold the sized values
     */
    static Experiment sized(Experiment experiment, SaeSizing sizing) {
        Experiment copy = EcoreUtil.copy(experiment);
        SaeSettings sae = copy.getSae();
        if (sae == null) {
            sae = ExperimentFactory.eINSTANCE.createSaeSettings();
            copy.setSae(sae);
        }
        int batch = sizing.batchSized() ? SaeSizing.batchSize(sizing.rows()) : sae.getBatchSize();
        if (sizing.latentsSized()) {
            sae.setLatents(SaeSizing.latents(sizing.rows(), sizing.dimension(), sae.getK()));
        }
        if (sizing.stepsSized()) {
            sae.setSteps(SaeSizing.steps(sizing.rows(), batch));
        }
        sae.setBatchSize(batch);
        return copy;
    }

    /** Rows and the largest dimension, or null when one of them is not known. */
    private static int[] rowsAndDimension(Experiment experiment, Path base, SourceShapes shapes) {
        if (experiment.getSynthetic() != null) {
            int dimension = 0;
            for (SyntheticModel model : experiment.getSynthetic().getModels()) {
                dimension = Math.max(dimension, model.getDimension());
            }
            int items = experiment.getSynthetic().getItems();
            return items < 1 || dimension < 1 ? null : new int[] {items, dimension};
        }
        int fewest = Integer.MAX_VALUE;
        int dimension = 0;
        for (Source source : experiment.getSources()) {
            if (source.getFile() == null || source.getFile().isBlank()) {
                return null;
            }
            Path file = base.resolve(source.getFile());
            OptionalInt rows = shapes.rows(source, file);
            OptionalInt columns = shapes.columns(source, file);
            if (rows.isEmpty() || columns.isEmpty()) {
                return null;
            }
            fewest = Math.min(fewest, rows.getAsInt());
            dimension = Math.max(dimension, columns.getAsInt());
        }
        if (experiment.getItemsFile() != null && !experiment.getItemsFile().isBlank()) {
            OptionalInt items = shapes.items(base.resolve(experiment.getItemsFile()));
            if (items.isEmpty()) {
                return null;
            }
            fewest = Math.min(fewest, items.getAsInt());
        }
        return fewest == Integer.MAX_VALUE || fewest < 1 || dimension < 1 ? null : new int[] {fewest, dimension};
    }
}
