package io.factdeck.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factdeck.scheduling.CardState.Phase;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SchedulerTest {

    private static final Instant T0 = Instant.parse("2025-09-01T08:00:00Z");
    private static final DayClock HANOI = DayClock.of(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final Scheduler scheduler = new Scheduler(SchedulerParams.defaults(), HANOI);

    @Test
    void aNewCardWalksTheLearningStepsAndGraduates() {
        NextStates first = scheduler.preview(CardState.newCard(T0), T0, 0.3);
        assertEquals(Duration.ofMinutes(1), first.interval(Rating.AGAIN));
        // Hard on the first step waits halfway between the first two steps (1m and 10m), rounded
        assertEquals(Duration.ofMinutes(6), first.interval(Rating.HARD));
        assertEquals(Duration.ofMinutes(10), first.interval(Rating.GOOD));
        assertEquals(Phase.LEARNING, first.good().phase());
        assertEquals(1, first.good().step());
        assertEquals(Phase.REVIEW, first.easy().phase());

        Instant tenMinutesLater = first.good().due();
        CardState graduated = scheduler.next(first.good(), Rating.GOOD, tenMinutesLater, 0.3);
        assertEquals(Phase.REVIEW, graduated.phase());
        assertEquals(0, graduated.step());
        assertTrue(graduated.scheduledDays() >= 1);
        assertEquals(2, graduated.reps());
        assertEquals(tenMinutesLater, graduated.lastReview());
    }

    @Test
    void againOnAReviewCardIsALapseThatGoesToTheRelearningStep() {
        CardState review = reviewCard(20, 4, 30);
        CardState lapsed = scheduler.next(review, Rating.AGAIN, review.due(), 0.5);
        assertEquals(Phase.RELEARNING, lapsed.phase());
        assertEquals(review.lapses() + 1, lapsed.lapses());
        assertEquals(review.due().plus(Duration.ofMinutes(10)), lapsed.due());
        assertTrue(lapsed.stability() < review.stability());

        CardState relearned = scheduler.next(lapsed, Rating.GOOD, lapsed.due(), 0.5);
        assertEquals(Phase.REVIEW, relearned.phase());
        assertEquals(lapsed.lapses(), relearned.lapses(), "relearning answers are not lapses");
    }

    @Test
    void nextAppliesExactlyWhatThePreviewShows() {
        CardState card = reviewCard(12, 6, 12);
        Instant now = card.due().plus(Duration.ofHours(30));
        NextStates preview = scheduler.preview(card, now, 0.77);
        for (Rating rating : Rating.values()) {
            assertEquals(preview.get(rating), scheduler.next(card, rating, now, 0.77), rating.name());
        }
    }

    @Test
    void reviewButtonsStayInOrderWithAndWithoutFuzz() {
        Random random = new Random(11);
        Scheduler unfuzzed = new Scheduler(SchedulerParams.defaults().withFuzz(false), HANOI);
        for (int i = 0; i < 20_000; i++) {
            double stability = 0.01 + random.nextDouble() * (random.nextBoolean() ? 30 : 3000);
            double difficulty = 1 + random.nextDouble() * 9;
            int sinceLast = random.nextInt((int) Math.ceil(stability * 3) + 2);
            CardState card = reviewCard(stability, difficulty, Math.max(1, (int) Math.round(stability)));
            Instant now = card.lastReview().plus(Duration.ofDays(sinceLast));
            double fuzz = random.nextDouble();
            for (Scheduler s : new Scheduler[] {scheduler, unfuzzed}) {
                NextStates next = s.preview(card, now, fuzz);
                int hard = next.hard().scheduledDays();
                int good = next.good().scheduledDays();
                int easy = next.easy().scheduledDays();
                String where = "S=%s D=%s t=%d fuzz=%s: %d/%d/%d"
                        .formatted(stability, difficulty, sinceLast, fuzz, hard, good, easy);
                assertTrue(1 <= hard && hard < good && good < easy, where);
                assertTrue(next.interval(Rating.AGAIN).compareTo(Duration.ofDays(1)) < 0, where);
                assertTrue(easy <= SchedulerParams.DEFAULT_MAXIMUM_INTERVAL, where);
            }
        }
    }

    @Test
    void atTheMaximumIntervalGoodAndEasyStillGetOneMoreDayEachAsInTsFsrs() {
        SchedulerParams capped = new SchedulerParams(
                SchedulerParams.DEFAULT_WEIGHTS,
                0.9,
                30,
                SchedulerParams.parseSteps("1m 10m"),
                SchedulerParams.parseSteps("10m"),
                true,
                true);
        CardState strong = reviewCard(400, 3, 30);
        NextStates next = new Scheduler(capped, HANOI).preview(strong, strong.due(), 0.99);
        assertEquals(30, next.hard().scheduledDays());
        assertEquals(31, next.good().scheduledDays());
        assertEquals(32, next.easy().scheduledDays());
    }

    @Test
    void fuzzMovesOnlyReviewIntervalsOfThreeDaysOrMore() {
        Scheduler unfuzzed = new Scheduler(SchedulerParams.defaults().withFuzz(false), HANOI);
        CardState card = reviewCard(40, 5, 40);
        CardState low = scheduler.next(card, Rating.GOOD, card.due(), 0);
        CardState high = scheduler.next(card, Rating.GOOD, card.due(), 0.999);
        CardState plain = unfuzzed.next(card, Rating.GOOD, card.due(), 0.999);
        assertTrue(low.scheduledDays() < plain.scheduledDays(), low + " vs " + plain);
        assertTrue(high.scheduledDays() > plain.scheduledDays(), high + " vs " + plain);
        assertEquals(plain.stability(), high.stability(), "fuzz changes the interval, not the memory");

        CardState newCard = CardState.newCard(T0);
        assertEquals(
                unfuzzed.next(newCard, Rating.AGAIN, T0, 0.9).due(),
                scheduler.next(newCard, Rating.AGAIN, T0, 0.9).due());
    }

    @Test
    void retrievabilityFallsFromOneToTheTargetOverTheStability() {
        CardState card = reviewCard(10, 5, 10);
        assertEquals(1.0, scheduler.retrievability(card, card.lastReview()));
        double atStability = scheduler.retrievability(card, card.lastReview().plus(Duration.ofDays(10)));
        assertEquals(0.9, atStability, 1e-8);
        assertTrue(scheduler.retrievability(card, card.lastReview().plus(Duration.ofDays(30))) < atStability);
        assertEquals(0.0, scheduler.retrievability(CardState.newCard(T0), T0));
    }

    @Test
    void withoutStepsANewCardGoesStraightToReview() {
        SchedulerParams noSteps =
                new SchedulerParams(SchedulerParams.DEFAULT_WEIGHTS, 0.9, 36500, List.of(), List.of(), true, false);
        NextStates next = new Scheduler(noSteps, HANOI).preview(CardState.newCard(T0), T0, 0);
        for (Rating rating : Rating.values()) {
            assertEquals(Phase.REVIEW, next.get(rating).phase(), rating.name());
            assertTrue(next.get(rating).scheduledDays() >= 1, rating.name());
        }
    }

    @Test
    void answersBeforeTheLastReviewOrWithABadFuzzFactorAreRejected() {
        CardState card = reviewCard(5, 5, 5);
        Instant before = card.lastReview().minusSeconds(1);
        assertThrows(IllegalArgumentException.class, () -> scheduler.next(card, Rating.GOOD, before, 0));
        assertThrows(IllegalArgumentException.class, () -> scheduler.next(card, Rating.GOOD, card.due(), 1));
        assertThrows(IllegalArgumentException.class, () -> scheduler.next(card, Rating.GOOD, card.due(), -0.5));
    }

    @Test
    void cardStatesRejectImpossibleCombinations() {
        assertThrows(IllegalArgumentException.class, () -> new CardState(Phase.NEW, 0, 3, 5, T0, null, 0, 0, 0));
        assertThrows(NullPointerException.class, () -> new CardState(Phase.REVIEW, 0, 3, 5, T0, null, 3, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new CardState(Phase.REVIEW, 0, 0, 5, T0, T0, 3, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new CardState(Phase.REVIEW, 0, 3, 11, T0, T0, 3, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new CardState(Phase.REVIEW, -1, 3, 5, T0, T0, 3, 1, 0));
    }

    @Test
    void ratingsMapToFsrsGrades() {
        for (Rating rating : Rating.values()) {
            assertEquals(rating, Rating.ofGrade(rating.grade()));
        }
        assertEquals(1, Rating.AGAIN.grade());
        assertEquals(4, Rating.EASY.grade());
        assertThrows(IllegalArgumentException.class, () -> Rating.ofGrade(0));
    }

    /** A review card last answered {@code interval} days before its due time. */
    private static CardState reviewCard(double stability, double difficulty, int interval) {
        Instant last = T0.minus(Duration.ofDays(interval));
        return new CardState(Phase.REVIEW, 0, stability, difficulty, T0, last, interval, 5, 1);
    }
}
