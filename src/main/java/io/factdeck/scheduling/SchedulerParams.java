package io.factdeck.scheduling;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * FSRS-6 settings. Weights outside the optimiser bounds are clamped into them, as ts-fsrs does. Steps are whole
 * minutes; empty learning steps graduate new cards at once, empty relearning steps send a lapse straight back to
 * review. With {@code shortTerm} off every answer is scheduled in days (ts-fsrs's long-term scheduler).
 *
 * @param weights the 21 weights w0..w20
 * @param desiredRetention target recall probability, in (0, 1]; students choose within
 *     {@link #withStudentRetention(double)}'s range
 * @param maximumInterval the longest interval in days, at least 1
 * @param fuzz whether review intervals of 3 days or more are spread at random
 */
public record SchedulerParams(
        List<Double> weights,
        double desiredRetention,
        int maximumInterval,
        List<Duration> learningSteps,
        List<Duration> relearningSteps,
        boolean shortTerm,
        boolean fuzz) {

    /** FSRS-6 defaults (fsrs-rs, ts-fsrs 5.4.2): medians of per-user optima over 10k Anki users. */
    public static final List<Double> DEFAULT_WEIGHTS = List.of(
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629,
            1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

    public static final double DEFAULT_RETENTION = 0.90;
    // below 80% forgetting feels like failing; above 97% the workload rises steeply for little gain
    public static final double MIN_STUDENT_RETENTION = 0.80;
    public static final double MAX_STUDENT_RETENTION = 0.97;

    public static final int DEFAULT_MAXIMUM_INTERVAL = 36500;

    private static final int WEIGHT_COUNT = 21;
    private static final double W17_W18_CEILING = 2.0;

    public SchedulerParams {
        Objects.requireNonNull(weights, "weights");
        if (weights.size() != WEIGHT_COUNT) {
            throw new IllegalArgumentException("FSRS-6 needs 21 weights, got " + weights.size());
        }
        for (Double w : weights) {
            if (w == null || !Double.isFinite(w)) {
                throw new IllegalArgumentException("weights must be finite numbers: " + weights);
            }
        }
        if (!(desiredRetention > 0 && desiredRetention <= 1)) {
            throw new IllegalArgumentException("desired retention must be in (0, 1], was " + desiredRetention);
        }
        if (maximumInterval < 1) {
            throw new IllegalArgumentException("maximum interval must be at least 1 day, was " + maximumInterval);
        }
        learningSteps = checkedSteps(learningSteps, "learning");
        relearningSteps = checkedSteps(relearningSteps, "relearning");
        weights = clip(weights, relearningSteps.size(), shortTerm);
    }

    /** Default weights, 90% retention, 36500 days, steps 1m 10m, relearning 10m, short-term and fuzz on. */
    public static SchedulerParams defaults() {
        return new SchedulerParams(
                DEFAULT_WEIGHTS,
                DEFAULT_RETENTION,
                DEFAULT_MAXIMUM_INTERVAL,
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
                List.of(Duration.ofMinutes(10)),
                true,
                true);
    }

    /** With a student's retention target; IllegalArgumentException outside 0.80 to 0.97. */
    public SchedulerParams withStudentRetention(double retention) {
        if (!(retention >= MIN_STUDENT_RETENTION && retention <= MAX_STUDENT_RETENTION)) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "desired retention must be between %.2f and %.2f, was %s",
                    MIN_STUDENT_RETENTION,
                    MAX_STUDENT_RETENTION,
                    retention));
        }
        return withDesiredRetention(retention);
    }

    /** With any retention target in (0, 1], for simulations and tests. */
    public SchedulerParams withDesiredRetention(double retention) {
        return new SchedulerParams(
                weights, retention, maximumInterval, learningSteps, relearningSteps, shortTerm, fuzz);
    }

    public SchedulerParams withFuzz(boolean enabled) {
        return new SchedulerParams(
                weights, desiredRetention, maximumInterval, learningSteps, relearningSteps, shortTerm, enabled);
    }

    /**
     * Reads steps as ts-fsrs and Anki write them, whole numbers with m, h or d separated by spaces or commas:
     * {@code "1m 10m"}, {@code "15m,1h"}.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static List<Duration> parseSteps(String text) {
        List<Duration> steps = new ArrayList<>();
        for (String part : text.trim().split("[\\s,]+")) {
            if (!part.isEmpty()) {
                steps.add(parseStep(part));
            }
        }
        return List.copyOf(steps);
    }

    private static Duration parseStep(String step) {
        if (!step.matches("\\d{1,7}[mhd]")) {
            throw new IllegalArgumentException("a step is a whole number with m, h or d, was '" + step + "'");
        }
        long value = Long.parseLong(step.substring(0, step.length() - 1));
        return switch (step.charAt(step.length() - 1)) {
            case 'm' -> Duration.ofMinutes(value);
            case 'h' -> Duration.ofHours(value);
            default -> Duration.ofDays(value);
        };
    }

    private static List<Duration> checkedSteps(List<Duration> steps, String kind) {
        Objects.requireNonNull(steps, kind + " steps");
        for (Duration step : steps) {
            if (step == null || step.isNegative() || step.getNano() != 0 || step.getSeconds() % 60 != 0) {
                throw new IllegalArgumentException(kind + " steps must be whole, non-negative minutes: " + steps);
            }
        }
        return List.copyOf(steps);
    }

    /**
     * Clamps weights as ts-fsrs 5.4.2 does. With several relearning steps w17 and w18 get a lower ceiling, so
     * that the same-day answers after a lapse cannot lift stability above its value before it.
     */
    private static List<Double> clip(List<Double> w, int relearningStepCount, boolean shortTerm) {
        double[][] bounds = {
            {Scheduler.MIN_STABILITY, 100},
            {Scheduler.MIN_STABILITY, 100},
            {Scheduler.MIN_STABILITY, 100},
            {Scheduler.MIN_STABILITY, 100},
            {1, 10},
            {0.001, 4},
            {0.001, 4},
            {0.001, 0.75},
            {0, 4.5},
            {0, 0.8},
            {0.001, 3.5},
            {0.001, 5},
            {0.001, 0.25},
            {0.001, 0.9},
            {0, 4},
            {0, 1},
            {1, 6},
            {0, W17_W18_CEILING},
            {0, W17_W18_CEILING},
            {shortTerm ? 0.01 : 0, 0.8},
            {0.1, 0.8}
        };
        if (relearningStepCount > 1) {
            double w11 = clamp(w.get(11), bounds[11]);
            double w13 = clamp(w.get(13), bounds[13]);
            double w14 = clamp(w.get(14), bounds[14]);
            double value = -(StrictMath.log(w11) + StrictMath.log(StrictMath.pow(2.0, w13) - 1.0) + w14 * 0.3)
                    / relearningStepCount;
            double ceiling =
                    Math.min(Math.max(FsrsFormulas.round8(StrictMath.sqrt(Math.max(value, 0))), 0.01), W17_W18_CEILING);
            bounds[17][1] = ceiling;
            bounds[18][1] = ceiling;
        }
        List<Double> clipped = new ArrayList<>(WEIGHT_COUNT);
        for (int i = 0; i < WEIGHT_COUNT; i++) {
            clipped.add(clamp(w.get(i), bounds[i]));
        }
        return List.copyOf(clipped);
    }

    private static double clamp(double value, double[] bounds) {
        return Math.min(Math.max(value, bounds[0]), bounds[1]);
    }
}
