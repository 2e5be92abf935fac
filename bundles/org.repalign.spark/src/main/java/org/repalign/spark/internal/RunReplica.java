package org.repalign.spark.internal;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.repalign.analysis.ExperimentPlan;
import org.repalign.analysis.data.ExperimentData;
import org.repalign.analysis.data.ExperimentDataLoader;
import org.repalign.analysis.data.ExperimentInputException;
import org.repalign.analysis.experiment.ExperimentPlans;
import org.repalign.analysis.modules.RunContext;
import org.repalign.analysis.modules.RunListener;
import org.repalign.analysis.work.LocalExecutor;
import org.repalign.compute.metrics.MetricRegistry;

/**
 * A run's context rebuilt on an executor from the experiment file on shared storage: the same
 * plan, sources and preprocessed rows as the driver's run, so that a unit computed here from its
 * coordinates equals the unit computed on the driver. Built once per JVM and experiment.
 *
 * @param experimentFile the experiment file, absolute
 * @param sha256         the file's digest when the run started: a file changed since is refused
 * @param blasThreads    the BLAS threads of the run's units
 */
public record RunReplica(String experimentFile, String sha256, int blasThreads) implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<RunReplica, RunContext> BUILT = new ConcurrentHashMap<>();

    /**
     * @param file        the experiment file
     * @param blasThreads the run's BLAS threads
     * @return the replica's description
     * @throws IOException when the file cannot be read
     */
    public static RunReplica of(Path file, int blasThreads) throws IOException {
        return new RunReplica(file.toAbsolutePath().normalize().toString(), digest(Files.readAllBytes(file)),
                blasThreads);
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @return the context, built on first use in this JVM; its executor is never used (units
     *         arrive one at a time), but declares parallel units, so each unit computes with
     *         its own metric instances, as tasks of one executor run side by side
     * @throws ExperimentInputException when the experiment or its sources cannot be read here, or
     *                                  the experiment file changed since the run started
     */
    public RunContext context() throws ExperimentInputException {
        RunContext built = BUILT.get(this);
        if (built != null) {
            return built;
        }
        synchronized (BUILT) {
            built = BUILT.get(this);
            if (built == null) {
                built = build();
                BUILT.put(this, built);
            }
            return built;
        }
    }

    private RunContext build() throws ExperimentInputException {
        Path file = Path.of(experimentFile);
        try {
            if (!digest(Files.readAllBytes(file)).equals(sha256)) {
                throw new ExperimentInputException(file.getFileName() + ": the experiment file changed while the run"
                        + " was going on; run it again");
            }
        } catch (IOException e) {
            throw new ExperimentInputException(file.getFileName() + ": cannot be read on this executor (" + e.getMessage()
                    + "); experiment files and sources must be on storage every executor sees", e);
        }
        ExperimentPlan plan = ExperimentPlans.load(file);
        ExperimentData data = ExperimentDataLoader.load(plan, new NullProgressMonitor());
        RunContext context = new RunContext(plan, data, MetricRegistry.installed(), RunListener.NONE,
                new LocalExecutor(2));
        // layer cells arrive one at a time: keep two sources' worth of preprocessed layers
        int layers = 1;
        for (int s = 0; s < data.sourceCount(); s++) {
            layers = Math.max(layers, data.layersOrSingle().layerCount(s));
        }
        context.prepared().keepLayers(2 * layers + 2);
        return context;
    }

    /** Forgets the contexts built in this JVM. */
    public static void forgetBuilt() {
        BUILT.clear();
    }
}
