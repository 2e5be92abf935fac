package org.repalign.compute.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.jar.Manifest;

/**
 * Reads {@code Bundle-Version} from the manifest next to a class, without any OSGi API, so
 * that the version is known on a plain classpath and inside OSGi alike.
 */
public final class BundleVersion {

    private BundleVersion() {
    }

    /**
     * @param type a class of the bundle
     * @return the bundle's version, or {@code null} when no manifest says it
     */
    public static String of(Class<?> type) {
        URL classUrl = type.getResource(type.getSimpleName() + ".class");
        if (classUrl == null) {
            return null;
        }
        String path = classUrl.toString();
        String classPath = type.getName().replace('.', '/') + ".class";
        if (!path.endsWith(classPath)) {
            return null;
        }
        String root = path.substring(0, path.length() - classPath.length());
        String[] candidates = { root + "META-INF/MANIFEST.MF", root + "../META-INF/MANIFEST.MF" };
        for (String candidate : candidates) {
            try (InputStream in = new URL(candidate).openStream()) {
                String version = new Manifest(in).getMainAttributes().getValue("Bundle-Version");
                if (version != null) {
                    return version;
                }
            } catch (IOException e) {
                // try the next place
            }
        }
        return null;
    }
}
