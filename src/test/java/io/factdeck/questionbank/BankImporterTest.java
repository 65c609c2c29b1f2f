package io.factdeck.questionbank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factdeck.accounts.AccountService;
import io.factdeck.accounts.Role;
import io.factdeck.practice.PracticeService;
import io.factdeck.practice.ReviewCard;
import io.factdeck.practice.SessionChoice;
import io.factdeck.practice.StudySession;
import io.factdeck.practice.Submission;
import io.factdeck.scheduling.Rating;
import io.factdeck.testing.Db;
import io.factdeck.testing.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Importing bank folders into PostgreSQL: all or nothing, idempotent, and kind to students' progress. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class BankImporterTest {

    static final Path SAMPLE = Path.of("src", "test", "resources", "questionbank", "sample");
    private static final AtomicInteger N = new AtomicInteger();

    @Inject
    BankImporter importer;

    @Inject
    PracticeService practice;

    @Inject
    AccountService accounts;

    @TempDir
    Path dir;

    @Test
    void importsEveryQuestionAndAgainChangesNothing() throws IOException {
        Path bank = copySample();
        int inFile = countQuestions(bank);

        BankImporter.Report first = importer.importBank(bank);
        assertTrue(first.valid(), first.problems().toString());
        assertEquals(inFile, first.added());
        long bankId = bankId(bank);
        assertEquals((long) inFile, Db.call(() -> QuestionEntity.count("bankId", bankId)));
        assertTrue(Db.call(() -> FactEntity.count("bankId", bankId)) > 0);

        String before = snapshot(bankId);
        BankImporter.Report second = importer.importBank(bank);
        assertTrue(second.unchanged());
        assertEquals(before, snapshot(bankId), "re-importing an unchanged bank changes nothing");
    }

    static Stream<Arguments> defects() {
        return Stream.of(
                Arguments.of("bad YAML", (UnaryOperator<String>) q -> q + "\n  - id: [unclosed\n", "questions.yaml:"),
                Arguments.of(
                        "missing prompt",
                        (UnaryOperator<String>) q -> q.replaceFirst("\n    prompt: [^\n]*", ""),
                        "prompt"),
                Arguments.of("duplicate id", (UnaryOperator<String>) BankImporterTest::duplicateFirstId, "id"),
                Arguments.of(
                        "answer not among options",
                        (UnaryOperator<String>) BankImporterTest::answerNotAnOption,
                        "options"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void aMalformedBankImportsNothingAndSaysWhere(String defect, UnaryOperator<String> breakIt, String mentions)
            throws IOException {
        Path bank = copySample();
        edit(bank.resolve("questions.yaml"), breakIt);

        BankImporter.Report report = importer.importBank(bank);

        assertFalse(report.valid(), defect);
        Problem problem = report.problems().get(0);
        assertTrue(problem.file().endsWith("questions.yaml"), problem.toString());
        assertTrue(problem.line() > 0, "a line number: " + problem);
        assertTrue(problem.toString().contains(mentions), problem.toString());
        String slug = bank.getFileName().toString();
        assertTrue(Db.call(() -> BankEntity.findBySlug(slug)).isEmpty(), "nothing stored for " + defect);
    }

    @Test
    void aBrokenNewVersionLeavesThePreviousOneLive() throws IOException {
        Path bank = copySample();
        importer.importBank(bank);
        long bankId = bankId(bank);
        String before = snapshot(bankId);

        edit(bank.resolve("questions.yaml"), BankImporterTest::answerNotAnOption);
        assertFalse(importer.importBank(bank).valid());

        assertEquals(before, snapshot(bankId));
    }

    @Test
    void aChangedPromptKeepsTheQuestionAndEveryonesProgress() throws IOException {
        Path bank = copySample();
        importer.importBank(bank);
        long bankId = bankId(bank);
        QuestionEntity question =
                Db.call(() -> QuestionEntity.<QuestionEntity>find("bankId = ?1 and kind = 'when'", bankId)
                        .firstResult());
        long student = student();
        answer(student, bankId, question);
        ReviewCard cardBefore =
                Db.call(() -> practice.card(student, question.id).orElseThrow());

        edit(
                bank.resolve("questions.yaml"),
                q -> q.replace(question.prompt, question.prompt.replace("?", ", according to the sources?")));
        BankImporter.Report report = importer.importBank(bank);

        assertEquals(1, report.changed(), report.toString());
        QuestionEntity after = Db.call(() -> QuestionEntity.findById(question.id));
        assertTrue(after.prompt.endsWith("according to the sources?"));
        assertEquals(question.questionKey, after.questionKey);
        ReviewCard cardAfter = Db.call(() -> practice.card(student, question.id).orElseThrow());
        assertEquals(cardBefore.id, cardAfter.id);
        assertEquals(cardBefore.version, cardAfter.version);
        assertEquals(cardBefore.due, cardAfter.due);
    }

    @Test
    void aRemovedQuestionIsRetiredWithItsHistoryAndComesBackIfRestored() throws IOException {
        Path bank = copySample();
        importer.importBank(bank);
        long bankId = bankId(bank);
        QuestionEntity question =
                Db.call(() -> QuestionEntity.<QuestionEntity>find("bankId = ?1 and kind = 'true-false'", bankId)
                        .firstResult());
        long student = student();
        answer(student, bankId, question);
        String original = Files.readString(bank.resolve("questions.yaml"));

        edit(bank.resolve("questions.yaml"), q -> removeQuestion(q, question.questionKey));
        BankImporter.Report report = importer.importBank(bank);

        assertEquals(1, report.retired(), report.toString());
        QuestionEntity retired = Db.call(() -> QuestionEntity.findById(question.id));
        assertNotNull(retired.retiredAt);
        assertTrue(Db.call(() -> practice.card(student, question.id)).isPresent(), "the student's card stays");

        Files.writeString(bank.resolve("questions.yaml"), original);
        assertEquals(1, importer.importBank(bank).changed());
        assertNull(Db.call(() -> ((QuestionEntity) QuestionEntity.findById(question.id)).retiredAt));
    }

    // ---- helpers

    private Path copySample() throws IOException {
        String slug = "imported-" + N.incrementAndGet();
        Path bank = dir.resolve(slug);
        Files.createDirectories(bank);
        for (String file : List.of("bank.yaml", "facts.yaml", "questions.yaml")) {
            Files.copy(SAMPLE.resolve(file), bank.resolve(file));
        }
        edit(bank.resolve("bank.yaml"), b -> b.replaceFirst("(?m)^id: sample$", "id: " + slug));
        return bank;
    }

    private static void edit(Path file, UnaryOperator<String> change) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String changed = change.apply(text);
        assertFalse(text.equals(changed), "the edit changed nothing in " + file);
        Files.writeString(file, changed, StandardCharsets.UTF_8);
    }

    private static int countQuestions(Path bank) throws IOException {
        return (int) Files.readAllLines(bank.resolve("questions.yaml")).stream()
                .filter(l -> l.startsWith("  - id: "))
                .count();
    }

    static String duplicateFirstId(String questions) {
        Matcher ids = Pattern.compile("(?m)^  - id: (\\S+)$").matcher(questions);
        assertTrue(ids.find());
        String first = ids.group(1);
        assertTrue(ids.find());
        return questions.substring(0, ids.start(1)) + first + questions.substring(ids.end(1));
    }

    static String answerNotAnOption(String questions) {
        Matcher when = Pattern.compile("(?m)^    kind: when\\n    prompt: [^\\n]*\\n    answer: ([^\\n]*)$")
                .matcher(questions);
        assertTrue(when.find(), "the sample has a when question");
        return questions.substring(0, when.start(1)) + "\"Not one of the options\"" + questions.substring(when.end(1));
    }

    static String removeQuestion(String questions, String id) {
        int start = questions.indexOf("  - id: \"" + id + "\"\n");
        if (start < 0) {
            start = questions.indexOf("  - id: " + id + "\n");
        }
        assertTrue(start >= 0, id);
        int end = questions.indexOf("\n  - id: ", start + 1);
        return questions.substring(0, start) + (end < 0 ? "" : questions.substring(end + 1));
    }

    private static long bankId(Path bank) {
        String slug = bank.getFileName().toString();
        return Db.call(() -> BankEntity.findBySlug(slug).orElseThrow().id);
    }

    /** Every stored question's key, content hash, retirement and update time: what an import could change. */
    private static String snapshot(long bankId) {
        return Db.call(() -> QuestionEntity.<QuestionEntity>list("bankId = ?1 order by questionKey", bankId).stream()
                .map(q -> q.questionKey + " " + q.contentHash + " " + q.retiredAt + " " + q.updatedAt + " " + q.prompt)
                .reduce("", (a, b) -> a + "\n" + b));
    }

    private long student() {
        try {
            return accounts.register(
                            "importer-" + N.incrementAndGet(),
                            "a long test password",
                            "a long test password",
                            Role.STUDENT)
                    .id;
        } catch (AccountService.InvalidForm e) {
            throw new IllegalStateException(e.errors().all().toString());
        }
    }

    private void answer(long student, long bankId, QuestionEntity question) {
        StudySession session = practice.start(
                student,
                new SessionChoice("t", List.of(bankId), List.of(), List.of(), null, null, false, "mixed"),
                Instant.now());
        // the right option, chosen in five seconds: a Good answer
        Submission submission = new Submission(question.answer, null, null, null, Duration.ofSeconds(5), false);
        practice.answer(session, question.id, 0, submission, Instant.now());
        assertEquals(
                Rating.GOOD.grade(),
                Db.call(() -> io.factdeck.practice.ReviewLog.<io.factdeck.practice.ReviewLog>find("userId", student)
                        .firstResult()
                        .rating));
    }
}
