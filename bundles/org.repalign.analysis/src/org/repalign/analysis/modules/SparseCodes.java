package org.repalign.analysis.modules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.repalign.analysis.SaeSettings;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.work.WorkUnit;
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
 * <p>Seeds: the SAE of source s is trained with seed {@code plan seed + s}
 * ({@link WorkUnit#seed(long)} of {@link WorkUnit#sae}); each SAE is one unit of the run's executor.
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
        List<WorkUnit> units = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            units.add(WorkUnit.sae(s));
        }
        // a unit run on this thread reports its training steps; one run elsewhere, its end
        Thread caller = Thread.currentThread();
        boolean[] stepwise = new boolean[count];
        List<SourceSae> saes = context.run(units, (unit, canceled) -> {
            SubMonitor own = null;
            if (Thread.currentThread() == caller) {
                stepwise[unit.subject()] = true;
                progress.subTask("SAE of " + context.data().sourceIds().get(unit.subject()));
                own = progress.split(1);
            }
            return build(context, unit, own, canceled);
        }, progress::isCanceled, (unit, seconds, done, total) -> {
            if (!stepwise[unit.subject()]) {
                progress.worked(1);
            }
        });
        for (int s = 0; s < count; s++) {
            Path folder = saes.get(s).loadedFrom();
            if (folder != null) {
                context.note("source '" + saes.get(s).sourceId() + "': SAE loaded from " + folder + " encodes the "
                        + context.plan().densePreprocessing().id() + " rows; it should have been trained on such rows");
            }
        }
        return new SparseCodes(saes);
    }

    /**
     * One source's SAE: a {@link WorkUnit#sae} unit, trained with seed {@code plan seed + source}.
     *
     * @param monitor  receives the training steps, or {@code null} when the unit runs on another thread
     * @param canceled the unit's cancellation
     */
    private static SourceSae build(RunContext context, WorkUnit unit, SubMonitor monitor,
            java.util.function.BooleanSupplier canceled) throws ExperimentInputException {
        SaeSettings settings = context.plan().sae();
        int s = unit.subject();
        if (canceled.getAsBoolean()) {
            throw new OperationCanceledException();
        }
        String id = context.data().sourceIds().get(s);
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
            config = trainingConfig(settings, unit.seed(context.plan().seed()), id);
            SaeTrainer trainer;
            try {
                trainer = new SaeTrainer(dense, config);
            } catch (IllegalArgumentException e) {
                throw new ExperimentInputException("sae settings for source '" + id + "': " + e.getMessage(), e);
            }
            if (monitor != null) {
                monitor.setWorkRemaining(config.steps());
            }
            long[] last = {0};
            try {
                trainer.train(point -> {
                    curve.add(point);
                    context.saeProgress(id, point);
                    if (monitor != null) {
                        monitor.worked((int) (point.step() - last[0]));
                    }
                    last[0] = point.step();
                }, canceled);
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
        return new SourceSae(id, sae, config, folder, truncated, evaluation, curve,
                context.plan().densePreprocessing().id());
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
