package io.factdeck.scheduling;

import java.time.Instant;
import java.util.Objects;

/**
 * Everything the scheduler needs to know about one student's progress on one card. Persist every component;
 * {@link Scheduler} maps one value to the next and keeps no state of its own.
 *
 * @param phase where the card is in the New, Learning, Review, Relearning cycle
 * @param step index into the learning steps (Learning) or relearning steps (Relearning) of the step the card is
 *     on; 0 for new cards and, nearly always, for review cards (see {@link Scheduler} on steps of a day or more)
 * @param stability FSRS memory stability in days: the interval after which recall probability falls to 90%; 0 for
 *     new cards, otherwise at least {@value Scheduler#MIN_STABILITY}
 * @param difficulty FSRS difficulty, 1 (easiest) to 10; 0 for new cards
 * @param due when the card should next be shown; for new cards, when it was created
 * @param lastReview when the card was last answered; null for new cards
 * @param scheduledDays the interval in days chosen at the last answer, 0 while the card is on a (re)learning step.
 *     Kept for display and review logs: the scheduler never reads it
 * @param reps how many times the card has been answered
 * @param lapses how many times the card was forgotten (Again) while in review
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

    /** The phases of the FSRS card cycle, in the order ts-fsrs numbers them (0 to 3). */
    public enum Phase {
        /** Never answered. */
        NEW,
        /** First answers, spaced by the learning steps (minutes). */
        LEARNING,
        /** Spaced in days by the memory model. */
        REVIEW,
        /** Forgotten in review, back on the relearning steps. */
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

    /**
     * A card nobody has answered yet.
     *
     * @param createdAt when the card was added; it is due from then on
     */
    public static CardState newCard(Instant createdAt) {
        return new CardState(Phase.NEW, 0, 0, 0, createdAt, null, 0, 0, 0);
    }

    /** True while the card has never been answered. */
    public boolean isNew() {
        return phase == Phase.NEW;
    }
}
