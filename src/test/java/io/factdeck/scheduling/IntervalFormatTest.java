package io.factdeck.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntervalFormatTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "PT0S, <1m",
        "PT59S, <1m",
        "PT1M, 1m",
        "PT6M, 6m",
        "PT10M, 10m",
        "PT59M29S, 59m",
        "PT59M31S, 1h",
        "PT1H30M, 1.5h",
        "PT23H, 23h",
        "PT23H58M, 1d",
        "PT24H, 1d",
        "PT36H, 2d",
        "P3D, 3d",
    })
    void shortSpans(Duration span, String label) {
        assertEquals(label, IntervalFormat.duration(span));
    }

    @ParameterizedTest(name = "{0} days -> {1}")
    @CsvSource({
        "0, 0d",
        "1, 1d",
        "29, 29d",
        "30, 1mo",
        "64, 2.1mo",
        "183, 6mo",
        "360, 11.8mo",
        "364, 1y",
        "365, 1y",
        "438, 1.2y",
        "36500, 100y",
    })
    void dayCounts(int days, String label) {
        assertEquals(label, IntervalFormat.days(days));
    }

    @Test
    void negativeIntervalsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> IntervalFormat.days(-1));
        assertThrows(IllegalArgumentException.class, () -> IntervalFormat.duration(Duration.ofMinutes(-1)));
    }

    @Test
    void buttonLabelsForANewCard() {
        Instant now = Instant.parse("2025-09-01T08:00:00Z");
        Scheduler scheduler = new Scheduler(SchedulerParams.defaults().withFuzz(false), DayClock.utcMidnight());
        NextStates next = scheduler.preview(CardState.newCard(now), now, 0);
        assertEquals("1m", next.label(Rating.AGAIN));
        assertEquals("6m", next.label(Rating.HARD));
        assertEquals("10m", next.label(Rating.GOOD));
        // Easy graduates: the interval of the Easy first stability w3 = 8.2956 days at 90% retention
        assertEquals("8d", next.label(Rating.EASY));
    }
}
