package org.repalign.compute.extension;

import java.util.Objects;

/**
 * A contributed object together with the name of its contributor: the bundle's symbolic name in
 * OSGi, the provider class on a plain classpath (see {@link ServiceContributions#contributor}).
 *
 * @param <T>         the contributed type
 * @param value       the contributed object
 * @param contributor who contributed it, for messages
 */
public record Contribution<T>(T value, String contributor) {

    /** Compact constructor: both parts are required. */
    public Contribution {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(contributor, "contributor");
    }
}
