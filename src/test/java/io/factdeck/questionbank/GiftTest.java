package io.factdeck.questionbank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GiftTest {

    /** What GIFT cannot carry: typed variants of a multiple-choice answer and a cloze card's back. */
    private static Question withoutWhatGiftDrops(Question q) {
        List<String> accept = q.options().isEmpty() ? q.accept() : List.of();
        return new Question(
                q.id(),
                q.kind(),
                q.prompt(),
                q.answer(),
                accept,
                q.options(),
                q.items(),
                q.statement(),
                null,
                q.facts(),
                q.explanation(),
                q.tags());
    }

    private static Question untagged(Question q) {
        return new Question(
                q.id(),
                q.kind(),
                q.prompt(),
                q.answer(),
                q.accept(),
                q.options(),
                q.items(),
                q.statement(),
                q.back(),
                q.facts(),
                q.explanation(),
                List.of());
    }

    @Test
    void exportThenImportGivesTheSameQuestions() {
        List<Question> questions = Fixtures.generated();
        String gift = GiftExporter.export(Fixtures.info(), questions);
        BankFiles.Result<List<Question>> parsed = GiftParser.parse(gift, "sample.gift");
        assertEquals(List.of(), parsed.problems());
        List<Question> expected =
                questions.stream().map(GiftTest::withoutWhatGiftDrops).toList();
        List<Question> actual = parsed.value().stream()
                .map(q -> withoutWhatGiftDrops(new Question(
                        q.id(),
                        q.kind(),
                        q.prompt(),
                        q.answer(),
                        q.accept(),
                        q.options(),
                        q.items(),
                        q.statement(),
                        q.back(),
                        q.facts(),
                        q.explanation(),
                        // the $CATEGORY line adds its own tag on import
                        q.tags().stream().filter(t -> !t.startsWith("sample-")).toList())))
                .toList();
        assertEquals(expected, actual);
    }

    @Test
    void escapesEverySpecialCharacter() {
        assertEquals("a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni", GiftExporter.escape("a~b=c#d{e}f:g\\h\ni"));
        Question tricky = new Question(
                "x.choice",
                QuestionKind.CHOICE,
                "Which is {odd}: a=b, c~d or #e? C:\\path",
                "c~d",
                List.of(),
                List.of("a=b", "c~d", "#e", "{f}"),
                List.of(),
                null,
                null,
                List.of(),
                "Because: ~ = # { } \\ all escaped",
                List.of());
        String gift = GiftExporter.export(Fixtures.info(), List.of(tricky));
        BankFiles.Result<List<Question>> parsed = GiftParser.parse(gift, "x.gift");
        assertEquals(List.of(), parsed.problems());
        assertEquals(tricky, untagged(parsed.value().get(0)));
    }

    @Test
    void importsWhatAnInstructorBrings() {
        String gift = """
                // Week 3 questions, exported from another course

                $CATEGORY: $course$/History/Treaties

                // a comment before a question
                ::TW-1648-mc:: Which treaty ended the Thirty Years' War? {
                  =Peace of Westphalia # Correct: 1648.
                  ~Treaty of Utrecht # No, that was 1713.
                  ~%0%Treaty of Nijmegen
                  ~Peace of Prague
                  ####Signed in October 1648 at Osnabrück and Münster.
                }

                ::TW-tf:: The Peace of Westphalia was signed in 1713. {F #Wrong year. #Right.}

                Who was Holy Roman Emperor in 1648? {=Ferdinand III =Emperor Ferdinand III =%50%Ferdinand}

                [html]The Peace of Westphalia was signed in {=1648 =sixteen forty-eight} at Münster\\: a missing word.

                ::Weighted:: Pick the right one {~%100%right ~%-50%wrong ~also wrong}
                """;
        BankFiles.Result<List<Question>> parsed = GiftParser.parse(gift, "week3.gift");
        assertEquals(List.of(), parsed.problems());
        List<Question> q = parsed.value();
        assertEquals(5, q.size());

        assertEquals("tw-1648-mc", q.get(0).id());
        assertEquals(QuestionKind.CHOICE, q.get(0).kind());
        assertEquals("Which treaty ended the Thirty Years' War?", q.get(0).prompt());
        assertEquals("Peace of Westphalia", q.get(0).answer());
        assertEquals(
                List.of("Peace of Westphalia", "Treaty of Utrecht", "Treaty of Nijmegen", "Peace of Prague"),
                q.get(0).options());
        assertEquals(
                "Signed in October 1648 at Osnabrück and Münster.", q.get(0).explanation());
        assertEquals(List.of("treaties"), q.get(0).tags());

        assertEquals(QuestionKind.TRUE_FALSE, q.get(1).kind());
        assertEquals(Question.FALSE, q.get(1).answer());
        assertEquals("The Peace of Westphalia was signed in 1713.", q.get(1).statement());

        assertEquals("gift-3", q.get(2).id());
        assertEquals(QuestionKind.SHORT_ANSWER, q.get(2).kind());
        assertEquals("Ferdinand III", q.get(2).answer());
        assertEquals(List.of("Emperor Ferdinand III"), q.get(2).accept(), "50% answers are not accepted as right");

        assertEquals(QuestionKind.CLOZE, q.get(3).kind());
        assertEquals(
                "The Peace of Westphalia was signed in _____ at Münster: a missing word.",
                q.get(3).prompt());
        assertEquals("1648", q.get(3).answer());

        assertEquals("right", q.get(4).answer());
        assertEquals(List.of("right", "wrong", "also wrong"), q.get(4).options());
    }

    @Test
    void reportsMalformedInputWithLineNumbers() {
        String gift = """
                ::a:: No answers here.

                ::b:: Two right answers {=x =y ~z}

                ::c:: Unclosed {=x ~y

                ::d:: No right answer {~x ~y}

                ::e:: A number {#1648:1}

                ::f:: An essay {}

                ::ok:: Fine {=x ~y}

                ::g:: Matching {=a -> b =c -> d}

                ::ok:: Duplicate id {=x ~y}
                """;
        BankFiles.Result<List<Question>> parsed = GiftParser.parse(gift, "bad.gift");
        assertEquals(
                List.of(
                        "bad.gift:1: question has no answer block {...}; descriptions are not imported",
                        "bad.gift:3: question has more than one correct answer; multiple-answer questions are not"
                                + " imported",
                        "bad.gift:5: question has a { without a closing }",
                        "bad.gift:7: question has no correct answer (mark one with =)",
                        "bad.gift:9: question is a numerical question, which is not imported",
                        "bad.gift:11: question is an essay question (empty answer block), which is not imported",
                        "bad.gift:15: question is a matching question, which is only imported when it matches items to"
                                + " positions (1st, 2nd, ...)",
                        "bad.gift:17: question has the id ok, which an earlier question already has"),
                parsed.problems().stream().map(Problem::toString).toList());
        assertEquals(List.of("ok"), parsed.value().stream().map(Question::id).toList());
        assertEquals("Fine", parsed.value().get(0).prompt());
    }

    @Test
    void importedQuestionsPassTheSchemaWithoutFacts() {
        String gift = "::q1:: Who? {=Me ~You ~Them}\n\n::q2:: True? {T}\n";
        List<Question> questions = GiftParser.parse(gift, "x.gift").value();
        BankFiles.Result<List<Question>> reread =
                BankFiles.readQuestions(BankFiles.writeQuestions(questions), "questions.yaml", null);
        assertEquals(List.of(), reread.problems());
        assertEquals(questions, reread.value());
    }
}
