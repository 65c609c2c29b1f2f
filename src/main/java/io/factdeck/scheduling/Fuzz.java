package io.factdeck.scheduling;

/**
 * Interval fuzz: review intervals of 3 days or more move a little, so that cards learned together spread over
 * several days instead of coming back as one lump. The spread grows with the interval (Anki's and ts-fsrs's
 * ranges): about ±1 day at 3 days, ±2.7 at 17 days, ±5.9 at 80 days.
 */
public final class Fuzz {

    private Fuzz() {}

    /** The days an interval may be fuzzed to, both ends inclusive. */
    public record Range(int min, int max) {}

    /**
     * A fuzz factor that depends only on the card and how many times it has been answered, so that replaying a
     * history gives the same intervals and one card's schedule never depends on the order other cards were
     * answered in.
     *
     * <p>Pass the card's {@link CardState#reps()} before the answer, and use the same value for the button
     * previews and for the answer, so that the interval a button shows is the interval the card gets.
     *
     * @param cardId a stable id of the student's card (the progress row, not the shared question)
     * @param reps answers so far, at least 0
     * @return a value in [0, 1), spread evenly
     */
    public static double factor(long cardId, int reps) {
        if (reps < 0) {
            throw new IllegalArgumentException("reps must not be negative, was " + reps);
        }
        long mixed = splitMix(splitMix(cardId) + reps);
        return (mixed >>> 11) * 0x1.0p-53;
    }

    /**
     * The days a review interval may be fuzzed to (ts-fsrs 5.4.2's {@code get_fuzz_range}). The range never
     * reaches below 2 days or above the maximum interval, and when the card is answered before its interval has
     * passed it starts after the days already elapsed, so that fuzz cannot schedule the card in the past.
     *
     * @param interval the unfuzzed interval in days, at least 1
     * @param elapsedDays days since the last answer
     * @param maximumInterval the longest interval allowed, in days
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
     * The fuzzed interval. Intervals under 3 days are returned as they are.
     *
     * @param interval the unfuzzed interval in days, at least 1
     * @param elapsedDays days since the last answer
     * @param maximumInterval the longest interval allowed, in days
     * @param factor a value in [0, 1), from {@link #factor(long, int)}
     * @return a day count in {@link #range(int, int, int)}
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
