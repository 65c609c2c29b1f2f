package io.factdeck.questionbank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BankFilesTest {

    private static final String VALID_QUESTION = """
              - id: "apec-membership-1998.when"
                kind: when
                prompt: "In which month and year did Vietnam join APEC?"
                answer: "November 1998"
                options: ["June 1998", "November 1998", "April 1999", "September 1999"]
                facts: ["apec-membership-1998"]
                explanation: "Answer: November 1998."
                tags: ["1990s"]
            """;

    private static List<String> problems(String questionsYaml) {
        return BankFiles.readQuestions(questionsYaml, "questions.yaml", Fixtures.facts()).problems().stream()
                .map(Problem::toString)
                .toList();
    }

    @Test
    void acceptsAValidFile() {
        assertEquals(List.of(), problems("questions:\n" + VALID_QUESTION));
    }

    @Test
    void reportsBadYamlSyntaxWithItsLine() {
        List<String> problems = problems("questions:\n  - id: \"a.when\n    kind: when\n  - [unclosed\n");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).matches("questions\\.yaml:\\d+: is not valid YAML: .*"), problems.get(0));
    }

    @Test
    void reportsAMissingFieldWithTheQuestionsLine() {
        String yaml = "questions:\n" + VALID_QUESTION.replace("    answer: \"November 1998\"\n", "");
        assertEquals(List.of("questions.yaml:2: answer is required"), problems(yaml));
    }

    @Test
    void reportsADuplicateIdWithBothLines() {
        String yaml = "questions:\n" + VALID_QUESTION + VALID_QUESTION;
        assertEquals(
                List.of("questions.yaml:10: id duplicates the id on line 2: apec-membership-1998.when"),
                problems(yaml));
    }

    @Test
    void reportsAnAnswerMissingFromTheOptions() {
        String yaml =
                "questions:\n" + VALID_QUESTION.replace("\"November 1998\", \"April", "\"October 1998\", \"April");
        assertEquals(List.of("questions.yaml:6: options must contain the answer"), problems(yaml));
    }

    @Test
    void collectsEveryProblemInOneRun() {
        String yaml = "questions:\n"
                + VALID_QUESTION
                        .replace("kind: when", "kind: essay")
                        .replace("\"June 1998\"", "\"April 1999\"")
                        .replace("apec-membership-1998\"]", "no-such-fact\"]")
                + "  - id: \"Bad Id\"\n"
                + "    kind: order\n"
                + "    prompt: \"Put these in order.\"\n"
                + "    items: [\"a\", \"b\"]\n"
                + "    answer: \"a → b\"\n"
                + "    facts: []\n"
                + "    explanation: \"\"\n"
                + "    colour: blue\n";
        List<String> problems = problems(yaml);
        assertEquals(
                Set.of(
                        "questions.yaml:3: kind must be one of when, who, which-agreement, which-organization, order,"
                                + " true-false, cloze, choice, short-answer",
                        "questions.yaml:6: options[2] repeats the option \"April 1999\"",
                        "questions.yaml:7: facts[0] names unknown fact no-such-fact",
                        "questions.yaml:17: colour is not a known field",
                        "questions.yaml:10: id must be lowercase words joined by hyphens and dots, like"
                                + " apec-membership-1998.when",
                        "questions.yaml:13: items must have 3 to 5 entries for an order question (has 2)",
                        "questions.yaml:15: facts must name at least one fact",
                        "questions.yaml:15: facts must name one fact per item",
                        "questions.yaml:10: explanation is required"),
                Set.copyOf(problems),
                String.join("\n", problems));
    }

    @Test
    void checksKindSpecificRules() {
        String yaml = """
                questions:
                  - id: "x.true-false.1"
                    kind: true-false
                    prompt: "True or false? Vietnam joined APEC in 1998."
                    answer: "Yes"
                    options: ["True", "False"]
                    facts: ["apec-membership-1998"]
                    explanation: "True."
                  - id: "x.cloze.1"
                    kind: cloze
                    prompt: "Vietnam joined APEC in 1998."
                    answer: "1998"
                    facts: ["apec-membership-1998"]
                    explanation: "1998."
                  - id: "x.who"
                    kind: who
                    prompt: "Which country joined APEC in November 1998?"
                    answer: "Vietnam"
                    options: ["Vietnam", "China", "Laos"]
                    facts: ["apec-membership-1998"]
                    explanation: "Vietnam."
                """;
        assertEquals(
                List.of(
                        "questions.yaml:6: options must contain the answer",
                        "questions.yaml:5: answer must be True or False",
                        "questions.yaml:2: statement is required for a true-false question",
                        "questions.yaml:11: prompt must contain exactly one blank _____",
                        "questions.yaml:19: options must have 4 entries for a who question (has 3)"),
                problems(yaml));
    }

    @Test
    void checksFactsFiles() {
        String facts = """
                facts:
                  - id: apec-membership-1998
                    date: "November 1998"
                    event: "Vietnam joined APEC"
                    who: [Vietnam, Atlantis]
                    organization: Vietnam
                    kind: membership
                    source:
                      document: missing.txt
                      sentence: "Vietnam joined APEC in November 1998."
                    same_as: [nowhere]
                  - id: apec-membership-1998
                    date: "1998-11"
                    event: "Vietnam joined APEC"
                    kind: joining
                    source: {document: alpha.txt}
                entities:
                  - name: Vietnam
                    type: country
                """;
        List<String> problems = BankFiles.readFacts(facts, "facts.yaml", Fixtures.info()).problems().stream()
                .map(Problem::toString)
                .toList();
        assertEquals(
                Set.of(
                        "facts.yaml:3: facts[0].date must be ISO 8601 (YYYY, YYYY-MM, YYYY-MM-DD), a decade (1980s), a"
                                + " century (16XX) or a range (1954/1975), not \"November 1998\"",
                        "facts.yaml:9: facts[0].source.document names a document that bank.yaml does not list:"
                                + " missing.txt",
                        "facts.yaml:5: facts[0].who[1] names unknown entity Atlantis",
                        "facts.yaml:6: facts[0].organization names Vietnam, which is a country",
                        "facts.yaml:12: facts[1].id duplicates another fact's id apec-membership-1998",
                        "facts.yaml:15: facts[1].kind must be one of treaty, membership, relations, conflict, visit,"
                                + " policy, economy, other",
                        "facts.yaml:16: facts[1].source.sentence is required",
                        "facts.yaml:11: facts[0].same_as[0] names unknown fact nowhere"),
                Set.copyOf(problems),
                String.join("\n", problems));
    }

    @Test
    void toleratesUnknownFieldsInFacts() {
        // the fixture's first fact carries extracted_by, which this reader does not know
        assertTrue(Fixtures.read(Fixtures.SAMPLE.resolve(BankFiles.FACTS)).contains("extracted_by:"));
        assertEquals(55, Fixtures.facts().facts().size());
        assertEquals(4, Fixtures.facts().plans().size());
    }

    @Test
    void writtenYamlReadsBackToTheSameQuestions() {
        List<Question> questions = Fixtures.generated();
        String yaml = BankFiles.writeQuestions(questions);
        BankFiles.Result<List<Question>> read = BankFiles.readQuestions(yaml, "questions.yaml", Fixtures.facts());
        assertEquals(List.of(), read.problems());
        assertEquals(questions, read.value());
    }

    @Test
    void quotesEveryAwkwardCharacter() {
        Question tricky = new Question(
                "x.cloze.2",
                QuestionKind.CLOZE,
                "A \"quoted\" \\ back-slash: # not a comment, tab\there, _____ and a\nnewline é ü 中",
                "- dash: yes",
                List.of("no", "'single'"),
                List.of(),
                List.of(),
                null,
                "back {with} [brackets] & *stars*",
                List.of("apec-membership-1998"),
                "@at %percent `tick` \u0007 bell",
                List.of("1990s"));
        BankFiles.Result<List<Question>> read =
                BankFiles.readQuestions(BankFiles.writeQuestions(List.of(tricky)), "questions.yaml", Fixtures.facts());
        assertEquals(List.of(), read.problems());
        assertEquals(List.of(tricky), read.value());
    }
}
