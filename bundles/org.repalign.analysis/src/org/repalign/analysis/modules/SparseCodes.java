package org.repalign.analysis.modules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.repalign.analysis.SaeSettings;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.work.WorkTask;
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
        SaeUnitTask task = new SaeUnitTask(context, progress, count);
        List<SourceSae> saes = context.run(units, task, progress::isCanceled, task::unitDone);
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
     * An SAE unit's SAE as training (or loading) leaves it, before its rows are encoded: the part
     * of the unit that depends only on the plan and the unit's coordinates, which an engine may
     * compute on a context rebuilt elsewhere ({@link #train}) and hand to
     * {@link SaeUnitTask#finish}.
     *
     * @param sae        the autoencoder
     * @param loadedFrom the SAELens folder it was loaded from, or {@code null} when trained
     * @param curve      the training curve (empty when loaded)
     */
    public record TrainedSae(SparseAutoencoder sae, Path loadedFrom, List<SaeTrainingProgress> curve) {
    }

    /**
     * The batch task of the SAE units: trains (or loads) each source's SAE, then encodes its rows
     * ({@link #finish}). A unit run on the submitting thread reports its training steps; one run
     * on another thread, its end.
     */
    public static final class SaeUnitTask implements WorkTask<SourceSae> {

        private final RunContext context;
        private final SubMonitor progress;
        private final Thread caller = Thread.currentThread();
        private final boolean[] stepwise;

        SaeUnitTask(RunContext context, SubMonitor progress, int sources) {
            this.context = context;
            this.progress = progress;
            this.stepwise = new boolean[sources];
        }

        @Override
        public SourceSae run(WorkUnit unit, BooleanSupplier canceled) throws ExperimentInputException {
            SubMonitor own = null;
            if (Thread.currentThread() == caller) {
                stepwise[unit.subject()] = true;
                progress.subTask("SAE of " + context.data().sourceIds().get(unit.subject()));
                own = progress.split(1);
            }
            return encode(context, unit, train(context, unit, own, canceled));
        }

        /**
         * The rest of a unit whose SAE was trained elsewhere: its curve is told to the run's
         * listener at once (a unit trained here tells it step by step), then the rows are encoded
         * and truncated as {@link #run} does.
         *
         * @param unit    the SAE unit
         * @param trained what {@link SparseCodes#train} gave for it
         * @return the source's SAE with its codes
         * @throws ExperimentInputException when no latent survives the truncation
         */
        public SourceSae finish(WorkUnit unit, TrainedSae trained) throws ExperimentInputException {
            String id = context.data().sourceIds().get(unit.subject());
            trained.curve().forEach(point -> context.saeProgress(id, point));
            return encode(context, unit, trained);
        }

        void unitDone(WorkUnit unit, double seconds, int done, int total) {
            if (!stepwise[unit.subject()]) {
                progress.worked(1);
            }
        }
    }

    /**
     * Trains (or loads) the SAE of an SAE unit: seed {@code plan seed + source}, the plan's SAE
     * settings, on the source's rows in the plan's dense preprocessing.
     *
     * @param context  the run's context (or one rebuilt from the same plan)
     * @param unit     a {@link WorkUnit#sae} unit
     * @param canceled the unit's cancellation
     * @return the SAE before encoding
     * @throws ExperimentInputException for SAE settings or an SAE folder that do not fit the source
     */
    public static TrainedSae train(RunContext context, WorkUnit unit, BooleanSupplier canceled)
            throws ExperimentInputException {
        return train(context, unit, null, canceled);
    }

    /**
     * @param monitor  receives the training steps, or {@code null} when the unit runs on another thread
     * @param canceled the unit's cancellation
     */
    private static TrainedSae train(RunContext context, WorkUnit unit, SubMonitor monitor, BooleanSupplier canceled)
            throws ExperimentInputException {
        SaeSettings settings = context.plan().sae();
        int s = unit.subject();
        if (canceled.getAsBoolean()) {
            throw new OperationCanceledException();
        }
        String id = context.data().sourceIds().get(s);
        RowMatrix dense = context.prepared().matrix(s, context.plan().densePreprocessing());
        Path folder = context.data().saeFolders().get(s);
        if (folder != null) {
            SparseAutoencoder sae;
            try {
                sae = SaeModels.read(folder);
            } catch (RepresentationFileException e) {
                throw new ExperimentInputException("source '" + id + "': SAE folder " + e.getMessage(), e);
            }
            if (sae.dIn() != dense.columns()) {
                throw new ExperimentInputException("source '" + id + "': the SAE in " + folder + " expects "
                        + sae.dIn() + " inputs, the source has " + dense.columns() + " columns");
            }
            return new TrainedSae(sae, folder, List.of());
        }
        SaeTrainingConfig config = trainingConfig(settings, unit.seed(context.plan().seed()), id);
        SaeTrainer trainer;
        try {
            trainer = new SaeTrainer(dense, config);
        } catch (IllegalArgumentException e) {
            throw new ExperimentInputException("sae settings for source '" + id + "': " + e.getMessage(), e);
        }
        if (monitor != null) {
            monitor.setWorkRemaining(config.steps());
        }
        List<SaeTrainingProgress> curve = new ArrayList<>();
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
        return new TrainedSae(trainer.autoencoder(), null, curve);
    }

    /** Encodes every row of the unit's source with its SAE and keeps the latents of the truncation rule. */
    private static SourceSae encode(RunContext context, WorkUnit unit, TrainedSae trained)
            throws ExperimentInputException {
        SaeSettings settings = context.plan().sae();
        int s = unit.subject();
        String id = context.data().sourceIds().get(s);
        RowMatrix dense = context.prepared().matrix(s, context.plan().densePreprocessing());
        SparseAutoencoder sae = trained.sae();
        SaeTrainingConfig config = trained.loadedFrom() != null ? null
                : trainingConfig(settings, unit.seed(context.plan().seed()), id);
        CsrMatrix all = sae.encode(dense);
        TruncatedCodes truncated = TruncatedCodes.of(all, settings.truncationLower(), settings.truncationUpper());
        SaeEvaluation evaluation = SaeEvaluator.evaluate(sae, dense, settings.truncationLower(),
                settings.truncationUpper());
        if (truncated.keptLatents().length == 0) {
            throw new ExperimentInputException("source '" + id + "': no SAE latent fires on more than "
                    + settings.truncationLower() + " and fewer than " + settings.truncationUpper()
                    + " of the rows; widen sae truncation bounds or train longer");
        }
        return new SourceSae(id, sae, config, trained.loadedFrom(), truncated, evaluation, trained.curve(),
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
