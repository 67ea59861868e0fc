package dev.cohort.runtime;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The seeds of {@code @Seeds(n)}: a fixed sequence that never changes between runs, versions or
 * machines, so {@code @Seeds(30)} always means the same 30 trials.
 *
 * <p>The sequence is SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014) started from the state {@value #ORIGIN}; each output is reduced to a
 * non-negative number below {@value #BOUND} (so seeds read well in reports, for example {@code
 * 130479}), and a number already drawn is skipped, so the {@code n} seeds are distinct. The first {@code
 * k} seeds of {@code @Seeds(n)} are the seeds of {@code @Seeds(k)}.
 */
public final class SeedSequence {

    /** The initial state of the SplitMix64 generator. */
    public static final long ORIGIN = 0x5EED_C0A7L;

    /** Every generated seed is below this bound. */
    public static final long BOUND = 1_000_000L;

    private static final long GOLDEN_GAMMA = 0x9E37_79B9_7F4A_7C15L;

    private SeedSequence() {}

    /**
     * The first {@code count} seeds of the sequence.
     *
     * @throws IllegalArgumentException when {@code count} is negative
     */
    public static long[] first(int count) {
        return draw(ORIGIN, count, new long[0]);
    }

    /**
     * The seeds of the confirmation stage of the experiment {@code experimentId} ({@code @Confirm}): the
     * same sequence started from the first 8 bytes of the SHA-256 of {@code "confirmation:" +
     * experimentId} instead of {@value #ORIGIN}, skipping every seed in {@code tuningSeeds}, so they are
     * fresh, and the same on every run and machine.
     *
     * @throws IllegalArgumentException when {@code count} is negative
     */
    public static long[] confirmation(String experimentId, int count, long[] tuningSeeds) {
        return draw(origin("confirmation:" + experimentId), count, tuningSeeds);
    }

    private static long[] draw(long origin, int count, long[] excluded) {
        if (count < 0) {
            throw new IllegalArgumentException("The number of seeds must not be negative: " + count);
        }
        Set<Long> skip = new LinkedHashSet<>();
        for (long seed : excluded) {
            skip.add(seed);
        }
        Set<Long> seeds = new LinkedHashSet<>();
        long state = origin;
        while (seeds.size() < count) {
            state += GOLDEN_GAMMA;
            long seed = Math.floorMod(mix(state), BOUND);
            if (!skip.contains(seed)) {
                seeds.add(seed);
            }
        }
        return seeds.stream().mapToLong(Long::longValue).toArray();
    }

    private static long origin(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }
}
