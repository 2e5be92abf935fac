package org.repalign.analysis.work;

/**
 * The thread settings of a run: how many units run at once (work threads) and how many BLAS
 * threads each unit uses. Each setting is a system property or else an environment variable.
 * Kept apart from {@link LocalExecutor} so that a command that only reads the settings, such as
 * {@code metrics}, loads nothing of the executor and its framework types at start-up.
 */
public final class ThreadSettings {

    /** The system property with the number of work threads. */
    public static final String THREADS_PROPERTY = "repalign.threads";
    /** The environment variable with the number of work threads, when the property is not set. */
    public static final String THREADS_VARIABLE = "REPALIGN_THREADS";
    /** The system property with the BLAS threads of an experiment run. */
    public static final String BLAS_THREADS_PROPERTY = "repalign.blasThreads";
    /** The environment variable with the BLAS threads of a run, when the property is not set. */
    public static final String BLAS_THREADS_VARIABLE = "REPALIGN_BLAS_THREADS";

    private ThreadSettings() {
    }

    /**
     * @return the work threads from the system property {@value #THREADS_PROPERTY} or the
     *         environment variable {@value #THREADS_VARIABLE}; the available processors when
     *         neither is set
     * @throws IllegalArgumentException when the setting is not a positive integer
     */
    public static int workThreads() {
        return positive(THREADS_PROPERTY, THREADS_VARIABLE, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The BLAS threads of a unit (see {@link LocalExecutor#configuredBlasThreads()} for why the
     * default is 1).
     *
     * @return the BLAS threads from the system property {@value #BLAS_THREADS_PROPERTY} or the
     *         environment variable {@value #BLAS_THREADS_VARIABLE}; 1 when neither is set
     * @throws IllegalArgumentException when the setting is not a positive integer
     */
    public static int blasThreads() {
        return positive(BLAS_THREADS_PROPERTY, BLAS_THREADS_VARIABLE, 1);
    }

    private static int positive(String property, String variable, int fallback) {
        String value = System.getProperty(property);
        String name = property;
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
            name = variable;
        }
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int threads = Integer.parseInt(value.trim());
            if (threads >= 1) {
                return threads;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a positive integer, got '" + value + "'");
    }
}
