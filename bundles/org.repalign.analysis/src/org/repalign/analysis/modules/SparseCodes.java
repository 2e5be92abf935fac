package org.repalign.analysis.modules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.repalign.analysis.SaeSettings;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.compute.data.CsrMatrix;
import org.repalign.compute.data.RowMatrix;
import org.repalign.compute.sae.SaeEvaluation;
import org.repalign.compute.sae.SaeEvaluator;
import org.repalign.compute.sae.SaeRecipe;
import org.repalign.compute.sae.SaeTrainer;
import org.repalign.compute.sae.SaeTrainingConfig;
import org.repalign.compute.sae.SaeTrainingProgress;
import org.repalign.compute.sae.SparseAutoencoder;
import org.repalign.compute.sae.TruncatedCodes;
import org.repalign.io.RepresentationFileException;
import org.repalign.io.sae.SaeModels;

/**
 * One sparse autoencoder per source and its truncated codes, as in the paper's E1: the SAE is
 * trained on the source's dense rows in the plan's dense preprocessing (centered by default),
 * or loaded from the source's SAELens folder; every row is encoded; latents are kept by the
 * firing-rate rule of {@link TruncatedCodes}. The codes are weighted and not normalised.
 *
 * <p>Seeds: the SAE of source s is trained with seed {@code plan seed + s}.
 */
public final class SparseCodes {

    /**
     * One source's SAE.
     *
     * @param sourceId   the source
     * @param sae        the autoencoder
     * @param config     the training configuration, or {@code null} when loaded
     * @param loadedFrom the SAELens folder it was loaded from, or {@code null} when trained
     * @param truncated  the truncated codes of all rows
     * @param evaluation reconstruction and sparsity statistics on all rows
     * @param curve      the training curve (empty when loaded)
     * @param preprocessing the preprocessing of the rows it encodes (and was trained on)
     */
    public record SourceSae(String sourceId, SparseAutoencoder sae, SaeTrainingConfig config, Path loadedFrom,
            TruncatedCodes truncated, SaeEvaluation evaluation, List<SaeTrainingProgress> curve, String preprocessing) {
    }

    private final List<SourceSae> saes;

    private SparseCodes(List<SourceSae> saes) {
        this.saes = List.copyOf(saes);
    }

    /** @return one entry per source */
    public List<SourceSae> saes() {
        return saes;
    }

    /**
     * @param source source index
     * @return its truncated codes, n × kept latents
     */
    public CsrMatrix codes(int source) {
        return saes.get(source).truncated().codes();
    }

    static SparseCodes build(RunContext context, IProgressMonitor monitor) throws ExperimentInputException {
        int count = context.data().sourceCount();
        SubMonitor progress = SubMonitor.convert(monitor, "Sparse autoencoders", count);
        SaeSettings settings = context.plan().sae();
        List<SourceSae> saes = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            RunContext.checkCanceled(progress);
            String id = context.data().sourceIds().get(s);
            progress.subTask("SAE of " + id);
            RowMatrix dense = context.prepared().matrix(s, context.plan().densePreprocessing());
            Path folder = context.data().saeFolders().get(s);
            SparseAutoencoder sae;
            SaeTrainingConfig config = null;
            List<SaeTrainingProgress> curve = new ArrayList<>();
            if (folder != null) {
                try {
                    sae = SaeModels.read(folder);
                } catch (RepresentationFileException e) {
                    throw new ExperimentInputException("source '" + id + "': SAE folder " + e.getMessage(), e);
                }
                if (sae.dIn() != dense.columns()) {
                    throw new ExperimentInputException("source '" + id + "': the SAE in " + folder + " expects "
                            + sae.dIn() + " inputs, the source has " + dense.columns() + " columns");
                }
            } else {
                config = trainingConfig(settings, context.plan().seed() + s, id);
                SaeTrainer trainer;
                try {
                    trainer = new SaeTrainer(dense, config);
                } catch (IllegalArgumentException e) {
                    throw new ExperimentInputException("sae settings for source '" + id + "': " + e.getMessage(), e);
                }
                SubMonitor training = progress.split(1);
                training.setWorkRemaining(config.steps());
                long[] last = {0};
                try {
                    trainer.train(point -> {
                        curve.add(point);
                        context.listener().saeProgress(id, point);
                        training.worked((int) (point.step() - last[0]));
                        last[0] = point.step();
                    }, training::isCanceled);
                } catch (java.util.concurrent.CancellationException e) {
                    throw new OperationCanceledException();
                }
                if (!trainer.finished()) {
                    throw new OperationCanceledException();
                }
                sae = trainer.autoencoder();
            }
            CsrMatrix all = sae.encode(dense);
            TruncatedCodes truncated = TruncatedCodes.of(all, settings.truncationLower(), settings.truncationUpper());
            SaeEvaluation evaluation = SaeEvaluator.evaluate(sae, dense, settings.truncationLower(),
                    settings.truncationUpper());
            if (truncated.keptLatents().length == 0) {
                throw new ExperimentInputException("source '" + id + "': no SAE latent fires on more than "
                        + settings.truncationLower() + " and fewer than " + settings.truncationUpper()
                        + " of the rows; widen sae truncation bounds or train longer");
            }
            saes.add(new SourceSae(id, sae, config, folder, truncated, evaluation, curve,
                    context.plan().densePreprocessing().id()));
            if (folder != null) {
                context.note("source '" + id + "': SAE loaded from " + folder + " encodes the "
                        + context.plan().densePreprocessing().id() + " rows; it should have been trained on such rows");
            }
            if (folder != null) {
                progress.worked(1);
            }
        }
        return new SparseCodes(saes);
    }

    private static SaeTrainingConfig trainingConfig(SaeSettings settings, long seed, String id)
            throws ExperimentInputException {
        try {
            return SaeTrainingConfig.builder(SaeRecipe.of(settings.recipe())).architecture(settings.architecture())
                    .latents(settings.latents()).k(settings.k()).steps(settings.steps()).batchSize(settings.batchSize())
                    .learningRate(settings.learningRate()).seed(seed).build();
        } catch (IllegalArgumentException e) {
            throw new ExperimentInputException("sae settings for source '" + id + "': " + e.getMessage(), e);
        }
    }
}
