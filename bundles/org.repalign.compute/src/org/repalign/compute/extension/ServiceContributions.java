package org.repalign.compute.extension;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds contributions through {@link ServiceLoader}: every {@code META-INF/services/<type>} file
 * visible to a class loader. Providers from the service type's own jar or bundle come first
 * (RepAlign's own metrics, readers and SAE architectures are listed the same way there), then
 * the others in class path order; within a file, in line order. A provider
 * that cannot be loaded or instantiated is reported through {@link ContributionProblems} and
 * skipped; the others are still returned.
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
                (isOwn(type, provider) ? own : others).add(new Contribution<>(provider, provider.getClass().getName()));
                lastProblem = null;
            } catch (ServiceConfigurationError | LinkageError e) {
                String problem = describe(e);
                if (problem.equals(lastProblem)) {
                    // the same error twice in a row: the service files themselves cannot be read
                    break;
                }
                lastProblem = problem;
                ContributionProblems.report("META-INF/services/" + type.getName(), problem);
            }
        }
        own.addAll(others);
        return own;
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
