package io.factdeck.practice;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factdeck.accounts.User;
import io.factdeck.testing.Db;
import io.factdeck.testing.Fixtures;
import io.factdeck.testing.PostgresResource;
import io.factdeck.testing.WebClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The practice pages over HTTP, as a browser without JavaScript uses them. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class PracticeResourceTest {

    private static final AtomicInteger N = new AtomicInteger();
    private static final String PASSWORD = "practice page password";

    @Test
    void answeringShowsFeedbackWithTheSourceAndAReplayIsRefused() {
        Fixtures.Bank bank = Fixtures.bankWithEveryKind("page-" + N.incrementAndGet());
        WebClient web = student();
        long session = startSession(web, bank, "kind", "which-organization");

        Response card = web.get("/practice/sessions/" + session);
        card.then().statusCode(200).body(containsString("Which organization did Vietnam join in July 1995?"));
        Map<String, String> form = hiddenFields(card.asString());
        form.put("choice", "ASEAN");

        Response answered = web.post("/practice/sessions/" + session + "/answer", form);
        assertEquals(303, answered.statusCode());
        web.get(answered.getHeader("Location"))
                .then()
                .statusCode(200)
                .body(containsString("Correct!"))
                .body(containsString("Vietnam joined ASEAN in July 1995."))
                .body(containsString("A history of the fixture, Fixture Press, 2020"))
                .body(containsString("Sources disagree"))
                .body(containsString("Vietnam was admitted to ASEAN in 1996."));

        Response replay = web.post("/practice/sessions/" + session + "/answer", form);
        replay.then().statusCode(409).body(containsString("This card was already answered"));
        long user = userId(web);
        assertEquals(1L, Db.call(() -> ReviewLog.count("userId", user)));
    }

    @Test
    void aSessionCanBeNarrowedByTopicAndByPeriod() {
        Fixtures.Bank bank = Fixtures.bankWithEveryKind("page-" + N.incrementAndGet());
        WebClient web = student();

        long byTopic = startSession(web, bank, "tag", "wto");
        String topicCard = web.get("/practice/sessions/" + byTopic)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(topicCard.contains("WTO") || topicCard.contains("11 January 2007"), topicCard);

        web.get("/practice");
        Response started = web.post(
                "/practice/sessions",
                Map.of("scope", "choose", "bank", Long.toString(bank.id()), "periodFrom", "1990", "periodTo", "1990"));
        assertEquals(303, started.statusCode(), started.asString());
        String periodCard = web.get(started.getHeader("Location"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(
                periodCard.contains("1995") || periodCard.contains("APEC") || periodCard.contains("ASEAN"), periodCard);
        // "WTO" may be a distractor of a 1990s question; the 2000s fact itself (its date) must not be asked
        assertFalse(periodCard.contains("11 January 2007"), "2000s questions are outside the 1990s: " + periodCard);
    }

    @Test
    void htmxGetsTheFeedbackAsAFragment() {
        Fixtures.Bank bank = Fixtures.bankWithEveryKind("page-" + N.incrementAndGet());
        WebClient web = student();
        long session = startSession(web, bank, "kind", "true-false");
        Map<String, String> form =
                hiddenFields(web.get("/practice/sessions/" + session).asString());
        form.put("choice", "False");

        Response fragment = web.postHtmx("/practice/sessions/" + session + "/answer", form);

        fragment.then()
                .statusCode(200)
                .header("HX-Push-Url", containsString("/feedback/"))
                .body(containsString("id=\"practice\""))
                .body(containsString("Not quite."))
                .body(not(containsString("<html")));
    }

    @Test
    void aTypedAnswerIsCheckedTolerantly() {
        Fixtures.Bank bank = Fixtures.bankWithEveryKind("page-" + N.incrementAndGet());
        WebClient web = student();
        long session = startSession(web, bank, "kind", "when");
        Response card = web.get("/practice/sessions/" + session + "?mode=typed");
        card.then().body(containsString("id=\"typed\""));
        Map<String, String> form = hiddenFields(card.asString());
        form.put("typed", "1998-11");

        Response answered = web.post("/practice/sessions/" + session + "/answer", form);
        web.get(answered.getHeader("Location")).then().body(containsString("Correct!"));
    }

    @Test
    void orderPositionsMustBeDistinct() {
        Fixtures.Bank bank = Fixtures.bankWithEveryKind("page-" + N.incrementAndGet());
        WebClient web = student();
        long session = startSession(web, bank, "kind", "order");
        Map<String, String> form =
                hiddenFields(web.get("/practice/sessions/" + session).asString());

        Response response = web.postForm(
                "/practice/sessions/" + session + "/answer", form, Map.of("position", new String[] {"1", "1", "2"}));

        response.then().statusCode(422).body(containsString("Give each event a different position"));
        long user = userId(web);
        assertEquals(0L, Db.call(() -> ReviewLog.count("userId", user)));
    }

    @Test
    void aStudentCannotSeeOrAnswerAnotherStudentsSession() {
        Fixtures.Bank bank = Fixtures.bankWithEveryKind("page-" + N.incrementAndGet());
        WebClient owner = student();
        long session = startSession(owner, bank, "kind", "which-organization");
        Map<String, String> form =
                hiddenFields(owner.get("/practice/sessions/" + session).asString());
        form.put("choice", "ASEAN");
        String feedback =
                owner.post("/practice/sessions/" + session + "/answer", form).getHeader("Location");

        WebClient other = student();
        other.get("/practice/sessions/" + session).then().statusCode(404);
        other.get(feedback).then().statusCode(404);
        other.get("/practice");
        Map<String, String> stolen = new HashMap<>(form);
        other.post("/practice/sessions/" + session + "/answer", stolen).then().statusCode(404);
        other.post("/practice/sessions/" + session + "/retry", Map.of()).then().statusCode(404);
        long ownerId = userId(owner);
        assertEquals(1L, Db.call(() -> ReviewLog.count("userId", ownerId)));
    }

    @Test
    void theSessionEndsWithASummaryAndARetryOfTheMisses() {
        Fixtures.Bank bank = Fixtures.bankWithEveryKind("page-" + N.incrementAndGet());
        WebClient web = student();
        long session = startSession(web, bank, "kind", "true-false");
        Map<String, String> form =
                hiddenFields(web.get("/practice/sessions/" + session).asString());
        form.put("choice", "False"); // wrong
        web.post("/practice/sessions/" + session + "/answer", form);
        // a missed card comes back within the session (its learning steps are minutes) until it is learnt
        int answers = 1;
        String page = web.get("/practice/sessions/" + session).asString();
        while (!page.contains("Session finished") && answers < 6) {
            Map<String, String> again = hiddenFields(page);
            again.put("choice", "True");
            web.post("/practice/sessions/" + session + "/answer", again);
            answers++;
            page = web.get("/practice/sessions/" + session).asString();
        }

        assertTrue(page.contains("Session finished"), page);
        assertTrue(page.contains((answers - 1) + "</strong> of <strong>" + answers), page);
        assertTrue(page.contains("Retry the ones I got wrong"));
        Response retry = web.post("/practice/sessions/" + session + "/retry", Map.of());
        assertEquals(303, retry.statusCode());
        web.get(retry.getHeader("Location")).then().body(containsString("True or false?"));
    }

    private WebClient student() {
        WebClient web = new WebClient();
        Response login = web.signUp("page-student-" + N.incrementAndGet(), PASSWORD);
        assertEquals(302, login.statusCode());
        return web;
    }

    private static long startSession(WebClient web, Fixtures.Bank bank, String field, String value) {
        web.get("/practice").then().statusCode(200);
        Response started = web.post(
                "/practice/sessions", Map.of("scope", "choose", "bank", Long.toString(bank.id()), field, value));
        assertEquals(303, started.statusCode(), started.asString());
        String location = started.getHeader("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    static Map<String, String> hiddenFields(String page) {
        Map<String, String> fields = new HashMap<>();
        Matcher m = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")
                .matcher(page);
        while (m.find()) {
            fields.put(m.group(1), m.group(2));
        }
        assertTrue(fields.containsKey("questionId"), "no answer form on the page");
        return fields;
    }

    private static long userId(WebClient web) {
        String name = web.get("/student")
                .asString()
                .replaceAll("(?s).*Hello, ([^<]+)</h1>.*", "$1")
                .trim();
        return Db.call(() -> User.findByUsername(name).orElseThrow().id);
    }
}
