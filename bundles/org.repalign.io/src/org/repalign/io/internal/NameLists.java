package org.repalign.io.internal;

import java.util.List;

/** Renders lists of names for messages, shortened when long. */
public final class NameLists {

    private static final int SHOWN = 8;

    private NameLists() {
    }

    /**
     * @param names names
     * @return e.g. {@code 'a', 'b', 'c'} or {@code 'a', ..., 'h' and 12 more}
     */
    public static String summarize(List<String> names) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(SHOWN, names.size()); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append('\'').append(names.get(i)).append('\'');
        }
        if (names.size() > SHOWN) {
            out.append(" and ").append(names.size() - SHOWN).append(" more");
        }
        return out.toString();
    }
}
