package io.factdeck.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What each of the four answers would do to a card, computed together so that the buttons can show their
 * intervals and the chosen one can be applied without recomputing.
 *
 * @param answeredAt the answer time the states were computed for
 * @param again the card after Again
 * @param hard the card after Hard
 * @param good the card after Good
 * @param easy the card after Easy
 */
public record NextStates(Instant answeredAt, CardState again, CardState hard, CardState good, CardState easy) {

    public NextStates {
        Objects.requireNonNull(answeredAt, "answeredAt");
        Objects.requireNonNull(again, "again");
        Objects.requireNonNull(hard, "hard");
        Objects.requireNonNull(good, "good");
        Objects.requireNonNull(easy, "easy");
    }

    /** The card after the given answer. */
    public CardState get(Rating rating) {
        return switch (rating) {
            case AGAIN -> again;
            case HARD -> hard;
            case GOOD -> good;
            case EASY -> easy;
        };
    }

    /** Time from the answer until the card would be due again after the given answer. */
    public Duration interval(Rating rating) {
        return Duration.between(answeredAt, get(rating).due());
    }

    /**
     * A short label for the button of the given answer: {@code "10m"} for a (re)learning step, {@code "3d"},
     * {@code "2.1mo"} or {@code "1.2y"} for a review interval (see {@link IntervalFormat}).
     */
    public String label(Rating rating) {
        CardState next = get(rating);
        if (next.phase() == CardState.Phase.REVIEW && next.scheduledDays() > 0) {
            // the day count, not the clock time: a 3-day interval across a DST change is still "3d"
            return IntervalFormat.days(next.scheduledDays());
        }
        return IntervalFormat.duration(interval(rating));
    }
}
