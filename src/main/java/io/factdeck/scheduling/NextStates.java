package io.factdeck.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The card after each of the four answers, computed together so that buttons and outcome agree. */
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

    /** Time from the answer until the card is due again. */
    public Duration interval(Rating rating) {
        return Duration.between(answeredAt, get(rating).due());
    }

    /** A button label such as {@code "10m"} or {@code "3d"} (see {@link IntervalFormat}). */
    public String label(Rating rating) {
        CardState next = get(rating);
        if (next.phase() == CardState.Phase.REVIEW && next.scheduledDays() > 0) {
            // the day count, not the clock time: a 3-day interval across a DST change is still "3d"
            return IntervalFormat.days(next.scheduledDays());
        }
        return IntervalFormat.duration(interval(rating));
    }
}
