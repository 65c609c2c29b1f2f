package io.factdeck.scheduling;

import java.time.Instant;
import java.util.Objects;

/**
 * One student's progress on one card: persist every component. Stabilities are in days; new cards have 0 for
 * stability and difficulty, a null {@code lastReview}, and their creation time as {@code due}.
 *
 * @param step index of the current (re)learning step; 0 otherwise, except after a step of a day or more
 * @param stability FSRS stability: days until recall probability falls to 90%
 * @param difficulty FSRS difficulty, 1 to 10
 * @param scheduledDays the last interval in days, 0 on a step; for display and logs, never read by the scheduler
 * @param lapses Again answers given in review
 */
public record CardState(
        Phase phase,
        int step,
        double stability,
        double difficulty,
        Instant due,
        Instant lastReview,
        int scheduledDays,
        int reps,
        int lapses) {

    /** The FSRS card cycle, in ts-fsrs's order (0 to 3). */
    public enum Phase {
        NEW,
        LEARNING,
        REVIEW,
        RELEARNING
    }

    public CardState {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(due, "due");
        if (step < 0 || scheduledDays < 0 || reps < 0 || lapses < 0) {
            throw new IllegalArgumentException("step, scheduledDays, reps and lapses must not be negative");
        }
        if (phase == Phase.NEW) {
            if (lastReview != null || stability != 0 || difficulty != 0) {
                throw new IllegalArgumentException("a new card has no review and no memory state");
            }
        } else {
            Objects.requireNonNull(lastReview, "lastReview of a card that has been answered");
            if (!(stability >= Scheduler.MIN_STABILITY && stability <= Scheduler.MAX_STABILITY)) {
                throw new IllegalArgumentException("stability out of range: " + stability);
            }
            if (!(difficulty >= 1 && difficulty <= 10)) {
                throw new IllegalArgumentException("difficulty out of range: " + difficulty);
            }
        }
    }

    /** A card nobody has answered yet, due from {@code createdAt}. */
    public static CardState newCard(Instant createdAt) {
        return new CardState(Phase.NEW, 0, 0, 0, createdAt, null, 0, 0, 0);
    }

    public boolean isNew() {
        return phase == Phase.NEW;
    }
}
