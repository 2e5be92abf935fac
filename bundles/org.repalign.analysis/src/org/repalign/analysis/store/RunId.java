package org.repalign.analysis.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Run ids: the UTC start time and a short hash of the experiment as run, for instance
 * {@code 20261201T234155Z-3f9a1c2e}, so that runs sort by time and runs of different
 * experiment versions are told apart.
 */
public final class RunId {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    /** A run id with an optional {@code -N} suffix of runs that started in the same second. */
    private static final java.util.regex.Pattern PATTERN = java.util.regex.Pattern
            .compile("(\\d{8}T\\d{6}Z)-[0-9a-f]{8}(-\\d+)?");

    private RunId() {
    }

    /**
     * @param start      the run's start
     * @param experiment the experiment as run (file bytes or a canonical description)
     * @return the id
     */
    public static String of(Instant start, byte[] experiment) {
        return TIME.format(start) + "-" + shortHash(experiment);
    }

    /**
     * @param runId a run id, possibly with a {@code -N} suffix
     * @return the run's UTC start read back from the id, or empty when it is not a run id
     */
    public static java.util.Optional<Instant> start(String runId) {
        java.util.regex.Matcher matcher = PATTERN.matcher(runId);
        if (!matcher.matches()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(TIME.parse(matcher.group(1), Instant::from));
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * @param text any text
     * @return its UTF-8 bytes, for {@link #of(Instant, byte[])}
     */
    public static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String shortHash(byte[] bytes) {
        return sha256Hex(bytes).substring(0, 8);
    }

    /**
     * @param bytes any bytes
     * @return their SHA-256 as 64 lowercase hex digits
     */
    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
