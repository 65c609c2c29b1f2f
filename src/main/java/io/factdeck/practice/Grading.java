package io.factdeck.practice;

import io.factdeck.practice.RatingPolicy.AnswerKind;
import io.factdeck.scheduling.Rating;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether a submission is right and which FSRS rating it earns. Pure: the question's content comes in as
 * plain values.
 */
public final class Grading {

    /** The verdict, with a sentence for the student. */
    public record Verdict(boolean correct, Rating rating, String feedback) {}

    private final RatingPolicy policy;

    public Grading(RatingPolicy policy) {
        this.policy = Objects.requireNonNull(policy);
    }

    /** A self-graded flashcard: Again is a miss, any other grade a pass. */
    public Verdict flashcard(Rating grade) {
        Objects.requireNonNull(grade, "grade");
        boolean passed = grade != Rating.AGAIN;
        return new Verdict(passed, grade, passed ? "Marked as remembered." : "Marked as forgotten.");
    }

    /** A chosen option: right when it is the answer, exactly as offered. */
    public Verdict choice(String chosen, String answer, Submission submission) {
        boolean correct = chosen != null && chosen.strip().equals(answer.strip());
        String feedback = correct ? "Correct." : "Not quite: the answer is " + answer + ".";
        return verdict(correct, AnswerKind.CHOICE, submission, feedback);
    }

    /** A typed answer, matched tolerantly (case, accents, punctuation, date forms). */
    public Verdict typed(String typed, String answer, List<String> accept, Submission submission) {
        AnswerMatcher.Result match = AnswerMatcher.check(typed, answer, accept);
        return verdict(match.accepted(), AnswerKind.TYPED, submission, match.feedback());
    }

    /** Events put in order: right only when the whole sequence is chronological. */
    public Verdict order(List<String> given, List<String> chronological, Submission submission) {
        boolean correct = given.equals(chronological);
        String feedback = correct ? "Correct: that is the order in which they happened." : "Not quite.";
        return verdict(correct, AnswerKind.ORDER, submission, feedback);
    }

    private Verdict verdict(boolean correct, AnswerKind kind, Submission submission, String feedback) {
        Rating rating = policy.rate(correct, kind, submission.timeTaken(), submission.saidEasy());
        return new Verdict(correct, rating, feedback);
    }
}
