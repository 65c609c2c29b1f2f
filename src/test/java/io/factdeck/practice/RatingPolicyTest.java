package io.factdeck.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factdeck.practice.RatingPolicy.AnswerKind;
import io.factdeck.scheduling.Rating;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatingPolicyTest {

    private final RatingPolicy policy = RatingPolicy.defaults();

    @ParameterizedTest(name = "correct={0}, {1}, {2}, said easy={3} -> {4}")
    @CsvSource({
        // wrong is Again, however fast or confident
        "false, CHOICE, PT2S, true, AGAIN",
        "false, TYPED, PT40S, false, AGAIN",
        "false, ORDER, PT10S, false, AGAIN",
        // right is Good in the normal band
        "true, CHOICE, PT10S, false, GOOD",
        "true, TYPED, PT25S, false, GOOD",
        "true, CHOICE, PT2S, false, GOOD",
        // Easy needs both speed and the student's word
        "true, CHOICE, PT4.9S, true, EASY",
        "true, TYPED, PT3S, true, EASY",
        "true, CHOICE, PT5S, true, GOOD",
        "true, CHOICE, PT12S, true, GOOD",
        // slow is Hard, with a longer limit for typing and ordering
        "true, CHOICE, PT20S, false, GOOD",
        "true, CHOICE, PT20.001S, false, HARD",
        "true, CHOICE, PT25S, false, HARD",
        "true, TYPED, PT30S, false, GOOD",
        "true, TYPED, PT31S, false, HARD",
        "true, ORDER, PT45S, false, HARD",
        // slow but "easy": probably interrupted, so neither Hard nor Easy
        "true, TYPED, PT50S, true, GOOD",
    })
    void answersMapToRatings(boolean correct, AnswerKind kind, Duration time, boolean saidEasy, Rating rating) {
        assertEquals(rating, policy.rate(correct, kind, time, saidEasy));
    }

    @Test
    void limitsAreParameters() {
        RatingPolicy patient = new RatingPolicy(Duration.ofSeconds(60), Duration.ofSeconds(90), Duration.ofSeconds(10));
        assertEquals(Rating.GOOD, patient.rate(true, AnswerKind.CHOICE, Duration.ofSeconds(45), false));
        assertEquals(Rating.EASY, patient.rate(true, AnswerKind.CHOICE, Duration.ofSeconds(8), true));
        assertEquals(Rating.HARD, patient.rate(true, AnswerKind.TYPED, Duration.ofSeconds(91), false));
        assertEquals(Duration.ofSeconds(90), patient.slowLimit(AnswerKind.ORDER));
    }

    @Test
    void inconsistentLimitsAndNegativeTimesAreRejected() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new RatingPolicy(Duration.ofSeconds(20), Duration.ofSeconds(30), Duration.ofSeconds(20)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new RatingPolicy(Duration.ofSeconds(20), Duration.ofSeconds(30), Duration.ofSeconds(-1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> policy.rate(true, AnswerKind.CHOICE, Duration.ofSeconds(-1), false));
    }

    @Test
    void theExplanationStatesThisPolicysLimits() {
        String text = policy.explanation();
        assertTrue(text.contains("more than 20 seconds on a multiple-choice question"), text);
        assertTrue(text.contains("more than 30 seconds when you type"), text);
        assertTrue(text.contains("under 5 seconds"), text);
        String custom = new RatingPolicy(Duration.ofSeconds(15), Duration.ofMillis(45_500), Duration.ofSeconds(1))
                .explanation();
        assertTrue(custom.contains("more than 15 seconds on a multiple-choice question"), custom);
        assertTrue(custom.contains("more than 45.5 seconds"), custom);
        assertTrue(custom.contains("under 1 second "), custom);
        assertEquals(1, text.lines().count(), "one paragraph");
    }
}
