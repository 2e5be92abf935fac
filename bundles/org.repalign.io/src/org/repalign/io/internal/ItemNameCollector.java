package org.repalign.io.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects item names in row order and reports the first duplicate with both locations. */
public final class ItemNameCollector {

    private final String unit;
    private final List<String> names = new ArrayList<>();
    private final Map<String, Long> firstSeen = new HashMap<>();

    /** @param unit how locations are called in messages, e.g. {@code line} or {@code word} */
    public ItemNameCollector(String unit) {
        this.unit = unit;
    }

    /**
     * @param name     the next name
     * @param location its line or record number
     * @throws MalformedContentException when the name was seen before
     */
    public void add(String name, long location) throws MalformedContentException {
        Long previous = firstSeen.putIfAbsent(name, location);
        if (previous != null) {
            throw new MalformedContentException("item '" + name + "' appears twice, on " + unit + "s " + previous
                    + " and " + location);
        }
        names.add(name);
    }

    /** @return the names in order */
    public List<String> names() {
        return names;
    }
}
