package io.factdeck.practice;

import io.factdeck.scheduling.Rating;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * Rates a quiz answer for FSRS so that students answer questions instead of grading themselves: wrong is Again;
 * right in under {@code fast} with the student's "that was easy" is Easy; right but slower than the slow limit is
 * Hard, unless the student said easy (most likely interrupted), then Good; any other right answer is Good. Easy needs
 * both signals because quick answers can be lucky guesses and students overrate their fluency.
 *
 * @param slowChoice multiple-choice and true/false answers slower than this are slow
 * @param slowTyped typed and ordering answers slower than this are slow
 * @param fast answers quicker than this are fast
 */
public record RatingPolicy(Duration slowChoice, Duration slowTyped, Duration fast) {

    /** Kinds of answer, which differ in how long a confident answer takes; CHOICE includes true/false. */
    public enum AnswerKind {
        CHOICE,
        TYPED,
        ORDER
    }

    public RatingPolicy {
        Objects.requireNonNull(slowChoice, "slowChoice");
        Objects.requireNonNull(slowTyped, "slowTyped");
        Objects.requireNonNull(fast, "fast");
        if (fast.isNegative() || fast.compareTo(slowChoice) >= 0 || fast.compareTo(slowTyped) >= 0) {
            throw new IllegalArgumentException(
                    "the fast limit must not be negative and must be below both slow limits");
        }
    }

    /** Slow after 20 s for choices, 30 s for typing and ordering, which take longer to enter; fast under 5 s. */
    public static RatingPolicy defaults() {
        return new RatingPolicy(Duration.ofSeconds(20), Duration.ofSeconds(30), Duration.ofSeconds(5));
    }

    /**
     * The rating for one answer.
     *
     * @param timeTaken from showing the question to submitting the answer; not negative
     * @param saidEasy whether the student marked the question as easy
     */
    public Rating rate(boolean correct, AnswerKind kind, Duration timeTaken, boolean saidEasy) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(timeTaken, "timeTaken");
        if (timeTaken.isNegative()) {
            throw new IllegalArgumentException("time taken cannot be negative: " + timeTaken);
        }
        if (!correct) {
            return Rating.AGAIN;
        }
        if (saidEasy && timeTaken.compareTo(fast) < 0) {
            return Rating.EASY;
        }
        if (!saidEasy && timeTaken.compareTo(slowLimit(kind)) > 0) {
            return Rating.HARD;
        }
        return Rating.GOOD;
    }

    public Duration slowLimit(AnswerKind kind) {
        return kind == AnswerKind.CHOICE ? slowChoice : slowTyped;
    }

    /** A paragraph for "How your answer is graded" on the practice page, with this policy's limits. */
    public String explanation() {
        return "A wrong answer counts as \"Again\", and the question comes back within minutes. A right answer"
                + " counts as \"Good\", and the wait before you see it again grows each time. A right answer that"
                + " takes more than " + seconds(slowChoice) + " on a multiple-choice question, or more than "
                + seconds(slowTyped) + " when you type an answer or put events in order, counts as \"Hard\" unless"
                + " you mark it as easy: still a pass, but the question comes back a little sooner. A right answer"
                + " in under " + seconds(fast) + " that you mark as easy counts as \"Easy\" and waits longer."
                + " Capitals, accents and punctuation don't matter, and one slip of the keyboard in a long name is"
                + " forgiven, but a date must be as precise as the question asks: the year alone is not enough"
                + " when the month is asked for.";
    }

    private static String seconds(Duration duration) {
        BigDecimal seconds =
                BigDecimal.valueOf(duration.toMillis()).movePointLeft(3).stripTrailingZeros();
        String number = seconds.toPlainString();
        return number + (seconds.compareTo(BigDecimal.ONE) == 0 ? " second" : " seconds");
    }
}
