package org.repalign.analysis.extension;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.repalign.analysis.extension.internal.ExtensionBridge;

/**
 * Adds the contributions of the Eclipse extension registry to RepAlign's registries. Every entry
 * point that runs inside OSGi (the headless application, the workbench, the editor) calls
 * {@link #install()} before it lists or resolves metrics, readers, SAE architectures or
 * analyses; on a plain classpath there is no registry and {@link java.util.ServiceLoader} alone
 * fills them.
 */
public final class ContributedExtensions {

    /** The extension point of alignment metrics. */
    public static final String METRICS = "org.repalign.analysis.metrics";
    /** The extension point of representation readers. */
    public static final String READERS = "org.repalign.analysis.readers";
    /** The extension point of SAE architectures. */
    public static final String SAE_ARCHITECTURES = "org.repalign.analysis.saeArchitectures";
    /** The extension point of analyses. */
    public static final String ANALYSES = "org.repalign.analysis.analyses";

    private static boolean installed;

    private ContributedExtensions() {
    }

    /**
     * Reads the extension points once (later calls return at once). A broken contribution is
     * reported once, naming its bundle, and skipped.
     *
     * @return whether an extension registry was found
     */
    public static synchronized boolean install() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return false;
        }
        if (!installed) {
            installed = true;
            new ExtensionBridge(registry).bridgeAll();
        }
        return true;
    }
}
