package io.factdeck.scheduling;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every card of files of schedules produced by ts-fsrs 5.4.2 and checks each answer's outcome. The
 * settings come from each file, so any file of the same shape can be dropped in (fuzz must be off; days are UTC
 * calendar days, which is {@link DayClock#utcMidnight()}).
 *
 * <p>{@code fsrs/ts-fsrs-vectors.json} uses the default settings. The files in {@code fsrs/variants/} come from
 * {@code fsrs/generate-variants.mjs} and cover other retention targets, weights (some out of bounds), steps (none,
 * one, several, a day long), a small maximum interval and long-term-only scheduling.
 */
class FsrsReferenceTest {

    private static final String VECTORS = "/fsrs/ts-fsrs-vectors.json";
    private static final List<String> VARIANTS = List.of(
            "retention-80-custom-weights",
            "retention-95-day-steps",
            "no-steps",
            "long-term-only",
            "cap-30-days-clipped-weights");
    private static final double TOLERANCE = 1e-4;

    /** Per file: cards passed, reviews passed, largest stability and difficulty differences. */
    private static final Map<String, double[]> SUMMARY = new TreeMap<>();

    @TestFactory
    Stream<DynamicTest> replaysEveryCardOfTheReferenceFile() throws IOException {
        return replayFile(VECTORS);
    }

    @TestFactory
    Stream<DynamicContainer> replaysSchedulesMadeWithOtherSettings() {
        return VARIANTS.stream().map(name -> {
            try {
                return dynamicContainer(name, replayFile("/fsrs/variants/" + name + ".json"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @AfterAll
    static void reportLargestDifferences() {
        SUMMARY.forEach((file, s) -> System.out.printf(
                Locale.ROOT,
                "%s: %d cards / %d reviews passed, max |dS| = %.3g, max |dD| = %.3g%n",
                file,
                (long) s[0],
                (long) s[1],
                s[2],
                s[3]));
    }

    private static Stream<DynamicTest> replayFile(String resource) throws IOException {
        JsonNode root = read(resource);
        Scheduler scheduler = new Scheduler(settings(root.required("settings")), DayClock.utcMidnight());
        List<JsonNode> cards = new ArrayList<>();
        root.required("cards").forEach(cards::add);
        assertFalse(cards.isEmpty(), resource + " holds no cards");
        return cards.stream().map(card -> {
            String id = card.required("id").asText();
            int reviews = card.required("reviews").size();
            return dynamicTest("card " + id + " (" + reviews + " reviews)", () -> replay(resource, scheduler, card));
        });
    }

    private static void replay(String resource, Scheduler scheduler, JsonNode card) {
        CardState state =
                CardState.newCard(Instant.parse(card.required("created").asText()));
        int index = 0;
        for (JsonNode review : card.required("reviews")) {
            index++;
            Instant at = Instant.parse(review.required("at").asText());
            Rating rating = Rating.valueOf(review.required("rating").asText().toUpperCase(Locale.ROOT));
            state = scheduler.next(state, rating, at, 0);
            String where = "card %s, review %d (%s at %s)".formatted(card.required("id"), index, rating, at);
            check(resource, state, review.required("expect"), where);
        }
        synchronized (SUMMARY) {
            SUMMARY.computeIfAbsent(resource, r -> new double[4])[0]++;
        }
    }

    private static void check(String resource, CardState actual, JsonNode expected, String where) {
        double stabilityError =
                Math.abs(actual.stability() - expected.required("stability").asDouble());
        double difficultyError =
                Math.abs(actual.difficulty() - expected.required("difficulty").asDouble());
        assertAll(
                where,
                () -> assertEquals(phase(expected.required("state").asText()), actual.phase(), "state"),
                () -> assertEquals(expected.required("learning_steps").asInt(), actual.step(), "learning step"),
                () -> assertEquals(
                        expected.required("scheduled_days").asInt(), actual.scheduledDays(), "scheduled days"),
                () -> assertEquals(Instant.parse(expected.required("due").asText()), actual.due(), "due"),
                () -> assertEquals(expected.required("reps").asInt(), actual.reps(), "reps"),
                () -> assertEquals(expected.required("lapses").asInt(), actual.lapses(), "lapses"),
                () -> assertTrue(
                        stabilityError <= TOLERANCE,
                        "stability " + actual.stability() + ", expected " + expected.get("stability")),
                () -> assertTrue(
                        difficultyError <= TOLERANCE,
                        "difficulty " + actual.difficulty() + ", expected " + expected.get("difficulty")));
        synchronized (SUMMARY) {
            double[] s = SUMMARY.computeIfAbsent(resource, r -> new double[4]);
            s[1]++;
            s[2] = Math.max(s[2], stabilityError);
            s[3] = Math.max(s[3], difficultyError);
        }
    }

    private static SchedulerParams settings(JsonNode settings) {
        assertFalse(settings.path("enable_fuzz").asBoolean(false), "reference schedules must be made with fuzz off");
        List<Double> weights = new ArrayList<>();
        settings.required("parameters").forEach(w -> weights.add(w.asDouble()));
        return new SchedulerParams(
                weights,
                settings.required("request_retention").asDouble(),
                settings.required("maximum_interval").asInt(),
                SchedulerParams.parseSteps(steps(settings.required("learning_steps"))),
                SchedulerParams.parseSteps(steps(settings.required("relearning_steps"))),
                settings.path("enable_short_term").asBoolean(true),
                false);
    }

    private static String steps(JsonNode steps) {
        List<String> parts = new ArrayList<>();
        steps.forEach(step -> parts.add(step.asText()));
        return String.join(" ", parts);
    }

    private static CardState.Phase phase(String state) {
        return CardState.Phase.valueOf(state.toUpperCase(Locale.ROOT));
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = FsrsReferenceTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            return new ObjectMapper().readTree(in);
        }
    }
}
