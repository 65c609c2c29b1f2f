package io.factdeck.scheduling;

/**
 * Interval fuzz, which spreads cards learned together over several days: about ±1 day at 3 days, ±2.7 at 17, ±6
 * at 80 (Anki's and ts-fsrs's ranges).
 */
public final class Fuzz {

    private Fuzz() {}

    /** Inclusive bounds in days. */
    public record Range(int min, int max) {}

    /**
     * A factor in [0, 1) from the card and its answer count only, so that a replay gives the same intervals and
     * other cards' answers never shift this one. Pass the card's {@link CardState#reps()} before the answer, to the
     * preview and to the answer alike.
     *
     * @param cardId a stable id of the student's card (the progress row, not the shared question)
     */
    public static double factor(long cardId, int reps) {
        if (reps < 0) {
            throw new IllegalArgumentException("reps must not be negative, was " + reps);
        }
        long mixed = splitMix(splitMix(cardId) + reps);
        return (mixed >>> 11) * 0x1.0p-53;
    }

    /**
     * The fuzz range of an interval (ts-fsrs 5.4.2's {@code get_fuzz_range}): at least 2 days, at most the maximum
     * interval, and after the days already elapsed when the card is answered early.
     */
    public static Range range(int interval, int elapsedDays, int maximumInterval) {
        double delta = 1.0
                + 0.15 * Math.max(Math.min(interval, 7.0) - 2.5, 0.0)
                + 0.10 * Math.max(Math.min(interval, 20.0) - 7.0, 0.0)
                + 0.05 * Math.max(interval - 20.0, 0.0);
        int capped = Math.min(interval, maximumInterval);
        int min = (int) Math.max(2, Math.round(capped - delta));
        int max = (int) Math.min(Math.round(capped + delta), maximumInterval);
        if (capped > elapsedDays) {
            min = Math.max(min, elapsedDays + 1);
        }
        return new Range(Math.min(min, max), max);
    }

    /**
     * The fuzzed interval in days; intervals under 3 days are kept.
     *
     * @param interval the unfuzzed interval in days, at least 1
     * @param factor in [0, 1), from {@link #factor(long, int)}
     */
    public static int apply(int interval, int elapsedDays, int maximumInterval, double factor) {
        if (!(factor >= 0 && factor < 1)) {
            throw new IllegalArgumentException("fuzz factor must be in [0, 1), was " + factor);
        }
        if (interval < 3) {
            return interval;
        }
        Range range = range(interval, elapsedDays, maximumInterval);
        return (int) Math.floor(factor * (range.max() - range.min() + 1) + range.min());
    }

    /** SplitMix64's finaliser: a cheap, well-mixed 64-bit hash. */
    private static long splitMix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
