package org.repalign.compute.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.nd4j.common.config.ND4JClassLoading;
import org.nd4j.linalg.api.blas.Blas;
import org.nd4j.linalg.cpu.nativecpu.CpuBackend;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOps;
import org.repalign.compute.internal.CompositeClassLoader;

/**
 * Starts ND4J once, the same way on a plain classpath and inside OSGi, and reports the
 * environment it runs in.
 *
 * <p>ND4J finds its backend through a single class loader. In OSGi the API, the native backend
 * and its linux fragment are separate bundles, so before ND4J is touched it is given a loader
 * over all of them, and the first calls run with that loader as the thread context loader.
 * Every class of this bundle that uses ND4J calls {@link #ensureInitialized()} first.
 */
public final class Nd4jRuntime {

    private static volatile boolean initialized;

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
                initialized = true;
            } catch (RuntimeException | LinkageError e) {
                throw new IllegalStateException("ND4J could not start its CPU backend: " + e, e);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }

    /** @return the environment, starting ND4J if needed */
    public static ComputeEnvironment environment() {
        ensureInitialized();
        Blas blas = Nd4j.factory().blas();
        return new ComputeEnvironment(repalignVersion(), System.getProperty("java.version"),
                System.getProperty("java.vendor"), System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                nd4jVersion(), Nd4j.getBackend().getClass().getName(), String.valueOf(blas.getBlasVendor()),
                blas.getMaxThreads(), Runtime.getRuntime().availableProcessors());
    }

    /**
     * Sets the number of threads of the BLAS library, starting ND4J if needed.
     *
     * @param threads at least 1
     */
    public static void setBlasThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("BLAS threads must be ≥ 1, got " + threads);
        }
        ensureInitialized();
        Nd4j.factory().blas().setMaxThreads(threads);
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
