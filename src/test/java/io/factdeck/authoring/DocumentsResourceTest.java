package io.factdeck.authoring;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factdeck.questionbank.BankEntity;
import io.factdeck.questionbank.FactEntity;
import io.factdeck.questionbank.QuestionEntity;
import io.factdeck.testing.Accounts;
import io.factdeck.testing.Db;
import io.factdeck.testing.PostgresResource;
import io.factdeck.testing.WebClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An instructor's own document, from upload to a published bank, with decisions that survive re-processing. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class DocumentsResourceTest {

    private static final AtomicInteger N = new AtomicInteger();
    static final String PASSWORD = "authoring test password";

    @Test
    void aDocumentBecomesADraftBankWithFactsAndQuestions() throws IOException {
        WebClient web = instructor();
        long bank = upload(web, "Mekong treaties " + N.incrementAndGet());

        BankEntity stored = Db.call(() -> BankEntity.findById(bank));
        assertFalse(stored.published);
        assertEquals(BankEntity.ORIGIN_UPLOAD, stored.origin);
        assertTrue(Db.call(() -> FactEntity.count("bankId", bank)) >= 5);
        assertTrue(Db.call(() -> QuestionEntity.count("bankId = ?1 and retiredAt is null", bank)) >= 10);
        web.get("/instructor/documents/" + bank)
                .then()
                .statusCode(200)
                .body(containsString(
                        "Cambodia joined the Association of Southeast Asian Nations (ASEAN) in April 1999"))
                .body(containsString("Publish this bank"));
    }

    @Test
    void aTooLongDocumentIsRefusedWithAClearMessageAndNothingIsCreated() {
        WebClient web = instructor();
        web.get("/instructor/documents/new");
        long before = Db.call(() -> BankEntity.count());
        Response response = web.postMultipart(
                "/instructor/documents",
                Map.of(
                        "bankTitle",
                        "Too long",
                        "documentTitle",
                        "Long",
                        "text",
                        "a".repeat(AuthoringService.MAX_CHARS + 1)),
                null,
                null,
                null);

        response.then().statusCode(422).body(containsString("the limit is 200,000 characters"));
        assertEquals(before, Db.call(() -> BankEntity.count()));
    }

    @Test
    void rejectionsAndEditsSurviveProcessingAgain() throws IOException {
        WebClient web = instructor();
        long bank = upload(web, "Decisions " + N.incrementAndGet());
        QuestionEntity toReject = firstLive(bank, "true-false");
        QuestionEntity toEdit = firstLive(bank, "when");

        web.get("/instructor/documents/" + bank);
        web.post("/instructor/documents/" + bank + "/questions/" + toReject.id + "/reject", Map.of())
                .then()
                .statusCode(303);
        web.get("/instructor/documents/" + bank + "/questions/" + toEdit.id + "/edit")
                .then()
                .statusCode(200);
        Map<String, String> edit = new HashMap<>();
        edit.put("prompt", "Exactly when did this happen?");
        edit.put("answer", toEdit.answer);
        edit.put("options", String.join("\n", toEdit.options));
        edit.put("explanation", "Edited by the instructor.");
        web.post("/instructor/documents/" + bank + "/questions/" + toEdit.id + "/edit", edit)
                .then()
                .statusCode(303);

        web.get("/instructor/documents/" + bank);
        web.post("/instructor/documents/" + bank + "/reprocess", Map.of())
                .then()
                .statusCode(303);

        assertNotNull(reload(toReject).retiredAt, "still rejected after processing again");
        QuestionEntity edited = reload(toEdit);
        assertEquals("Exactly when did this happen?", edited.prompt);
        assertEquals("Edited by the instructor.", edited.explanation);
        assertNull(edited.retiredAt);
        web.get("/instructor/documents/" + bank)
                .then()
                .body(containsString("Rejected questions"))
                .body(containsString("Exactly when did this happen?"));

        long decision = Db.call(
                () -> ReviewDecision.<ReviewDecision>find("bankId = ?1 and itemKey = ?2", bank, toReject.questionKey)
                        .firstResult()
                        .id);
        web.post("/instructor/documents/" + bank + "/decisions/" + decision + "/withdraw", Map.of())
                .then()
                .statusCode(303);
        assertNull(reload(toReject).retiredAt, "restored");
    }

    @Test
    void anEditThatWouldBreakTheQuestionIsRefused() throws IOException {
        WebClient web = instructor();
        long bank = upload(web, "Bad edit " + N.incrementAndGet());
        QuestionEntity q = firstLive(bank, "when");
        web.get("/instructor/documents/" + bank + "/questions/" + q.id + "/edit");

        Response response = web.post(
                "/instructor/documents/" + bank + "/questions/" + q.id + "/edit",
                Map.of(
                        "prompt",
                        "When?",
                        "answer",
                        "Not an option",
                        "options",
                        String.join("\n", q.options),
                        "explanation",
                        ""));

        response.then().statusCode(422).body(containsString("The answer must be one of the options"));
        assertEquals(q.prompt, reload(q).prompt);
    }

    @Test
    void aRejectedFactTakesItsQuestionsWithItForGood() throws IOException {
        WebClient web = instructor();
        long bank = upload(web, "Fact rejection " + N.incrementAndGet());
        FactEntity fact = Db.call(() -> FactEntity.<FactEntity>find("bankId = ?1 and event like '%Cambodia%'", bank)
                .firstResult());
        assertNotNull(fact);

        web.get("/instructor/documents/" + bank);
        web.post("/instructor/documents/" + bank + "/facts/" + fact.id + "/reject", Map.of())
                .then()
                .statusCode(303);
        web.get("/instructor/documents/" + bank);
        web.post("/instructor/documents/" + bank + "/reprocess", Map.of())
                .then()
                .statusCode(303);

        assertEquals(0L, Db.call(() -> FactEntity.count("bankId = ?1 and factKey = ?2", bank, fact.factKey)));
        List<QuestionEntity> live = Db.call(() -> QuestionEntity.list("bankId = ?1 and retiredAt is null", bank));
        assertTrue(
                live.stream().noneMatch(q -> q.factKeys.contains(fact.factKey)), "no question about the rejected fact");
        web.get("/instructor/documents/" + bank).then().body(containsString("Rejected facts"));
    }

    @Test
    void publishedDocumentBanksCanBeStudiedAndExportedAsYaml() throws IOException {
        WebClient web = instructor();
        String title = "Published " + N.incrementAndGet();
        long bank = upload(web, title);
        web.get("/instructor/documents/" + bank);
        web.post("/instructor/banks/" + bank + "/publish", Map.of()).then().statusCode(303);

        web.get("/instructor/banks/" + bank + "/export?format=yaml")
                .then()
                .statusCode(200)
                .body(containsString("questions:"))
                .body(containsString("kind: when"));
        WebClient student = new WebClient();
        student.signUp("authoring-student-" + N.incrementAndGet(), PASSWORD);
        student.get("/practice").then().body(containsString(title));
    }

    @Test
    void onlyTheOwnerReviewsADocumentBank() throws IOException {
        WebClient owner = instructor();
        long bank = upload(owner, "Private " + N.incrementAndGet());
        QuestionEntity q = firstLive(bank, "when");

        WebClient other = instructor();
        other.get("/instructor/documents/" + bank).then().statusCode(404);
        other.get("/instructor/banks");
        other.post("/instructor/documents/" + bank + "/questions/" + q.id + "/reject", Map.of())
                .then()
                .statusCode(404);
        assertNull(reload(q).retiredAt);

        WebClient student = new WebClient();
        student.signUp("authoring-nosy-" + N.incrementAndGet(), PASSWORD);
        student.get("/instructor/documents/" + bank).then().statusCode(403).body(not(containsString("Mekong")));
    }

    // ---- helpers

    static long upload(WebClient web, String bankTitle) throws IOException {
        web.get("/instructor/documents/new").then().statusCode(200);
        byte[] text = Files.readAllBytes(Path.of("src", "test", "resources", "authoring", "mekong-treaties.txt"));
        Response created = web.postMultipart(
                "/instructor/documents",
                Map.of("bankTitle", bankTitle, "documentTitle", "The Mekong and its treaties"),
                "file",
                "mekong.txt",
                text);
        assertEquals(303, created.statusCode(), created.asString());
        return Long.parseLong(created.getHeader("Location").replaceAll(".*/instructor/documents/(\\d+).*", "$1"));
    }

    static QuestionEntity firstLive(long bank, String kind) {
        QuestionEntity q = Db.call(() -> QuestionEntity.<QuestionEntity>find(
                        "bankId = ?1 and kind = ?2 and retiredAt is null order by id", bank, kind)
                .firstResult());
        assertNotNull(q, "the bank has a " + kind + " question");
        return q;
    }

    static QuestionEntity reload(QuestionEntity q) {
        return Db.call(() -> QuestionEntity.findById(q.id));
    }

    static WebClient instructor() {
        return Accounts.instructor();
    }
}
