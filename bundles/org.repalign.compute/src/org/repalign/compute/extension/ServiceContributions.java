package org.repalign.compute.extension;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds contributions through {@link ServiceLoader}: every {@code META-INF/services/<type>} file
 * visible to a class loader. Providers from the service type's own jar or bundle come first
 * (RepAlign's own metrics, readers and SAE architectures are listed the same way there), then
 * the others in class path order; within a file, in line order. A provider
 * that cannot be loaded or instantiated is reported through {@link ContributionProblems} and
 * skipped; the others are still returned.
 *
 * <p>In OSGi the call to {@link ServiceLoader#load(Class, ClassLoader)} below is woven by the
 * Service Loader Mediator (Aries SPI Fly): this bundle's manifest requires the
 * {@code osgi.serviceloader.processor} extender, so the mediator lets the loader also see the
 * service files of every bundle that provides the {@code osgi.serviceloader} capability of the
 * type asked for (and requires the {@code osgi.serviceloader.registrar} extender). The manifest
 * names no {@code osgi.serviceloader} requirements: the build would read them as dependencies
 * on the contributing bundles, which depend on this one, and without them the mediator offers
 * every provider of the type. There a contribution is named by its bundle's symbolic name; on a
 * plain class path, by its provider class.
 */
public final class ServiceContributions {

    private ServiceContributions() {
    }

    /**
     * @param <T>    the service type
     * @param type   the service type
     * @param loader the class loader whose service files are read
     * @return the providers that could be instantiated, each named by its class
     */
    public static <T> List<Contribution<T>> load(Class<T> type, ClassLoader loader) {
        List<Contribution<T>> own = new ArrayList<>();
        List<Contribution<T>> others = new ArrayList<>();
        // the iterator, unlike the stream, goes on to the next provider after an error
        Iterator<T> providers = ServiceLoader.load(type, loader).iterator();
        String lastProblem = null;
        while (true) {
            try {
                if (!providers.hasNext()) {
                    break;
                }
                T provider = providers.next();
                // RepAlign's own first, whatever the class path order
                (isOwn(type, provider) ? own : others).add(new Contribution<>(provider, contributor(type, provider)));
                lastProblem = null;
            } catch (ServiceConfigurationError | LinkageError e) {
                String problem = describe(e);
                if (problem.equals(lastProblem)) {
                    // the same error twice in a row: the service files themselves cannot be read
                    break;
                }
                lastProblem = problem;
                ContributionProblems.report(listedBy(type, e), problem);
            }
        }
        own.addAll(others);
        return own;
    }

    /**
     * @param type     a service type of RepAlign
     * @param provider a provider of it
     * @return who contributed it: in OSGi the symbolic name of the provider's bundle, unless that
     *         is the bundle of the service type itself (its built-ins and its test fragments),
     *         which is named by the provider class as it is on a plain class path
     */
    public static String contributor(Class<?> type, Object provider) {
        Class<?> implementation = provider.getClass();
        Optional<String> bundle = BundleNames.ofClass(implementation);
        if (bundle.isPresent() && !bundle.equals(BundleNames.ofClass(type))) {
            return bundle.get();
        }
        return implementation.getName();
    }

    /**
     * Names the contributor of a provider that could not be loaded: the bundle whose service
     * file lists it (OSGi), else the service file.
     */
    private static String listedBy(Class<?> type, Throwable failure) {
        String file = "META-INF/services/" + type.getName();
        String message = failure.getMessage();
        // ServiceLoader's messages name the provider as "Provider <class name> ..."
        int at = message == null ? -1 : message.indexOf("Provider ");
        if (at < 0) {
            return file;
        }
        String provider = message.substring(at + "Provider ".length()).split("\\s", 2)[0];
        return BundleNames.listing(type, provider).orElse(file);
    }

    /**
     * @param type     a service type of RepAlign
     * @param provider a provider of it
     * @return whether the provider comes from the same jar or bundle as the type: one of
     *         RepAlign's own, not a contribution, and not guarded like one
     */
    public static boolean isOwn(Class<?> type, Object provider) {
        java.security.CodeSource home = codeSource(type);
        return home != null && sameLocation(home, codeSource(provider.getClass()));
    }

    private static java.security.CodeSource codeSource(Class<?> type) {
        try {
            return type.getProtectionDomain().getCodeSource();
        } catch (SecurityException e) {
            return null;
        }
    }

    private static boolean sameLocation(java.security.CodeSource a, java.security.CodeSource b) {
        return b != null && a.getLocation() != null && a.getLocation().equals(b.getLocation());
    }

    /**
     * @param failure an exception or error
     * @return its message, or its type when it has none, with the first cause's message
     */
    public static String describe(Throwable failure) {
        String text = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        Throwable cause = failure.getCause();
        if (cause != null && cause != failure) {
            text += " (" + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()) + ")";
        }
        return text;
    }
}
