package io.factdeck.practice;

import java.util.List;

/** What a student sees right after answering. */
public record FeedbackPage(
        long sessionId,
        boolean flashcard,
        List<OrderRow> order,
        boolean correct,
        String verdict,
        String given,
        String answer,
        String prompt,
        String explanation,
        Evidence evidence,
        String comesBack,
        String ratingName) {

    /** One position of an order question: what the student put there, and what belongs there. */
    public record OrderRow(int position, String given, String expected) {
        public boolean right() {
            return given.equals(expected);
        }
    }
}
