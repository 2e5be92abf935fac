package org.repalign.io.internal;

import java.util.regex.Pattern;

/**
 * A name pattern as a shell writes one: {@code *} stands for any characters, {@code ?} for one,
 * everything else for itself; a pattern matches a whole name.
 */
public final class NamePattern {

    private final Pattern regex;

    private NamePattern(Pattern regex) {
        this.regex = regex;
    }

    /**
     * @param text a name or pattern, or {@code null}
     * @return whether it holds {@code *} or {@code ?}
     */
    public static boolean isPattern(String text) {
        return text != null && (text.indexOf('*') >= 0 || text.indexOf('?') >= 0);
    }

    /**
     * @param pattern the pattern
     * @return it compiled
     */
    public static NamePattern of(String pattern) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '*' || c == '?') {
                if (!literal.isEmpty()) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return new NamePattern(Pattern.compile(regex.toString(), Pattern.DOTALL));
    }

    /**
     * @param name a name
     * @return whether the whole name matches
     */
    public boolean matches(String name) {
        return regex.matcher(name).matches();
    }
}
