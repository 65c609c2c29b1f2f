package io.factdeck.practice;

import io.factdeck.scheduling.Rating;
import java.time.Duration;
import java.util.List;

/**
 * What a student sent for one card: one of a chosen option, a typed answer, an order of events, or (for a
 * flashcard) a self-grade; plus how long it took and whether they marked it as easy.
 */
public record Submission(
        String choice, String typed, List<String> order, Rating selfGrade, Duration timeTaken, boolean saidEasy) {

    public Submission {
        order = order == null ? List.of() : List.copyOf(order);
        timeTaken = timeTaken == null || timeTaken.isNegative() ? Duration.ZERO : timeTaken;
    }

    /** The answer as it is written to the review log. */
    public String given() {
        if (selfGrade != null) {
            return selfGrade.name().toLowerCase(java.util.Locale.ROOT);
        }
        if (!order.isEmpty()) {
            return String.join(" | ", order);
        }
        if (typed != null) {
            return typed;
        }
        return choice == null ? "" : choice;
    }
}
