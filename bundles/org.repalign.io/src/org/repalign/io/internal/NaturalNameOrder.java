package org.repalign.io.internal;

import java.util.Comparator;

/**
 * Orders names as people number layers: runs of digits compare by their value, so
 * {@code layer_2} comes before {@code layer_10}; other characters compare as text. Names equal
 * under that rule (such as {@code l01} and {@code l1}) fall back to plain text order, so the
 * order is total.
 */
public final class NaturalNameOrder implements Comparator<String> {

    /** The one instance. */
    public static final NaturalNameOrder INSTANCE = new NaturalNameOrder();

    private NaturalNameOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int byValue = compareDigits(a, i, endA, b, j, endB);
                if (byValue != 0) {
                    return byValue;
                }
                i = endA;
                j = endB;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int byLength = Integer.compare(a.length() - i, b.length() - j);
        return byLength != 0 ? byLength : a.compareTo(b);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitsEnd(String s, int start) {
        int end = start;
        while (end < s.length() && isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Compares two digit runs by value, however long, ignoring leading zeros. */
    private static int compareDigits(String a, int startA, int endA, String b, int startB, int endB) {
        while (startA < endA - 1 && a.charAt(startA) == '0') {
            startA++;
        }
        while (startB < endB - 1 && b.charAt(startB) == '0') {
            startB++;
        }
        int byLength = Integer.compare(endA - startA, endB - startB);
        if (byLength != 0) {
            return byLength;
        }
        for (int k = 0; k < endA - startA; k++) {
            int byDigit = Character.compare(a.charAt(startA + k), b.charAt(startB + k));
            if (byDigit != 0) {
                return byDigit;
            }
        }
        return 0;
    }
}
