package io.factdeck.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DayClockTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final DayClock BERLIN_4AM = DayClock.of(BERLIN);

    private static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    @Test
    void aReviewBeforeTheRolloverHourBelongsToThePreviousDay() {
        assertEquals(LocalDate.parse("2025-05-10"), BERLIN_4AM.studyDay(berlin("2025-05-11T03:59:59")));
        assertEquals(LocalDate.parse("2025-05-11"), BERLIN_4AM.studyDay(berlin("2025-05-11T04:00:00")));
        assertEquals(LocalDate.parse("2025-05-11"), BERLIN_4AM.studyDay(berlin("2025-05-11T23:59:59")));
    }

    @ParameterizedTest(name = "{0} to {1}: {2} days")
    @CsvSource({
        "2025-05-10T22:00, 2025-05-11T03:59, 0",
        "2025-05-10T22:00, 2025-05-11T04:00, 1",
        "2025-05-10T23:00, 2025-05-11T09:00, 1",
        "2025-05-10T04:00, 2025-05-11T03:59, 0",
        "2025-05-10T03:59, 2025-05-10T04:00, 1",
        "2025-05-10T09:00, 2025-05-17T08:00, 7",
        // spring forward (29 to 30 March, 02:00 -> 03:00): a 23-hour day still counts as one
        "2025-03-29T10:00, 2025-03-30T10:00, 1",
        "2025-03-30T03:59, 2025-03-30T04:00, 1",
        // fall back (26 October, 03:00 -> 02:00): a 25-hour day still counts as one
        "2025-10-25T10:00, 2025-10-26T10:00, 1",
        "2025-10-26T03:30, 2025-10-26T04:00, 1",
        "2025-10-25T04:00, 2025-10-26T03:59, 0",
    })
    void elapsedDaysCountStudyDaysInTheStudentsZone(String from, String to, int days) {
        assertEquals(days, BERLIN_4AM.elapsedDays(berlin(from), berlin(to)));
    }

    @Test
    void utcMidnightCountsCalendarDatesLikeTsFsrs() {
        DayClock utc = DayClock.utcMidnight();
        assertEquals(1, utc.elapsedDays(Instant.parse("2025-01-01T23:59:59Z"), Instant.parse("2025-01-02T00:00:00Z")));
        assertEquals(0, utc.elapsedDays(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-01-01T23:59:59Z")));
        assertEquals(
                365, utc.elapsedDays(Instant.parse("2025-01-01T12:00:00Z"), Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Test
    void elapsedDaysRefuseTimeRunningBackwards() {
        Instant later = berlin("2025-05-11T10:00");
        assertThrows(IllegalArgumentException.class, () -> BERLIN_4AM.elapsedDays(later, later.minusSeconds(1)));
    }

    @Test
    void aStudyDayStartsAtTheRolloverHourEvenWhenDaylightSavingSkipsIt() {
        assertEquals(berlin("2025-05-11T04:00"), BERLIN_4AM.startOf(LocalDate.parse("2025-05-11")));
        // 02:00 does not exist in Berlin on 30 March 2025; the day starts when the clocks jump to 03:00
        DayClock twoAm = new DayClock(BERLIN, 2);
        Instant start = twoAm.startOf(LocalDate.parse("2025-03-30"));
        assertEquals(Instant.parse("2025-03-30T01:00:00Z"), start);
        assertEquals(LocalDate.parse("2025-03-30"), twoAm.studyDay(start));
        assertEquals(LocalDate.parse("2025-03-29"), twoAm.studyDay(start.minusMillis(1)));
    }

    @Test
    void reviewIntervalsKeepTheLocalClockTimeAcrossDaylightSavingChanges() {
        Instant answer =
                LocalDateTime.parse("2025-03-08T21:00").atZone(NEW_YORK).toInstant();
        DayClock clock = DayClock.of(NEW_YORK);
        Instant due = clock.plusDays(answer, 1);
        assertEquals(LocalDateTime.parse("2025-03-09T21:00"), LocalDateTime.ofInstant(due, NEW_YORK));
        assertEquals(Duration.ofHours(23), Duration.between(answer, due));
        Instant autumn =
                LocalDateTime.parse("2025-11-01T21:00").atZone(NEW_YORK).toInstant();
        assertEquals(Duration.ofHours(25), Duration.between(autumn, clock.plusDays(autumn, 1)));
        // in UTC an interval is exactly 24 hours a day, as ts-fsrs adds it
        Instant utc = Instant.parse("2025-03-08T21:00:00Z");
        assertEquals(utc.plus(Duration.ofDays(30)), DayClock.utcMidnight().plusDays(utc, 30));
    }

    @Test
    void reviewCardsAreDueForTheWholeStudyDayLearningCardsOnlyFromTheirTime() {
        Instant answered = berlin("2025-05-10T21:00");
        CardState review =
                new CardState(CardState.Phase.REVIEW, 0, 3, 5, BERLIN_4AM.plusDays(answered, 1), answered, 1, 3, 0);
        assertFalse(BERLIN_4AM.isDue(review, berlin("2025-05-11T03:59")));
        assertTrue(BERLIN_4AM.isDue(review, berlin("2025-05-11T04:00")));
        assertEquals(berlin("2025-05-12T04:00"), BERLIN_4AM.endOfStudyDay(berlin("2025-05-11T04:00")));
        assertTrue(review.due().isBefore(BERLIN_4AM.endOfStudyDay(berlin("2025-05-11T04:00"))));

        CardState learning =
                new CardState(CardState.Phase.LEARNING, 1, 2.3, 2.1, berlin("2025-05-10T21:10"), answered, 0, 1, 0);
        assertFalse(BERLIN_4AM.isDue(learning, berlin("2025-05-10T21:09")));
        assertTrue(BERLIN_4AM.isDue(learning, berlin("2025-05-10T21:10")));
    }

    @Test
    void theSchedulerCountsAnAnswerBeforeTheRolloverAsTheSameDay() {
        Scheduler scheduler = new Scheduler(SchedulerParams.defaults().withFuzz(false), BERLIN_4AM);
        Instant lastReview = berlin("2025-05-10T22:00");
        CardState card = new CardState(
                CardState.Phase.REVIEW, 0, 10, 5, BERLIN_4AM.plusDays(lastReview, 10), lastReview, 10, 4, 0);

        CardState sameDayLate = scheduler.next(card, Rating.GOOD, berlin("2025-05-10T23:30"), 0);
        CardState beforeRollover = scheduler.next(card, Rating.GOOD, berlin("2025-05-11T03:59"), 0);
        CardState afterRollover = scheduler.next(card, Rating.GOOD, berlin("2025-05-11T04:00"), 0);

        // 03:59 is still the evening's study day: the same short-term update as 23:30
        assertEquals(sameDayLate.stability(), beforeRollover.stability());
        assertEquals(10.0, beforeRollover.stability(), "Good on the same day never lowers stability");
        // 04:00 is a day later, so the long-term recall formula applies and stability grows
        assertTrue(afterRollover.stability() > 10.5, "stability " + afterRollover.stability());
    }

    @Test
    void theSchedulerPutsReviewDueTimesAtTheSameLocalTimeDaysLater() {
        Scheduler scheduler = new Scheduler(SchedulerParams.defaults().withFuzz(false), DayClock.of(NEW_YORK));
        Instant lastReview =
                LocalDateTime.parse("2025-02-27T21:00").atZone(NEW_YORK).toInstant();
        CardState card = new CardState(CardState.Phase.REVIEW, 0, 9, 5, lastReview, lastReview, 9, 4, 0);
        Instant now = LocalDateTime.parse("2025-03-08T21:00").atZone(NEW_YORK).toInstant();
        NextStates next = scheduler.preview(card, now, 0);
        for (Rating rating : new Rating[] {Rating.HARD, Rating.GOOD, Rating.EASY}) {
            CardState after = next.get(rating);
            LocalDateTime due = LocalDateTime.ofInstant(after.due(), NEW_YORK);
            assertEquals(LocalDateTime.parse("2025-03-08T21:00").plusDays(after.scheduledDays()), due, rating.name());
            assertEquals(
                    LocalDate.parse("2025-03-08").plusDays(after.scheduledDays()),
                    DayClock.of(NEW_YORK).studyDay(after.due()));
        }
    }

    @Test
    void rolloverHoursOutsideTheDayAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new DayClock(BERLIN, 24));
        assertThrows(IllegalArgumentException.class, () -> new DayClock(BERLIN, -1));
    }
}
