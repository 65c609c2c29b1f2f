package io.factdeck.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factdeck.accounts.User;
import io.factdeck.testing.Db;
import io.factdeck.testing.Fixtures;
import io.factdeck.testing.PostgresResource;
import io.factdeck.testing.WebClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * 1,000 answers in a row through the real pages, measuring on the server (the {@code Server-Timing} header) how
 * long it takes to pick and render the next card and to record an answer. It prints the figures; it asserts only
 * that every answer was recorded exactly once, because timings on shared machines are not pass/fail material.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class PracticeLatencyTest {

    static final int ANSWERS = 1000;
    static final Pattern SERVER_TIMING = Pattern.compile("dur=([0-9.]+)");

    @Test
    void thousandAnswersAreAllRecordedAndTimed() {
        long bank = Fixtures.bankOfChoiceQuestions("latency", 600);
        WebClient web = new WebClient();
        web.signUp("latency-student", "a long latency password");
        web.get("/settings");
        web.post("/settings", Map.of("retention", "0.90", "newPerDay", "500", "timeZone", "UTC", "rolloverHour", "4"));
        web.get("/practice");
        String location = web.post("/practice/sessions", Map.of("scope", "choose", "bank", Long.toString(bank)))
                .getHeader("Location");

        List<Double> nextCard = new ArrayList<>();
        List<Double> answer = new ArrayList<>();
        for (int i = 0; i < ANSWERS; i++) {
            Response card = web.get(location);
            assertEquals(200, card.statusCode());
            nextCard.add(serverMillis(card));
            Map<String, String> form = PracticeResourceTest.hiddenFields(card.asString());
            form.put("choice", firstOption(card.asString()));
            Response answered = web.post(location + "/answer", form);
            assertEquals(303, answered.statusCode(), answered.asString());
            answer.add(serverMillis(answered));
        }

        long user = Db.call(() -> User.findByUsername("latency-student").orElseThrow().id);
        assertEquals((long) ANSWERS, Db.call(() -> ReviewLog.count("userId", user)));
        System.out.printf(
                Locale.ROOT,
                "[latency] %d answers: next card (select + render) median %.2f ms, p99 %.2f ms, max %.2f ms;"
                        + " answer (lock + schedule + write) median %.2f ms, p99 %.2f ms%n",
                ANSWERS,
                percentile(nextCard, 50),
                percentile(nextCard, 99),
                percentile(nextCard, 100),
                percentile(answer, 50),
                percentile(answer, 99));
    }

    private static double serverMillis(Response response) {
        Matcher m = SERVER_TIMING.matcher(String.valueOf(response.getHeader("Server-Timing")));
        assertTrue(m.find(), "no Server-Timing header");
        return Double.parseDouble(m.group(1));
    }

    private static String firstOption(String page) {
        Matcher m = Pattern.compile("name=\"choice\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(m.find(), "no options on the card");
        return m.group(1);
    }

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
