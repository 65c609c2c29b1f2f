package io.factdeck.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FuzzTest {

    @Test
    void theFactorDependsOnlyOnTheCardAndItsAnswerCount() {
        assertEquals(Fuzz.factor(42, 3), Fuzz.factor(42, 3));
        assertNotEquals(Fuzz.factor(42, 3), Fuzz.factor(42, 4));
        assertNotEquals(Fuzz.factor(42, 3), Fuzz.factor(43, 3));
        // id + reps must not collide the way a plain sum would
        assertNotEquals(Fuzz.factor(42, 3), Fuzz.factor(43, 2));
    }

    @Test
    void factorsLieInTheUnitIntervalAndSpreadEvenly() {
        int[] deciles = new int[10];
        int samples = 0;
        for (long card = -500; card < 500; card++) {
            for (int reps = 0; reps < 20; reps++) {
                double f = Fuzz.factor(card, reps);
                assertTrue(f >= 0 && f < 1, "factor " + f);
                deciles[(int) (f * 10)]++;
                samples++;
            }
        }
        for (int count : deciles) {
            // 2,000 expected per decile; a fair generator stays well within ±10%
            assertTrue(Math.abs(count - samples / 10) < samples / 100, "uneven deciles " + List.of(deciles));
        }
    }

    @Test
    void negativeAnswerCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Fuzz.factor(1, -1));
    }

    /** Anki's fuzz test vectors (rslib fuzz.rs), which ts-fsrs shares: interval, then factor 0, 0.5, 0.99. */
    @ParameterizedTest
    @CsvSource({"7, 5, 7, 9", "17, 14, 17, 20", "37, 33, 37, 41", "20, 17, 20, 23"})
    void fuzzRangesMatchAnki(int interval, int low, int middle, int high) {
        assertEquals(low, Fuzz.apply(interval, 0, 1000, 0));
        assertEquals(middle, Fuzz.apply(interval, 0, 1000, 0.5));
        assertEquals(high, Fuzz.apply(interval, 0, 1000, 0.99));
    }

    @Test
    void theMaximumIntervalCapsTheRange() {
        // Anki's "100 with maximum 99" vector
        assertEquals(new Fuzz.Range(92, 99), Fuzz.range(100, 0, 99));
        assertEquals(96, Fuzz.apply(100, 0, 99, 0.5));
        assertEquals(99, Fuzz.apply(100, 0, 99, 0.99));
    }

    @Test
    void anEarlyAnswerIsNotScheduledBeforeTheDaysAlreadyElapsed() {
        Fuzz.Range range = Fuzz.range(10, 9, 36500);
        assertEquals(10, range.min());
        assertEquals(10, Fuzz.apply(10, 9, 36500, 0));
    }

    @Test
    void shortIntervalsAreNotFuzzed() {
        for (double f : new double[] {0, 0.5, 0.999}) {
            assertEquals(1, Fuzz.apply(1, 0, 36500, f));
            assertEquals(2, Fuzz.apply(2, 0, 36500, f));
        }
    }

    @Test
    void fuzzStaysWithinOneDayAndTheMaximumInterval() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            int maximum = 1 + random.nextInt(random.nextBoolean() ? 40 : 36500);
            int interval = 1 + random.nextInt(maximum);
            int elapsed = random.nextInt(2 * interval + 1);
            double factor = random.nextDouble();
            int fuzzed = Fuzz.apply(interval, elapsed, maximum, factor);
            Fuzz.Range range = Fuzz.range(interval, elapsed, maximum);
            String where =
                    "interval %d, elapsed %d, maximum %d, factor %s".formatted(interval, elapsed, maximum, factor);
            assertTrue(fuzzed >= 1 && fuzzed <= maximum, where + " gave " + fuzzed);
            if (interval >= 3) {
                assertTrue(fuzzed >= range.min() && fuzzed <= range.max(), where + " gave " + fuzzed);
                // the spread is at most about 5% plus a few days, never a different order of magnitude
                assertTrue(Math.abs(fuzzed - interval) <= 0.05 * interval + 4, where + " gave " + fuzzed);
            }
        }
    }

    @Test
    void fuzzFactorsOutsideTheUnitIntervalAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Fuzz.apply(10, 0, 100, 1.0));
        assertThrows(IllegalArgumentException.class, () -> Fuzz.apply(10, 0, 100, -0.1));
        assertThrows(IllegalArgumentException.class, () -> Fuzz.apply(10, 0, 100, Double.NaN));
    }

    @Test
    void replayingAHistoryGivesTheSameScheduleWhateverOtherCardsDo() {
        Scheduler scheduler = new Scheduler(SchedulerParams.defaults(), DayClock.of(ZoneId.of("Asia/Ho_Chi_Minh")));
        Rating[] answers = {
            Rating.GOOD,
            Rating.GOOD,
            Rating.GOOD,
            Rating.HARD,
            Rating.GOOD,
            Rating.AGAIN,
            Rating.GOOD,
            Rating.EASY,
            Rating.GOOD
        };
        List<CardState> alone = history(scheduler, 7, answers, null);
        List<CardState> again = history(scheduler, 7, answers, null);
        List<CardState> interleaved = history(scheduler, 7, answers, scheduler);
        assertEquals(alone, again);
        assertEquals(alone, interleaved);
        // and fuzz did act: another card with the same answers lands on other days
        List<CardState> otherCard = history(scheduler, 8, answers, null);
        Set<Integer> days = new HashSet<>();
        for (int i = 0; i < answers.length; i++) {
            days.add(alone.get(i).scheduledDays() - otherCard.get(i).scheduledDays());
        }
        assertTrue(days.size() > 1, "fuzz made no difference between two cards");
    }

    /** Answers a card on its due dates; with {@code noise} set, also answers an unrelated card in between. */
    private static List<CardState> history(Scheduler scheduler, long cardId, Rating[] answers, Scheduler noise) {
        CardState card = CardState.newCard(Instant.parse("2025-01-06T08:00:00Z"));
        CardState other = CardState.newCard(Instant.parse("2025-01-06T08:00:00Z"));
        List<CardState> states = new ArrayList<>();
        for (Rating answer : answers) {
            Instant now = card.due();
            if (noise != null) {
                other = noise.next(other, Rating.GOOD, now, Fuzz.factor(999, other.reps()));
            }
            card = scheduler.next(card, answer, now, Fuzz.factor(cardId, card.reps()));
            states.add(card);
        }
        return states;
    }
}
