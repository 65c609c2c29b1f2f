package io.factdeck.practice;

import io.factdeck.scheduling.Rating;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * Turns a quiz answer into an FSRS rating, so that students answer questions instead of grading themselves:
 *
 * <ul>
 *   <li>wrong: {@link Rating#AGAIN};
 *   <li>right, in under {@code fast}, and the student ticked "that was easy": {@link Rating#EASY};
 *   <li>right but slower than the slow limit for the kind of question: {@link Rating#HARD}, unless the student
 *       said it was easy: a slow answer the student found easy was most likely interrupted, so it stays
 *       {@link Rating#GOOD};
 *   <li>any other right answer: {@link Rating#GOOD}.
 * </ul>
 *
 * <p>Easy needs both signals because either alone misleads: quick answers can be lucky guesses on multiple
 * choice, and students overrate their own fluency. Hard is a pass in FSRS, never a fail, so slowness only shortens
 * the next interval a little.
 *
 * @param slowChoice a multiple-choice or true/false answer taking longer than this is slow
 * @param slowTyped a typed or ordering answer taking longer than this is slow
 * @param fast an answer taking less than this is fast
 */
public record RatingPolicy(Duration slowChoice, Duration slowTyped, Duration fast) {

    /** The kinds of answer, which differ in how long a confident answer takes. */
    public enum AnswerKind {
        /** Picking one of several options, including true/false. */
        CHOICE,
        /** Typing the answer. */
        TYPED,
        /** Putting events in order. */
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

    /**
     * The defaults: slow after 20 s for multiple choice and after 30 s for typed or ordering answers, which take
     * longer to enter; fast under 5 s, about the time to read a short question and click.
     */
    public static RatingPolicy defaults() {
        return new RatingPolicy(Duration.ofSeconds(20), Duration.ofSeconds(30), Duration.ofSeconds(5));
    }

    /**
     * The rating for one answer.
     *
     * @param correct whether the answer was accepted
     * @param kind the kind of question
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

    /** The time after which an answer of this kind counts as slow. */
    public Duration slowLimit(AnswerKind kind) {
        return kind == AnswerKind.CHOICE ? slowChoice : slowTyped;
    }

    /**
     * A paragraph for the practice page under a heading such as "How your answer is graded", with this policy's
     * limits.
     */
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
