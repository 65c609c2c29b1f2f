package io.factdeck.questionbank;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factdeck.testing.Accounts;
import io.factdeck.testing.Db;
import io.factdeck.testing.PostgresResource;
import io.factdeck.testing.WebClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The instructors' bank pages over HTTP: exports, GIFT import, publishing, and who may do what. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class BanksResourceTest {

    private static final AtomicInteger N = new AtomicInteger();
    static final String PASSWORD = "instructor test password";
    static final String GIFT = """
            // questions an instructor brings
            ::paris::In which year were the Paris Peace Accords signed? {=1973 ~1968 ~1975 ~1979}

            ::asean-tf::Vietnam joined ASEAN in 1995. {TRUE}

            ::doi-moi::Which policy of renovation did Vietnam launch in 1986? {=Doi Moi =Đổi Mới}
            """;

    @Inject
    BankImporter importer;

    @Inject
    BankCatalog catalog;

    long bankId;

    @BeforeEach
    void importSample() {
        Path sample = Path.of("src", "test", "resources", "questionbank", "sample");
        importer.importBank(sample);
        bankId = Db.call(() -> BankEntity.findBySlug("sample").orElseThrow().id);
    }

    @Test
    void exportsTheBankInEveryFormat() throws Exception {
        WebClient web = instructor();
        web.get("/instructor/banks").then().statusCode(200).body(containsString("Sample: a small country"));
        web.get("/instructor/banks/" + bankId).then().statusCode(200).body(containsString("Moodle XML"));

        Response gift = web.get("/instructor/banks/" + bankId + "/export?format=gift");
        gift.then().statusCode(200).header("Content-Disposition", containsString("sample.gift.txt"));
        assertTrue(GiftParser.parse(gift.asString(), "export").ok(), "our GIFT reads back");

        Response xml = web.get("/instructor/banks/" + bankId + "/export?format=moodle-xml");
        Document doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.asByteArray()));
        assertEquals("quiz", doc.getDocumentElement().getNodeName());
        assertTrue(doc.getElementsByTagName("question").getLength() > 100);

        String anki =
                web.get("/instructor/banks/" + bankId + "/export?format=anki").asString();
        for (String header : List.of("#separator:tab", "#html:true", "#columns:", "#deck:", "#tags column:")) {
            assertTrue(anki.contains(header + (header.endsWith(":") ? "" : "\n")), header);
        }
        web.get("/instructor/banks/" + bankId + "/export?format=csv")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"));
        web.get("/instructor/banks/" + bankId + "/export?format=yaml")
                .then()
                .statusCode(200)
                .body(containsString("questions:"));
        web.get("/instructor/banks/" + bankId + "/export?format=pdf").then().statusCode(404);
    }

    @Test
    void exportsOnlyTheFilteredQuestions() {
        WebClient web = instructor();
        String csv = web.get("/instructor/banks/" + bankId + "/export?format=csv&kind=true-false")
                .asString();
        List<String> rows = csv.lines().skip(1).filter(l -> !l.isBlank()).toList();
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> r.contains("true-false")), csv);
        long inDb = Db.call(
                () -> QuestionEntity.count("bankId = ?1 and kind = 'true-false' and retiredAt is null", bankId));
        assertTrue(csv.split("\r?\n").length - 1 >= inDb);
    }

    @Test
    void importsGiftIntoADraftBankOfOnesOwnAndPublishesIt() {
        WebClient web = instructor();
        web.get("/instructor/banks/import");
        Response created = web.postMultipart(
                "/instructor/banks/import",
                Map.of("title", "Brought from Moodle"),
                "file",
                "moodle.gift",
                GIFT.getBytes(StandardCharsets.UTF_8));

        assertEquals(303, created.statusCode(), created.asString());
        String location = created.getHeader("Location");
        long id = Long.parseLong(location.replaceAll(".*/instructor/banks/(\\d+).*", "$1"));
        BankEntity bank = Db.call(() -> BankEntity.findById(id));
        assertFalse(bank.published);
        assertEquals(3L, Db.call(() -> QuestionEntity.count("bankId", id)));
        web.get(location).then().body(containsString("Paris Peace Accords")).body(containsString("Publish this bank"));

        web.post("/instructor/banks/" + id + "/publish", Map.of()).then().statusCode(303);
        assertTrue(Db.call(() -> ((BankEntity) BankEntity.findById(id)).published));

        web.get("/instructor/banks/" + id).then().body(containsString("Make it a draft again"));
        web.post("/instructor/banks/" + id + "/unpublish", Map.of()).then().statusCode(303);
        assertFalse(Db.call(() -> ((BankEntity) BankEntity.findById(id)).published));
    }

    @Test
    void aBankWithoutQuestionsIsNotPublished() {
        WebClient web = instructor();
        String name = web.get("/student")
                .asString()
                .replaceAll("(?s).*Hello, ([^<]+)</h1>.*", "$1")
                .trim();
        long owner =
                Db.call(() -> io.factdeck.accounts.User.findByUsername(name).orElseThrow().id);
        long id = Db.call(() -> catalog.newBank(owner, "Empty", BankEntity.ORIGIN_GIFT).id);
        web.get("/instructor/banks/" + id);

        web.post("/instructor/banks/" + id + "/publish", Map.of())
                .then()
                .statusCode(303)
                .header("Location", containsString("nothing-to-publish"));
        assertFalse(Db.call(() -> ((BankEntity) BankEntity.findById(id)).published));
    }

    @Test
    void malformedGiftImportsNothingAndSaysWhichLine() {
        WebClient web = instructor();
        web.get("/instructor/banks/import");
        long before = Db.call(() -> BankEntity.count());
        Response response = web.postMultipart(
                "/instructor/banks/import",
                Map.of("title", "Broken", "gift", "::ok::A question? {=yes ~no}\n\n::bad::Unclosed answer {=yes ~no\n"),
                null,
                null,
                null);

        response.then()
                .statusCode(422)
                .body(containsString("Nothing was imported"))
                .body(containsString("pasted text:3: question has a { without a closing }"))
                .body(containsString("::bad::Unclosed answer"));
        assertEquals(before, Db.call(() -> BankEntity.count()));
    }

    @Test
    void studentsCannotUseThem() {
        WebClient student = new WebClient();
        student.signUp("bank-student-" + N.incrementAndGet(), PASSWORD);
        student.get("/instructor/banks").then().statusCode(403);
        student.get("/instructor/banks/" + bankId + "/export?format=gift")
                .then()
                .statusCode(403);
    }

    @Test
    void anotherInstructorsDraftIsNotThere() {
        WebClient owner = instructor();
        owner.get("/instructor/banks/import");
        String location = owner.postMultipart(
                        "/instructor/banks/import", Map.of("title", "Mine", "gift", GIFT), null, null, null)
                .getHeader("Location");
        long id = Long.parseLong(location.replaceAll(".*/instructor/banks/(\\d+).*", "$1"));

        WebClient other = instructor();
        other.get("/instructor/banks/" + id).then().statusCode(404);
        other.get("/instructor/banks/" + id + "/export?format=gift").then().statusCode(404);
        other.get("/instructor/banks");
        other.post("/instructor/banks/" + id + "/publish", Map.of()).then().statusCode(404);
        assertFalse(Db.call(() -> ((BankEntity) BankEntity.findById(id)).published));
    }

    @Test
    void anImportedBanksQuestionsAreEditedAndRemovedAndTheBankRenamed() {
        WebClient web = instructor();
        long id = importGift(web, "Brought along");
        long paris = Db.call(() -> QuestionEntity.<QuestionEntity>find("bankId = ?1 and questionKey = 'paris'", id)
                .firstResult()
                .id);
        String edit = "/instructor/banks/" + id + "/questions/" + paris + "/edit";
        web.get("/instructor/banks/" + id).then().body(containsString(edit));
        web.get(edit).then().statusCode(200).body(containsString("1973\n1968"));

        // an answer that is not among the options re-renders the form with the message and what was typed
        Map<String, String> wrong = Map.of(
                "prompt", "In which year were the Paris Peace Accords signed in Paris?",
                "answer", "1974",
                "options", "1973\n1968\n1975\n1979",
                "explanation", "Signed on 27 January 1973.");
        web.post(edit, wrong)
                .then()
                .statusCode(422)
                .body(containsString("The answer must be one of the options"))
                .body(containsString("signed in Paris?"));
        assertEquals("1973", Db.call(() -> ((QuestionEntity) QuestionEntity.findById(paris)).answer));

        Map<String, String> right = new java.util.HashMap<>(wrong);
        right.put("answer", "1973");
        web.post(edit, right).then().statusCode(303);
        QuestionEntity saved = Db.call(() -> QuestionEntity.findById(paris));
        assertEquals("In which year were the Paris Peace Accords signed in Paris?", saved.prompt);
        assertEquals("Signed on 27 January 1973.", saved.explanation);
        assertEquals("paris", saved.questionKey);

        web.post("/instructor/banks/" + id + "/questions/" + paris + "/remove", Map.of())
                .then()
                .statusCode(303);
        assertTrue(Db.call(() -> ((QuestionEntity) QuestionEntity.findById(paris)).isRetired()));
        assertEquals(2L, Db.call(() -> QuestionEntity.count("bankId = ?1 and retiredAt is null", id)));
        web.get(edit).then().statusCode(404);

        web.get("/instructor/banks/" + id + "/details").then().statusCode(200);
        web.post("/instructor/banks/" + id + "/details", Map.of("title", " ", "description", "x"))
                .then()
                .statusCode(422)
                .body(containsString("Give the bank a title"));
        web.post(
                        "/instructor/banks/" + id + "/details",
                        Map.of("title", "Vietnam <b>quiz</b>", "description", "For class 9B."))
                .then()
                .statusCode(303);
        web.get("/instructor/banks/" + id)
                .then()
                .body(containsString("Vietnam &lt;b&gt;quiz&lt;/b&gt;"))
                .body(containsString("For class 9B."));
    }

    @Test
    void onlyTheOwnerEditsAndTheRepositorysBanksAreEditedInTheirFiles() {
        WebClient owner = instructor();
        long id = importGift(owner, "Not yours");
        long question =
                Db.call(() -> QuestionEntity.<QuestionEntity>find("bankId", id).firstResult().id);
        WebClient other = instructor();
        other.get("/instructor/banks");
        other.get("/instructor/banks/" + id + "/questions/" + question + "/edit")
                .then()
                .statusCode(404);
        other.post("/instructor/banks/" + id + "/questions/" + question + "/remove", Map.of())
                .then()
                .statusCode(404);
        other.post("/instructor/banks/" + id + "/details", Map.of("title", "Taken"))
                .then()
                .statusCode(404);
        assertEquals("Not yours", Db.call(() -> ((BankEntity) BankEntity.findById(id)).title));
        assertFalse(Db.call(() -> ((QuestionEntity) QuestionEntity.findById(question)).isRetired()));

        long sampleQuestion = Db.call(
                () -> QuestionEntity.<QuestionEntity>find("bankId", bankId).firstResult().id);
        owner.get("/instructor/banks/" + bankId + "/questions/" + sampleQuestion + "/edit")
                .then()
                .statusCode(404);
        owner.get("/instructor/banks/" + bankId + "/details").then().statusCode(404);
    }

    private static long importGift(WebClient web, String title) {
        web.get("/instructor/banks/import");
        String location = web.postMultipart(
                        "/instructor/banks/import", Map.of("title", title, "gift", GIFT), null, null, null)
                .getHeader("Location");
        return Long.parseLong(location.replaceAll(".*/instructor/banks/(\\d+).*", "$1"));
    }

    static WebClient instructor() {
        return Accounts.instructor();
    }
}
