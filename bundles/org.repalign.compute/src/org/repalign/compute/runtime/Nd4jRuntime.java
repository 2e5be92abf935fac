package org.repalign.compute.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.nd4j.common.config.ND4JClassLoading;
import org.nd4j.linalg.api.blas.Blas;
import org.nd4j.linalg.cpu.nativecpu.CpuBackend;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOps;
import org.repalign.compute.internal.CompositeClassLoader;

/**
 * Starts ND4J once, the same way on a plain classpath and inside OSGi, gives direct access to
 * the BLAS library ND4J is built on, and reports the environment.
 *
 * <p>ND4J finds its backend through a single class loader. In OSGi the API, the native backend
 * and its linux fragment are separate bundles, so before ND4J is touched it is given a loader
 * over all of them, and the first calls run with that loader as the thread context loader.
 * Every class of this bundle that uses ND4J calls {@link #ensureInitialized()} first.
 *
 * <p><b>BLAS without ND4J.</b> Code that calls OpenBLAS directly calls {@link #ensureBlas()}
 * instead, which loads only that library: starting ND4J's native backend (a 320 MB library and
 * thousands of classes) takes a quarter of a second that a command computing only with BLAS
 * need not pay. The BLAS thread count and the environment are read and set in OpenBLAS itself.
 * ND4J sets the BLAS thread count when it starts; a count set through
 * {@link #setBlasThreads(int)} before is therefore set again right after ND4J has started.
 */
public final class Nd4jRuntime {

    private static volatile boolean initialized;
    private static volatile boolean blasLoaded;
    /** The BLAS thread count last set through {@link #setBlasThreads}, 0 when none was. */
    private static int requestedBlasThreads;

    private Nd4jRuntime() {
    }

    /**
     * Makes ND4J usable from the calling thread; cheap after the first call.
     *
     * @throws IllegalStateException with the cause when the native backend cannot be loaded
     */
    public static void ensureInitialized() {
        if (initialized) {
            return;
        }
        synchronized (Nd4jRuntime.class) {
            if (initialized) {
                return;
            }
            ClassLoader loader = new CompositeClassLoader(CpuBackend.class.getClassLoader(),
                    Nd4j.class.getClassLoader(), NativeOps.class.getClassLoader(),
                    Nd4jRuntime.class.getClassLoader());
            ND4JClassLoading.setNd4jClassloader(loader);
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                Nd4j.getBackend();
                Nd4j.getExecutioner();
                Nd4j.factory().blas();
                blasLoaded = true;
                if (requestedBlasThreads > 0) {
                    openblas_nolapack.blas_set_num_threads(requestedBlasThreads);
                }
                initialized = true;
            } catch (RuntimeException | LinkageError e) {
                throw new IllegalStateException("ND4J could not start its CPU backend: " + e, e);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }

    /**
     * Loads the BLAS library for direct calls (JavaCPP's OpenBLAS binding) without starting ND4J;
     * cheap after the first call.
     *
     * @throws IllegalStateException with the cause when the library cannot be loaded
     */
    public static void ensureBlas() {
        if (blasLoaded) {
            return;
        }
        synchronized (Nd4jRuntime.class) {
            if (blasLoaded) {
                return;
            }
            try {
                if (requestedBlasThreads == 0) {
                    setDefaultBlasThreads();
                }
                blasLoaded = true;
            } catch (RuntimeException | LinkageError e) {
                throw new IllegalStateException("the OpenBLAS library could not be loaded: " + e, e);
            }
        }
    }

    /**
     * Sets the thread count that ND4J sets when it starts, so that the count is the same whether or
     * not ND4J has started: none when {@code ND4J_SKIP_BLAS_THREADS} is set, else
     * {@code OMP_NUM_THREADS}, else physical cores per chip. (The binding reports no thread count
     * and no vendor until a count has been set through it.)
     */
    private static void setDefaultBlasThreads() {
        String skip = System.getenv("ND4J_SKIP_BLAS_THREADS");
        if (skip != null && !skip.isEmpty()) {
            return;
        }
        int threads = 0;
        String omp = System.getenv("OMP_NUM_THREADS");
        if (omp != null && !omp.isEmpty()) {
            try {
                threads = Integer.parseInt(omp.trim());
            } catch (NumberFormatException e) {
                threads = 0; // as if unset
            }
        }
        if (threads < 1) {
            int cores = Loader.totalCores();
            int chips = Loader.totalChips();
            threads = cores > 0 && chips > 0 ? Math.max(1, cores / chips)
                    : Runtime.getRuntime().availableProcessors();
        }
        openblas_nolapack.blas_set_num_threads(threads);
    }

    /**
     * The environment: versions, ND4J's backend (the one installed, whether or not ND4J has
     * started yet), the BLAS library and its thread count as they are now.
     *
     * @return the environment, loading the BLAS library if needed
     */
    public static ComputeEnvironment environment() {
        ensureBlas();
        return new ComputeEnvironment(repalignVersion(), System.getProperty("java.version"),
                System.getProperty("java.vendor"), System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                nd4jVersion(), CpuBackend.class.getName(), String.valueOf(blasVendor()),
                openblas_nolapack.blas_get_num_threads(), Runtime.getRuntime().availableProcessors());
    }

    /** ND4J's name for the vendor id the library reports, as ND4J's own {@code getBlasVendor()}. */
    private static Blas.Vendor blasVendor() {
        int id = openblas_nolapack.blas_get_vendor();
        Blas.Vendor[] vendors = Blas.Vendor.values();
        return id > 0 && id < vendors.length ? vendors[id] : Blas.Vendor.UNKNOWN;
    }

    /**
     * Sets the number of threads of the BLAS library (process-wide), loading it if needed; kept
     * when ND4J starts later.
     *
     * @param threads at least 1
     */
    public static void setBlasThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("BLAS threads must be ≥ 1, got " + threads);
        }
        ensureBlas();
        synchronized (Nd4jRuntime.class) {
            requestedBlasThreads = threads;
            openblas_nolapack.blas_set_num_threads(threads);
        }
    }

    private static String repalignVersion() {
        String version = Nd4jRuntime.class.getPackage().getImplementationVersion();
        if (version == null) {
            version = BundleVersion.of(Nd4jRuntime.class);
        }
        return version == null ? "development" : version;
    }

    private static String nd4jVersion() {
        try (InputStream in = Nd4j.class.getResourceAsStream("/META-INF/maven/org.nd4j/nd4j-api/pom.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "unknown");
            }
        } catch (IOException e) {
            // fall through to the manifest
        }
        String version = Nd4j.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }
}
