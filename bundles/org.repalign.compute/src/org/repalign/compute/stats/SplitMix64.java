package org.repalign.compute.stats;

/**
 * The SplitMix64 pseudo-random generator (Steele, Lea and Flood, "Fast splittable pseudorandom
 * number generators", OOPSLA 2014), written out here so that the streams RepAlign draws from a
 * seed never change with the Java version.
 *
 * <p>Algorithm, with all arithmetic modulo 2<sup>64</sup>:
 * <pre>
 *   state ← seed
 *   nextLong():  state ← state + 0x9E3779B97F4A7C15
 *                z ← state
 *                z ← (z xor (z &gt;&gt;&gt; 30)) · 0xBF58476D1CE4E5B9
 *                z ← (z xor (z &gt;&gt;&gt; 27)) · 0x94D049BB133111EB
 *                return z xor (z &gt;&gt;&gt; 31)
 * </pre>
 * This is the stream of {@code java.util.SplittableRandom(seed).nextLong()} and of the
 * reference C code {@code splitmix64.c} by Vigna.
 *
 * <p>{@link #nextInt(int)} maps the stream to {@code [0, bound)} without bias by rejection:
 * {@code u} = the upper 32 bits of {@code nextLong()} as an unsigned number; accept when
 * {@code u < 2^32 − (2^32 mod bound)} and return {@code u mod bound}, otherwise draw again.
 *
 * <p>Instances are not thread-safe.
 */
public final class SplitMix64 {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long TWO_TO_32 = 1L << 32;

    private long state;

    /** @param seed the initial state */
    public SplitMix64(long seed) {
        this.state = seed;
    }

    /** @return the next 64 pseudo-random bits */
    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /**
     * @param bound exclusive upper bound, positive
     * @return a uniform integer in {@code [0, bound)}
     * @throws IllegalArgumentException when {@code bound <= 0}
     */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        long limit = TWO_TO_32 - (TWO_TO_32 % bound);
        while (true) {
            long u = nextLong() >>> 32;
            if (u < limit) {
                return (int) (u % bound);
            }
        }
    }

    /** @return a uniform double in {@code [0, 1)}: the upper 53 bits of {@link #nextLong()} times 2<sup>−53</sup> */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /**
     * A standard Gaussian from the next two uniforms u, v by the Box–Muller transform, cosine
     * branch: √(−2 ln(1 − u)) · cos(2πv).
     *
     * @return the draw
     */
    public double nextGaussian() {
        double u = nextDouble();
        double v = nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }

    /**
     * @return the generator's state: {@code new SplitMix64(state())} continues this stream
     *         exactly, which is how a resumed computation picks up its random choices
     */
    public long state() {
        return state;
    }

    /**
     * @param bound a positive bound
     * @return a float uniform in (−bound, bound), from one {@link #nextDouble()}
     */
    public float uniform(double bound) {
        return (float) ((2 * nextDouble() - 1) * bound);
    }

    /**
     * The SplitMix64 output function (Stafford's "variant 13" finaliser), a bijection on 64-bit
     * values.
     *
     * @param z any value
     * @return the mixed value
     */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
