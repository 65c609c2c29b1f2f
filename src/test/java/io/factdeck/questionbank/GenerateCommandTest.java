package io.factdeck.questionbank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return GenerateCommand.run(
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Path copyOfSample(Path temp) throws IOException {
        Path bank = temp.resolve("sample");
        Files.createDirectories(bank);
        Files.copy(Fixtures.SAMPLE.resolve(BankFiles.BANK), bank.resolve(BankFiles.BANK));
        Files.copy(Fixtures.SAMPLE.resolve(BankFiles.FACTS), bank.resolve(BankFiles.FACTS));
        return bank;
    }

    @Test
    void rejectsBadUsage() {
        assertEquals(2, run());
        assertEquals(2, run("a", "b"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(GenerateCommand.USAGE));
    }

    @Test
    void writesQuestionsThenFindsThemCurrent(@TempDir Path temp) throws IOException {
        Path bank = copyOfSample(temp);
        assertEquals(1, run("--check", bank.toString()), "no questions.yaml yet");
        assertEquals(0, run(bank.toString()), err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("when "));
        String first = Files.readString(bank.resolve(BankFiles.QUESTIONS));
        assertEquals(0, run(bank.toString()));
        assertEquals(first, Files.readString(bank.resolve(BankFiles.QUESTIONS)), "regeneration is byte-identical");
        assertEquals(0, run("--check", bank.toString()));
        Files.writeString(bank.resolve(BankFiles.QUESTIONS), first.replace("Vietnam", "Viet Nam"));
        assertEquals(1, run("--check", bank.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("out of date"));
    }

    @Test
    void reportsFactProblemsAndWritesNothing(@TempDir Path temp) throws IOException {
        Path bank = copyOfSample(temp);
        String facts = Files.readString(bank.resolve(BankFiles.FACTS));
        Files.writeString(bank.resolve(BankFiles.FACTS), facts.replace("date: \"1998-11\"", "date: \"11/1998\""));
        assertEquals(1, run(bank.toString()));
        assertTrue(
                err.toString(StandardCharsets.UTF_8)
                        .matches("(?s)sample/facts\\.yaml:\\d+: facts\\[\\d+]\\.date must be .*"),
                err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.notExists(bank.resolve(BankFiles.QUESTIONS)));
    }

    @Test
    void asksNothingOfAFactAReviewerMarkedAndSaysWhyNotWhenMalformed(@TempDir Path temp) throws IOException {
        Path bank = copyOfSample(temp);
        assertEquals(0, run(bank.toString()));
        assertTrue(Files.readString(bank.resolve(BankFiles.QUESTIONS)).contains("un-membership-1977.when"));

        Files.writeString(bank.resolve("overrides.yaml"), """
                questions:
                  - fact: un-membership-1977
                    reason: "reviewed: not to be asked"
                  - fact: no-such-fact
                    reason: "stale"
                  - question: apec-membership-1998.when
                    reason: "reviewed: this one question only"
                """);
        assertEquals(0, run(bank.toString()), err.toString(StandardCharsets.UTF_8));
        String questions = Files.readString(bank.resolve(BankFiles.QUESTIONS));
        assertTrue(!questions.contains("\"un-membership-1977\""), "the fact is in no question");
        assertTrue(!questions.contains("\"apec-membership-1998.when\""), "the question is left out");
        assertTrue(questions.contains("\"apec-membership-1998.which-organization\""), "its fact's others are not");
        assertTrue(Files.readString(bank.resolve(BankFiles.FACTS)).contains("un-membership-1977"), "it stays a fact");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no fact no-such-fact"));

        Files.writeString(bank.resolve("overrides.yaml"), "questions:\n  - fact: un-membership-1977\n");
        assertEquals(1, run(bank.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("needs a fact id or a question id, and a reason"));
        assertEquals(questions, Files.readString(bank.resolve(BankFiles.QUESTIONS)), "nothing written");
    }

    @Test
    void asksADoubtedFactAsWhatItsSourceSaysWithTheNote(@TempDir Path temp) throws IOException {
        Path bank = copyOfSample(temp);
        Files.writeString(bank.resolve("overrides.yaml"), """
                questions:
                  - fact: un-membership-1977
                    reason: "reviewed: the source's date is doubted"
                    ask: according-to-source
                    note: "Other sources give another date."
                """);
        assertEquals(0, run(bank.toString()), err.toString(StandardCharsets.UTF_8));
        List<Question> questions = BankFiles.readQuestions(
                        Files.readString(bank.resolve(BankFiles.QUESTIONS)),
                        "questions.yaml",
                        BankFiles.readFacts(
                                        Files.readString(bank.resolve(BankFiles.FACTS)),
                                        "facts.yaml",
                                        BankFiles.readBankInfo(
                                                        Files.readString(bank.resolve(BankFiles.BANK)), "bank.yaml")
                                                .value())
                                .value())
                .value();
        List<Question> asked = questions.stream()
                .filter(q -> q.facts().contains("un-membership-1977"))
                .toList();
        assertFalse(asked.isEmpty(), "the fact is asked after all");
        for (Question q : asked) {
            if (q.kind() == QuestionKind.ORDER) {
                assertTrue(q.prompt().contains(" as the documents date them"), q.prompt());
                assertTrue(q.explanation().contains("”: Other sources give another date."), q.id());
                continue;
            }
            assertTrue(q.prompt().matches("(True or false\\? )?According to [^,]+, [a-z].*"), q.prompt());
            assertTrue(q.explanation().endsWith(" Note: Other sources give another date."), q.id());
            assertFalse(
                    q.kind() == QuestionKind.TRUE_FALSE && q.answer().equals(Question.FALSE),
                    q.id() + ": a falsehood must be false under every source");
        }

        // the date a note gives is the true one by other sources: no wrong option of a question on the doubted fact
        Files.writeString(bank.resolve("overrides.yaml"), """
                questions:
                  - fact: world-bank-membership-1990s
                    reason: "reviewed"
                    ask: according-to-source
                    note: "Other sources date it to 1985."
                """);
        assertEquals(0, run(bank.toString()), err.toString(StandardCharsets.UTF_8));
        String written = Files.readString(bank.resolve(BankFiles.QUESTIONS));
        int at = written.indexOf("id: \"world-bank-membership-1990s.when\"");
        assertTrue(at >= 0, "the decade is asked");
        int from = written.indexOf("options:", at);
        String options = written.substring(from, written.indexOf('\n', from));
        assertTrue(options.contains("the 1990s"), options);
        assertFalse(options.contains("the 1980s"), options);

        for (String bad : List.of("ask: always\n    note: \"x\"", "ask: according-to-source")) {
            Files.writeString(
                    bank.resolve("overrides.yaml"),
                    "questions:\n  - fact: un-membership-1977\n    reason: \"r\"\n    " + bad + "\n");
            err.reset();
            assertEquals(1, run(bank.toString()), bad);
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("questions[0]: "), err.toString());
        }
    }

    @Test
    void offersTheLeadersOfOverridesAndNamesAMalformedEntry(@TempDir Path temp) throws IOException {
        Path bank = copyOfSample(temp);
        assertEquals(0, run(bank.toString()));
        assertTrue(!Files.readString(bank.resolve(BankFiles.QUESTIONS)).contains("north-agreement-1964.who\""));

        Files.writeString(bank.resolve("overrides.yaml"), """
                leaders:
                  - {name: "Zhou Enlai", country: China, nationality: Chinese, office: Premier, from: 1949, to: 1976}
                  - {name: "Chen Yi", country: China, nationality: Chinese, office: Foreign Minister, from: 1958, to: 1972}
                  - {name: "Liu Shaoqi", country: China, nationality: Chinese, office: President, from: 1949, to: 1968}
                  - {name: "Mao Zedong", country: China, nationality: Chinese, office: Chairman, from: 1949, died: 1976}
                """);
        assertEquals(0, run(bank.toString()), err.toString(StandardCharsets.UTF_8));
        String questions = Files.readString(bank.resolve(BankFiles.QUESTIONS));
        assertTrue(questions.contains("north-agreement-1964.who\""), "Zhou Enlai is asked among Chinese leaders");

        Files.writeString(
                bank.resolve("overrides.yaml"),
                "leaders:\n  - {name: \"Chen Yi\", country: China, nationality: Chinese, from: 1958}\n");
        assertEquals(1, run(bank.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("leaders[0]: office is missing"));
        assertEquals(questions, Files.readString(bank.resolve(BankFiles.QUESTIONS)), "nothing written");
    }

    @Test
    void readsTheKnownAgreementsOfOverridesAndNamesAMalformedEntry(@TempDir Path temp) throws IOException {
        Path bank = copyOfSample(temp);
        Files.writeString(bank.resolve("overrides.yaml"), """
                agreements:
                  - {name: "Paris Peace Accords", category: agreement, date: 1973-01, parties: [United States, Vietnam]}
                """);
        assertEquals(0, run(bank.toString()), err.toString(StandardCharsets.UTF_8));
        String questions = Files.readString(bank.resolve(BankFiles.QUESTIONS));

        for (String[] malformed : new String[][] {
            {
                "{name: \"Paris Peace Accords\", category: agreement, parties: [Vietnam]}",
                "agreements[0]: date is missing"
            },
            {
                "{name: \"Paris Peace Accords\", category: agreement, date: soon, parties: [Vietnam]}",
                "agreements[0]: date must"
            },
            {
                "{name: \"Paris Peace Accords\", category: agreement, date: 1973, parties: Vietnam}",
                "agreements[0]: parties must"
            }
        }) {
            err.reset();
            Files.writeString(bank.resolve("overrides.yaml"), "agreements:\n  - " + malformed[0] + "\n");
            assertEquals(1, run(bank.toString()), malformed[0]);
            assertTrue(
                    err.toString(StandardCharsets.UTF_8).contains(malformed[1]), err.toString(StandardCharsets.UTF_8));
            assertEquals(questions, Files.readString(bank.resolve(BankFiles.QUESTIONS)), "nothing written");
        }
    }

    @Test
    void readsTheKnownOrganizationsOfOverridesAndNamesAMalformedEntry(@TempDir Path temp) throws IOException {
        Path bank = copyOfSample(temp);
        Files.writeString(bank.resolve("overrides.yaml"), """
                organizations:
                  - {name: "Asia-Europe Meeting", founded: 1996, summits: true, hosted: {Vietnam: [2004]}}
                """);
        assertEquals(0, run(bank.toString()), err.toString(StandardCharsets.UTF_8));
        String questions = Files.readString(bank.resolve(BankFiles.QUESTIONS));
        for (String[] malformed : new String[][] {
            {"{name: \"Asia-Europe Meeting\", summits: true}", "organizations[0]: founded and dissolved must be years"},
            {
                "{name: \"Asia-Europe Meeting\", founded: 1996, hosted: {Vietnam: soon}}",
                "hosted: Vietnam must list years"
            },
            {"{founded: 1996}", "organizations[0]: name is missing"}
        }) {
            err.reset();
            Files.writeString(bank.resolve("overrides.yaml"), "organizations:\n  - " + malformed[0] + "\n");
            assertEquals(1, run(bank.toString()), malformed[0]);
            assertTrue(
                    err.toString(StandardCharsets.UTF_8).contains(malformed[1]), err.toString(StandardCharsets.UTF_8));
            assertEquals(questions, Files.readString(bank.resolve(BankFiles.QUESTIONS)), "nothing written");
        }
    }

    @Test
    void leavesOutAPlanAReviewerMarkedAsAFact(@TempDir Path temp) throws IOException {
        Path bank = copyOfSample(temp);
        assertEquals(0, run(bank.toString()));
        assertTrue(
                Files.readString(bank.resolve(BankFiles.QUESTIONS)).contains("\"industrial-country-plan-2030.when\""));
        Files.writeString(bank.resolve("overrides.yaml"), """
                questions:
                  - fact: industrial-country-plan-2030
                    reason: "a goal the reviewer found wanting"
                """);
        assertEquals(0, run(bank.toString()), err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.readString(bank.resolve(BankFiles.QUESTIONS)).contains("industrial-country-plan-2030."));
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("no fact"), "a plan is a fact to leave out");
    }
}
