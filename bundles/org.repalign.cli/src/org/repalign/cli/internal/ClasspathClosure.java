package org.repalign.cli.internal;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which jars a headless start needs, worked out from the bundles the OSGi framework resolved: the
 * command-line bundle, every bundle that contributes RepAlign services (metrics, readers, SAE
 * architectures, analyses: the installed plug-ins), and everything these are wired to, fragments
 * included. The jars come in that order: the command line's first, then what it needs, then the
 * plug-ins. Some installations cannot start without the framework; the closure then says why
 * instead of listing jars: a needed bundle that is a folder or carries jars inside it (a plain
 * classpath takes neither), or a plug-in that needs the user interface.
 */
final class ClasspathClosure {

    /**
     * A resolved bundle.
     *
     * @param id           its identity in the graph (symbolic name and version)
     * @param name         its symbolic name
     * @param jar          its jar, or {@code null} when it cannot go on a plain classpath
     * @param unusable     why it cannot go on a plain classpath ("is a folder"), or {@code null}
     * @param contributes  whether it contributes RepAlign services
     * @param dependencies the ids of the bundles it is wired to and of its fragments
     */
    record BundleNode(String id, String name, Path jar, String unusable, boolean contributes,
            List<String> dependencies) {

        BundleNode {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            if ((jar == null) == (unusable == null)) {
                throw new IllegalArgumentException(id + ": exactly one of jar and unusable must be given");
            }
            dependencies = List.copyOf(dependencies);
        }
    }

    /**
     * What the closure found.
     *
     * @param jars            the jars of a plain start, in order; empty when {@link #frameworkReason} is set
     * @param frameworkReason why starts need the framework, or {@code null}
     */
    record Outcome(List<Path> jars, String frameworkReason) {

        Outcome {
            jars = List.copyOf(jars);
        }

        boolean plain() {
            return frameworkReason == null;
        }
    }

    private ClasspathClosure() {
    }

    /**
     * @param bundles the resolved bundles by id
     * @param root    the id of the command-line bundle
     * @return the jars, or why the framework is needed
     */
    static Outcome resolve(Map<String, BundleNode> bundles, String root) {
        BundleNode start = bundles.get(root);
        if (start == null) {
            throw new IllegalArgumentException("the command-line bundle '" + root + "' is not among the bundles");
        }
        Set<String> included = new LinkedHashSet<>();
        String reason = collect(bundles, start, included, "the command line");
        for (BundleNode bundle : bundles.values()) {
            if (reason == null && bundle.contributes() && !included.contains(bundle.id())) {
                reason = collect(bundles, bundle, included, "the plug-in " + bundle.name());
            }
        }
        if (reason != null) {
            return new Outcome(List.of(), reason);
        }
        List<Path> jars = new ArrayList<>();
        for (String id : included) {
            jars.add(bundles.get(id).jar());
        }
        return new Outcome(jars, null);
    }

    /** Adds what {@code from} needs, breadth first; returns why that fails, or null. */
    private static String collect(Map<String, BundleNode> bundles, BundleNode from, Set<String> included,
            String who) {
        Deque<BundleNode> queue = new ArrayDeque<>();
        Set<String> seen = new LinkedHashSet<>(included);
        if (seen.add(from.id())) {
            queue.add(from);
        }
        List<String> added = new ArrayList<>();
        while (!queue.isEmpty()) {
            BundleNode bundle = queue.removeFirst();
            if (isUserInterface(bundle.name())) {
                return who + " needs the user interface (" + bundle.name() + ")";
            }
            if (bundle.unusable() != null) {
                return who + " needs " + bundle.name() + ", which " + bundle.unusable();
            }
            added.add(bundle.id());
            for (String dependency : bundle.dependencies()) {
                BundleNode next = bundles.get(dependency);
                if (next != null && seen.add(next.id())) {
                    queue.add(next);
                }
            }
        }
        included.addAll(added);
        return null;
    }

    /** Whether a bundle is part of the user interface (SWT, JFace, the workbench). */
    static boolean isUserInterface(String symbolicName) {
        return symbolicName.equals("org.eclipse.swt") || symbolicName.startsWith("org.eclipse.swt.")
                || symbolicName.startsWith("org.eclipse.jface") || symbolicName.equals("org.eclipse.ui")
                || symbolicName.startsWith("org.eclipse.ui.") || symbolicName.startsWith("org.eclipse.e4.ui.");
    }
}
