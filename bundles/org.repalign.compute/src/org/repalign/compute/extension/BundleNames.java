package org.repalign.compute.extension;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Optional;

/**
 * The OSGi bundle a contribution comes from, named by its symbolic name, found without a
 * dependency on the OSGi API so that this bundle still runs on a plain class path (where every
 * lookup here finds nothing). In OSGi a bundle's class loader implements
 * {@code org.osgi.framework.BundleReference}; the lookups call that interface and
 * {@code org.osgi.framework.Bundle} / {@code BundleContext} reflectively, through their public
 * interface methods.
 */
final class BundleNames {

    private static final String BUNDLE_REFERENCE = "org.osgi.framework.BundleReference";
    private static final String BUNDLE = "org.osgi.framework.Bundle";
    private static final String BUNDLE_CONTEXT = "org.osgi.framework.BundleContext";

    private BundleNames() {
    }

    /**
     * @param type a class
     * @return the symbolic name of the bundle whose class loader defined it; empty outside OSGi
     */
    static Optional<String> ofClass(Class<?> type) {
        return bundleOf(type).flatMap(BundleNames::symbolicName);
    }

    /**
     * Finds the bundle whose {@code META-INF/services/<service>} file (its own or one of its
     * fragments') lists a provider, e.g. one whose class is missing and so has no class loader
     * to ask.
     *
     * @param service  the service type
     * @param provider the provider's class name as listed
     * @return the listing bundle's symbolic name; empty outside OSGi or when no bundle lists it
     */
    static Optional<String> listing(Class<?> service, String provider) {
        try {
            Optional<Object> home = bundleOf(service);
            if (home.isEmpty()) {
                return Optional.empty();
            }
            Object context = call(home.get(), BUNDLE, "getBundleContext");
            if (context == null) {
                return Optional.empty();
            }
            Object[] bundles = (Object[]) call(context, BUNDLE_CONTEXT, "getBundles");
            for (Object bundle : bundles) {
                Enumeration<?> files = (Enumeration<?>) call(bundle, BUNDLE, "findEntries",
                        new Class<?>[] {String.class, String.class, boolean.class}, "META-INF/services",
                        service.getName(), Boolean.FALSE);
                while (files != null && files.hasMoreElements()) {
                    if (lists((URL) files.nextElement(), provider)) {
                        return symbolicName(bundle);
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // not the framework expected: name no bundle
        }
        return Optional.empty();
    }

    private static Optional<Object> bundleOf(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        if (loader == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(call(loader, BUNDLE_REFERENCE, "getBundle"));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> symbolicName(Object bundle) {
        try {
            return Optional.ofNullable((String) call(bundle, BUNDLE, "getSymbolicName"));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean lists(URL file, String provider) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(file.openStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int comment = line.indexOf('#');
                if ((comment < 0 ? line : line.substring(0, comment)).strip().equals(provider)) {
                    return true;
                }
            }
        } catch (IOException e) {
            // an unreadable file lists nothing
        }
        return false;
    }

    private static Object call(Object target, String interfaceName, String method) throws ReflectiveOperationException {
        return call(target, interfaceName, method, new Class<?>[0]);
    }

    private static Object call(Object target, String interfaceName, String method, Class<?>[] parameters,
            Object... arguments) throws ReflectiveOperationException {
        Class<?> api = implemented(target.getClass(), interfaceName);
        if (api == null) {
            throw new NoSuchMethodException(interfaceName + "." + method);
        }
        Method declared = api.getMethod(method, parameters);
        return declared.invoke(target, arguments);
    }

    private static Class<?> implemented(Class<?> type, String interfaceName) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> candidate : c.getInterfaces()) {
                Class<?> found = candidate.getName().equals(interfaceName) ? candidate
                        : implemented(candidate, interfaceName);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
