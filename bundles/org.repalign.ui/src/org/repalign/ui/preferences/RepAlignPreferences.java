package org.repalign.ui.preferences;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.repalign.analysis.store.ResultStore;
import org.repalign.compute.runtime.Nd4jRuntime;

/**
 * The workbench preferences of RepAlign (Window &gt; Preferences &gt; RepAlign): the seed of new
 * experiments, where the Run action writes results, and the number of BLAS threads, which takes
 * effect when the workbench next starts.
 */
public final class RepAlignPreferences {

    /** The preference node (the bundle's id). */
    public static final String NODE = "org.repalign.ui";

    /** Key of the seed given to new experiments (a long). */
    public static final String SEED = "newExperimentSeed";

    /** Key of where runs go: {@link #RESULTS_BESIDE} or {@link #RESULTS_FOLDER}. */
    public static final String RESULTS_MODE = "resultsMode";

    /** Key of the fixed results folder, used when {@link #RESULTS_MODE} is {@link #RESULTS_FOLDER}. */
    public static final String RESULTS_LOCATION = "resultsFolder";

    /** Key of the number of BLAS threads; 0 leaves ND4J's default. Applied at the next start. */
    public static final String BLAS_THREADS = "blasThreads";

    /** Results go to {@code NAME.results/} beside {@code NAME.repalign}. */
    public static final String RESULTS_BESIDE = "beside";

    /** Results go to a fixed folder. */
    public static final String RESULTS_FOLDER = "folder";

    /** The default seed of new experiments (the experiment model's default). */
    public static final long DEFAULT_SEED = 12345L;

    private static ScopedPreferenceStore store;

    private RepAlignPreferences() {
    }

    /** @return the preference store of RepAlign's instance preferences, with the defaults set */
    public static synchronized IPreferenceStore store() {
        if (store == null) {
            IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(NODE);
            defaults.putLong(SEED, DEFAULT_SEED);
            defaults.put(RESULTS_MODE, RESULTS_BESIDE);
            defaults.put(RESULTS_LOCATION, "");
            defaults.putInt(BLAS_THREADS, 0);
            store = new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE);
        }
        return store;
    }

    /** @return the seed for a new experiment */
    public static long seed() {
        return store().getLong(SEED);
    }

    /**
     * @param experimentFile an experiment file
     * @return the folder receiving its runs: {@code NAME.results/} beside {@code NAME.repalign}
     *         ({@link ResultStore#defaultResultsFolder}), or the fixed
     *         folder when one is chosen
     */
    public static Path resultsFolder(Path experimentFile) {
        String folder = store().getString(RESULTS_LOCATION).trim();
        if (RESULTS_FOLDER.equals(store().getString(RESULTS_MODE)) && !folder.isEmpty()) {
            return Path.of(folder);
        }
        return ResultStore.defaultResultsFolder(experimentFile);
    }

    /**
     * Applies the stored BLAS threads in a background job (called once when the workbench
     * starts); nothing happens with the default 0.
     */
    public static void applyBlasThreads() {
        int threads = blasThreads();
        if (threads > 0) {
            Job job = Job.create("Setting " + threads + " BLAS threads", monitor -> {
                Nd4jRuntime.setBlasThreads(threads);
            });
            job.setSystem(true);
            job.schedule();
        }
    }

    /** @return the BLAS threads to use from the next start, 0 for ND4J's default */
    public static int blasThreads() {
        return store().getInt(BLAS_THREADS);
    }
}
