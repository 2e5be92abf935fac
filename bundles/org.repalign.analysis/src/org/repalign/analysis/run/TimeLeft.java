package org.repalign.analysis.run;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.LongSupplier;

/**
 * Estimates the time left of a task from the share of its work done and the time elapsed since
 * it started: at a share f done after t seconds, t·(1 − f)/f seconds are left (the work done so
 * far is taken as representative of the rest; for an experiment the shares are the analyses'
 * weights, see {@link org.repalign.analysis.modules.AnalysisFactory#weight()}). No estimate
 * is given before {@value #MIN_SHARE} of the work and {@value #MIN_SECONDS} s have passed, since
 * it would rest on too little.
 */
public final class TimeLeft {

    /** The share of the work done before an estimate is given. */
    public static final double MIN_SHARE = 0.02;
    /** The seconds elapsed before an estimate is given. */
    public static final double MIN_SECONDS = 2.0;

    private final LongSupplier nanoClock;
    private final long start;

    /** An estimator started now, on {@link System#nanoTime()}. */
    public TimeLeft() {
        this(System::nanoTime);
    }

    /**
     * @param nanoClock a monotonic clock in nanoseconds; the estimator starts at its current value
     */
    public TimeLeft(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
    }

    /** @return seconds since the start */
    public double elapsedSeconds() {
        return (nanoClock.getAsLong() - start) / 1e9;
    }

    /**
     * @param share the share of the work done, in [0, 1]
     * @return the seconds left, empty while there is too little to go by
     */
    public OptionalDouble secondsLeft(double share) {
        double elapsed = elapsedSeconds();
        if (!(share >= MIN_SHARE) || elapsed < MIN_SECONDS) {
            return OptionalDouble.empty();
        }
        double done = Math.min(1, share);
        return OptionalDouble.of(elapsed * (1 - done) / done);
    }

    /**
     * @param seconds a duration ≥ 0
     * @return it as people say it, rounded: {@code about 5 s left} (to 1 s below a minute),
     *         {@code about 2 min 30 s left} (to 10 s below ten minutes), {@code about 25 min left},
     *         {@code about 1 h 05 min left}
     */
    public static String format(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        if (s < 60) {
            return "about " + s + " s left";
        }
        if (s < 600) {
            long tens = Math.round(s / 10.0) * 10;
            long minutes = tens / 60;
            long rest = tens % 60;
            return "about " + minutes + " min" + (rest == 0 ? "" : " " + rest + " s") + " left";
        }
        long minutes = Math.round(s / 60.0);
        if (minutes < 60) {
            return "about " + minutes + " min left";
        }
        return String.format(Locale.ROOT, "about %d h %02d min left", minutes / 60, minutes % 60);
    }
}
