package io.factdeck.practice;

/** What a student sees right after answering. */
public record FeedbackPage(
        long sessionId,
        boolean correct,
        String verdict,
        String given,
        String answer,
        String prompt,
        String explanation,
        Evidence evidence,
        String comesBack,
        String ratingName) {}
