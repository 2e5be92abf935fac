package org.repalign.io.internal;

import java.util.Locale;

/**
 * Parses numbers as text formats write them: decimal and scientific notation, and the
 * spellings of non-finite values that numpy and other tools emit ({@code nan}, {@code inf},
 * {@code -inf}, {@code Infinity}), so that they can be read and then reported by the finite
 * check rather than rejected as text.
 */
public final class DecimalText {

    private DecimalText() {
    }

    /**
     * @param token the text of one value
     * @return the value
     * @throws NumberFormatException when it is not a number
     */
    public static double parse(String token) {
        if (token.isEmpty()) {
            throw new NumberFormatException("empty");
        }
        char first = token.charAt(0);
        char last = token.charAt(token.length() - 1);
        if (Character.isDigit(last) || last == '.') {
            if (token.indexOf('x') >= 0 || token.indexOf('X') >= 0) {
                throw new NumberFormatException(token);
            }
            return Double.parseDouble(token);
        }
        String lower = token.toLowerCase(Locale.ROOT);
        boolean negative = first == '-';
        String body = first == '-' || first == '+' ? lower.substring(1) : lower;
        return switch (body) {
            case "nan" -> Double.NaN;
            case "inf", "infinity" -> negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            default -> throw new NumberFormatException(token);
        };
    }

    /**
     * @param token some text
     * @return whether {@link #parse} accepts it
     */
    public static boolean isNumber(String token) {
        try {
            parse(token);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
