package io.factdeck.scheduling;

import java.util.List;

/**
 * The FSRS-6 memory model. It rounds to 8 decimals wherever ts-fsrs 5.4.2 does, so that schedules match it to the
 * day, and uses {@link StrictMath} for the same bits on every platform.
 */
final class FsrsFormulas {

    record Memory(double stability, double difficulty) {}

    private final double[] w;
    private final double decay;
    private final double factor;
    private final double intervalModifier;
    private final boolean shortTerm;

    FsrsFormulas(List<Double> weights, double desiredRetention, boolean shortTerm) {
        this.w = weights.stream().mapToDouble(Double::doubleValue).toArray();
        this.decay = -w[20];
        // chosen so that retrievability is exactly 90% when the elapsed time equals the stability
        this.factor = round8(StrictMath.exp(StrictMath.pow(decay, -1) * StrictMath.log(0.9)) - 1.0);
        this.intervalModifier = round8((StrictMath.pow(desiredRetention, 1 / decay) - 1) / factor);
        this.shortTerm = shortTerm;
    }

    /** Rounds half up to 8 decimals, as ts-fsrs's {@code roundTo(x, 8)}. */
    static double round8(double x) {
        return Math.round(x * 1e8) / 1e8;
    }

    double retrievability(double elapsedDays, double stability) {
        return round8(StrictMath.pow(1 + factor * elapsedDays / stability, decay));
    }

    /** Interval days per day of stability at the desired retention. */
    double intervalModifier() {
        return intervalModifier;
    }

    Memory initial(Rating rating) {
        int g = rating.grade();
        double difficulty = Math.min(Math.max(initDifficulty(g), 1), 10);
        // ts-fsrs floors the first stability at 0.1 where fsrs-rs uses 0.001; only odd weights reach either
        double stability = Math.max(w[g - 1], 0.1);
        return new Memory(stability, difficulty);
    }

    /** The memory after an answer to a card answered before, {@code elapsedDays} study days after the last. */
    Memory next(Memory memory, int elapsedDays, Rating rating, double retrievability) {
        double d = memory.difficulty();
        double s = memory.stability();
        double newStability;
        if (elapsedDays == 0 && shortTerm) {
            newStability = shortTermStability(s, rating.grade());
        } else if (rating == Rating.AGAIN) {
            double afterLapse = forgetStability(d, s, retrievability);
            // a lapse may not leave the card stronger than before it, allowing for the same-day answers to come
            double ceiling = shortTerm ? s / StrictMath.exp(w[17] * w[18]) : s;
            newStability = Math.min(Math.max(round8(ceiling), Scheduler.MIN_STABILITY), afterLapse);
        } else {
            newStability = recallStability(d, s, retrievability, rating.grade());
        }
        return new Memory(newStability, nextDifficulty(d, rating.grade()));
    }

    private double initDifficulty(int g) {
        return round8(w[4] - StrictMath.exp((g - 1) * w[5]) + 1);
    }

    private double nextDifficulty(double d, int g) {
        double delta = -w[6] * (g - 3);
        // linear damping: difficulty approaches 10 ever more slowly
        double damped = d + round8(delta * (10 - d) / 9);
        // mean reversion towards the (unclamped) difficulty of a first Easy
        double reverted = round8(w[7] * initDifficulty(4) + (1 - w[7]) * damped);
        return Math.min(Math.max(reverted, 1), 10);
    }

    private double recallStability(double d, double s, double r, int g) {
        double hardPenalty = g == Rating.HARD.grade() ? w[15] : 1;
        double easyBonus = g == Rating.EASY.grade() ? w[16] : 1;
        double increase = StrictMath.exp(w[8])
                * (11 - d)
                * StrictMath.pow(s, -w[9])
                * (StrictMath.exp((1 - r) * w[10]) - 1)
                * hardPenalty
                * easyBonus;
        return round8(clampStability(s * (1 + increase)));
    }

    private double forgetStability(double d, double s, double r) {
        double value = w[11]
                * StrictMath.pow(d, -w[12])
                * (StrictMath.pow(s + 1, w[13]) - 1)
                * StrictMath.exp((1 - r) * w[14]);
        return round8(clampStability(value));
    }

    private double shortTermStability(double s, int g) {
        double increase = StrictMath.pow(s, -w[19]) * StrictMath.exp(w[17] * (g - 3 + w[18]));
        // a pass on the same day never lowers stability (fsrs-rs and ts-fsrs; py-fsrs exempts Hard)
        if (g >= Rating.HARD.grade()) {
            increase = Math.max(increase, 1.0);
        }
        return round8(clampStability(s * increase));
    }

    private static double clampStability(double s) {
        return Math.min(Math.max(s, Scheduler.MIN_STABILITY), Scheduler.MAX_STABILITY);
    }
}
