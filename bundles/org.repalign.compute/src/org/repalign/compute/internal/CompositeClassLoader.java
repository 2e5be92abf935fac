package org.repalign.compute.internal;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A class loader that asks several loaders in turn. ND4J discovers its backend and its native
 * helpers through one class loader (ServiceLoader and {@code Class.forName}); inside OSGi every
 * wrapped jar has a loader of its own, so ND4J is handed this union of them.
 */
public final class CompositeClassLoader extends ClassLoader {

    private final List<ClassLoader> delegates;

    /** @param delegates the loaders to ask, in order; duplicates are asked once */
    public CompositeClassLoader(ClassLoader... delegates) {
        super(null);
        this.delegates = List.copyOf(new LinkedHashSet<>(List.of(delegates)));
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (ClassLoader loader : delegates) {
            try {
                return loader.loadClass(name);
            } catch (ClassNotFoundException e) {
                // not in this one: ask the next
            }
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        for (ClassLoader loader : delegates) {
            URL url = loader.getResource(name);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        Set<URL> all = new LinkedHashSet<>();
        for (ClassLoader loader : delegates) {
            all.addAll(Collections.list(loader.getResources(name)));
        }
        return Collections.enumeration(new ArrayList<>(all));
    }
}
