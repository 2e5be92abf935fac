package org.repalign.compute.protocol;

/**
 * An unordered pair of sources (models, representations), first &lt; second, with its stable
 * index in {@link SourcePairs} order.
 *
 * @param first  index of the first source
 * @param second index of the second source, larger than {@code first}
 * @param index  the pair's position in the enumeration; used as the pair index of the protocol
 */
public record SourcePair(int first, int second, int index) {
}
