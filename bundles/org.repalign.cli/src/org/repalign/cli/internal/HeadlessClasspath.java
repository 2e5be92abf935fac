package org.repalign.cli.internal;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.repalign.io.write.AtomicFiles;

/**
 * Records, in a start inside the OSGi framework, the plain classpath on which later starts of
 * {@code ./repalign COMMAND} run without the framework ({@link ClasspathMain}); see
 * {@link ClasspathClosure} for what it contains. The launcher asks for it with the system property
 * {@value #FILE_PROPERTY} when it has no record for the installed bundles, and keeps starting in
 * the framework when the record says so.
 *
 * <p>The record is a text file written atomically: the line {@code classpath} followed by one jar
 * per line, or the line {@code framework REASON}. A failure to write it is logged and changes
 * nothing else: later starts stay in the framework.
 */
final class HeadlessClasspath {

    /** The system property naming the file to write. */
    static final String FILE_PROPERTY = "repalign.classpathFile";

    /** The namespace of the service-loader capabilities of contributions (OSGi Service Loader Mediator). */
    private static final String SERVICE_LOADER_NAMESPACE = "osgi.serviceloader";

    private static final Logger LOG = Logger.getLogger(HeadlessClasspath.class.getName());

    private HeadlessClasspath() {
    }

    /**
     * Works the classpath out from the running framework and writes the record.
     *
     * @param file where the record goes
     */
    static void record(Path file) {
        try {
            Bundle self = FrameworkUtil.getBundle(HeadlessClasspath.class);
            BundleContext context = self == null ? null : self.getBundleContext();
            ClasspathClosure.Outcome outcome = context == null
                    ? new ClasspathClosure.Outcome(List.of(), "the command line does not run as a bundle")
                    : ClasspathClosure.resolve(graph(context), id(self));
            write(file, outcome);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not record the classpath of headless starts in " + file, e);
        }
    }

    /** Writes an outcome as the record the launcher reads. */
    static void write(Path file, ClasspathClosure.Outcome outcome) throws IOException {
        List<String> lines = new ArrayList<>();
        if (outcome.plain()) {
            lines.add("classpath");
            outcome.jars().forEach(jar -> lines.add(jar.toAbsolutePath().toString()));
        } else {
            lines.add("framework " + outcome.frameworkReason().replace('\n', ' '));
        }
        byte[] text = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        AtomicFiles.writeFile(file, channel -> {
            ByteBuffer buffer = ByteBuffer.wrap(text);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        });
    }

    /** The resolved bundles of the framework as the closure sees them. */
    static Map<String, ClasspathClosure.BundleNode> graph(BundleContext context) {
        Map<String, ClasspathClosure.BundleNode> nodes = new LinkedHashMap<>();
        for (Bundle bundle : context.getBundles()) {
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            if (wiring == null || bundle.getSymbolicName() == null || isFragment(bundle)) {
                continue; // not resolved; fragments come in through their hosts
            }
            List<String> dependencies = new ArrayList<>();
            for (String namespace : List.of(BundleNamespace.BUNDLE_NAMESPACE, PackageNamespace.PACKAGE_NAMESPACE)) {
                for (BundleWire wire : wiring.getRequiredWires(namespace)) {
                    dependencies.add(id(wire.getProvider().getBundle()));
                }
            }
            List<Bundle> fragments = new ArrayList<>();
            for (BundleWire wire : wiring.getProvidedWires(HostNamespace.HOST_NAMESPACE)) {
                fragments.add(wire.getRequirer().getBundle());
            }
            for (Bundle fragment : fragments) {
                dependencies.add(id(fragment));
                nodes.put(id(fragment), node(fragment, false, List.of()));
            }
            nodes.putIfAbsent(id(bundle), node(bundle, contributes(wiring.getRevision()), dependencies));
        }
        return nodes;
    }

    private static ClasspathClosure.BundleNode node(Bundle bundle, boolean contributes, List<String> dependencies) {
        Optional<File> location = bundle.getBundleId() == 0 ? frameworkJar() : FileLocator.getBundleFileLocation(bundle);
        String unusable = null;
        Path jar = null;
        if (location.isEmpty()) {
            unusable = "has no file";
        } else if (location.get().isDirectory()) {
            unusable = "is a folder, not a jar";
        } else if (hasInnerClasspath(bundle)) {
            unusable = "carries its classes in jars inside it (Bundle-ClassPath)";
        } else {
            jar = location.get().toPath().toAbsolutePath();
        }
        return new ClasspathClosure.BundleNode(id(bundle), bundle.getSymbolicName(), jar, unusable, contributes,
                dependencies);
    }

    /** The jar of the framework itself, which exports the OSGi and JDK packages (the system bundle). */
    private static Optional<File> frameworkJar() {
        try {
            return Optional.of(new File(Bundle.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean contributes(BundleRevision revision) {
        for (BundleCapability capability : revision.getDeclaredCapabilities(SERVICE_LOADER_NAMESPACE)) {
            Object service = capability.getAttributes().get(SERVICE_LOADER_NAMESPACE);
            if (service instanceof String type && type.startsWith("org.repalign.")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFragment(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        return revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
    }

    private static boolean hasInnerClasspath(Bundle bundle) {
        String classpath = bundle.getHeaders("").get("Bundle-ClassPath");
        if (classpath == null) {
            return false;
        }
        for (String entry : classpath.split(",")) {
            String path = entry.strip();
            int parameters = path.indexOf(';');
            if (parameters >= 0) {
                path = path.substring(0, parameters).strip();
            }
            if (!path.isEmpty() && !path.equals(".") && !path.equals("/")) {
                return true;
            }
        }
        return false;
    }

    private static String id(Bundle bundle) {
        Version version = bundle.getVersion();
        return bundle.getSymbolicName() + "_" + version;
    }
}
