package io.factdeck.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchedulerParamsTest {

    @Test
    void defaultsAreTheFsrs6Defaults() {
        SchedulerParams defaults = SchedulerParams.defaults();
        assertEquals(21, defaults.weights().size());
        assertEquals(0.1542, defaults.weights().get(20));
        assertEquals(0.9, defaults.desiredRetention());
        assertEquals(36500, defaults.maximumInterval());
        assertEquals(List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), defaults.learningSteps());
        assertEquals(List.of(Duration.ofMinutes(10)), defaults.relearningSteps());
        assertEquals(true, defaults.shortTerm());
        assertEquals(true, defaults.fuzz());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.80, 0.85, 0.9, 0.95, 0.97})
    void studentsMayChooseRetentionBetween80And97Percent(double retention) {
        assertEquals(
                retention,
                SchedulerParams.defaults().withStudentRetention(retention).desiredRetention());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.79, 0.975, 0.99, 0.5, Double.NaN})
    void studentRetentionOutsideTheRangeIsRejected(double retention) {
        SchedulerParams defaults = SchedulerParams.defaults();
        assertThrows(IllegalArgumentException.class, () -> defaults.withStudentRetention(retention));
    }

    @Test
    void theAlgorithmItselfAcceptsAnyRetentionUpToOne() {
        assertEquals(0.7, SchedulerParams.defaults().withDesiredRetention(0.7).desiredRetention());
        assertThrows(
                IllegalArgumentException.class, () -> SchedulerParams.defaults().withDesiredRetention(0));
        assertThrows(
                IllegalArgumentException.class, () -> SchedulerParams.defaults().withDesiredRetention(1.01));
    }

    @Test
    void stepsAreReadInMinutesHoursAndDays() {
        assertEquals(
                List.of(Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofDays(2)),
                SchedulerParams.parseSteps("15m, 1h 2d"));
        assertEquals(List.of(), SchedulerParams.parseSteps("  "));
        assertThrows(IllegalArgumentException.class, () -> SchedulerParams.parseSteps("1.5m"));
        assertThrows(IllegalArgumentException.class, () -> SchedulerParams.parseSteps("10s"));
        assertThrows(IllegalArgumentException.class, () -> SchedulerParams.parseSteps("-1m"));
    }

    @Test
    void stepsMustBeWholeMinutes() {
        List<Duration> seconds = List.of(Duration.ofSeconds(90));
        assertThrows(
                IllegalArgumentException.class,
                () -> new SchedulerParams(SchedulerParams.DEFAULT_WEIGHTS, 0.9, 100, seconds, List.of(), true, true));
    }

    @Test
    void weightsOutsideTheOptimiserBoundsAreClamped() {
        List<Double> weights = new ArrayList<>(SchedulerParams.DEFAULT_WEIGHTS);
        weights.set(0, 150.0);
        weights.set(7, 0.9);
        weights.set(20, 0.05);
        SchedulerParams params = SchedulerParams.defaults();
        SchedulerParams clipped =
                new SchedulerParams(weights, 0.9, 36500, params.learningSteps(), params.relearningSteps(), true, true);
        assertEquals(100.0, clipped.weights().get(0));
        assertEquals(0.75, clipped.weights().get(7));
        assertEquals(0.1, clipped.weights().get(20));
        assertEquals(
                SchedulerParams.DEFAULT_WEIGHTS.subList(1, 7), clipped.weights().subList(1, 7));
    }

    @Test
    void wrongWeightCountsAndNonFiniteWeightsAreRejected() {
        List<Double> nineteen = SchedulerParams.DEFAULT_WEIGHTS.subList(0, 19);
        List<Double> withNaN = new ArrayList<>(SchedulerParams.DEFAULT_WEIGHTS);
        withNaN.set(3, Double.NaN);
        List<Duration> none = List.of();
        assertThrows(
                IllegalArgumentException.class, () -> new SchedulerParams(nineteen, 0.9, 100, none, none, true, true));
        assertThrows(
                IllegalArgumentException.class, () -> new SchedulerParams(withNaN, 0.9, 100, none, none, true, true));
        assertThrows(
                IllegalArgumentException.class,
                () -> new SchedulerParams(SchedulerParams.DEFAULT_WEIGHTS, 0.9, 0, none, none, true, true));
    }
}
