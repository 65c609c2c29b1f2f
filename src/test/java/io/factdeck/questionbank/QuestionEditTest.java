package io.factdeck.questionbank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionEditTest {

    private static final Question CLOZE = new Question(
            "asean-1995.cloze.1",
            QuestionKind.CLOZE,
            "In _____, Vietnam joined ASEAN.",
            "July 1995",
            List.of("Jul 1995", "1995-07"),
            List.of(),
            List.of(),
            null,
            "July 1995. “Vietnam joined ASEAN in July 1995” (Alpha overview)",
            List.of("asean-1995"),
            "Answer: July 1995.",
            List.of("1990s"));

    @Test
    void aNewAnswerIsWrittenOnTheBackOfTheCardAndTheOldVariantsGo() {
        Question edited = new QuestionEdit(CLOZE.prompt(), "1995", List.of(), "Answer: 1995.").applyTo(CLOZE);
        assertEquals("1995", edited.answer());
        assertEquals("1995. “Vietnam joined ASEAN in July 1995” (Alpha overview)", edited.back());
        assertEquals(List.of(), edited.accept(), "Jul 1995 would still be accepted for 1995");
        assertEquals(CLOZE.id(), edited.id());
        assertEquals(CLOZE.facts(), edited.facts());
    }

    @Test
    void anUnchangedAnswerKeepsTheBackAndTheVariants() {
        Question edited = new QuestionEdit("In _____, Vietnam was admitted to ASEAN.", "July 1995", List.of(), "Why.")
                .applyTo(CLOZE);
        assertEquals(CLOZE.back(), edited.back());
        assertEquals(CLOZE.accept(), edited.accept());
        assertEquals("In _____, Vietnam was admitted to ASEAN.", edited.prompt());
    }

    @Test
    void aBackWrittenOtherwiseGetsTheAnswerInFront() {
        Question odd = new Question(
                CLOZE.id(),
                CLOZE.kind(),
                CLOZE.prompt(),
                CLOZE.answer(),
                List.of(),
                List.of(),
                List.of(),
                null,
                "Joined in the summer.",
                CLOZE.facts(),
                CLOZE.explanation(),
                CLOZE.tags());
        assertEquals(
                "August 1995. Joined in the summer.",
                new QuestionEdit(CLOZE.prompt(), "August 1995", List.of(), "")
                        .applyTo(odd)
                        .back());
    }

    @Test
    void aTrueFalseStatementFollowsItsPrompt() {
        Question tf = new Question(
                "asean-1995.true-false.1",
                QuestionKind.TRUE_FALSE,
                "True or false? In 1995, Vietnam joined ASEAN.",
                "True",
                List.of(),
                List.of("True", "False"),
                List.of(),
                "In 1995, Vietnam joined ASEAN.",
                null,
                List.of("asean-1995"),
                "",
                List.of());
        Question edited = new QuestionEdit(
                        "True or false? In July 1995, Vietnam joined ASEAN.", "True", List.of("True", "False"), "")
                .applyTo(tf);
        assertEquals("In July 1995, Vietnam joined ASEAN.", edited.statement());
        assertEquals(
                tf.statement(),
                new QuestionEdit(tf.prompt(), "False", tf.options(), "")
                        .applyTo(tf)
                        .statement());
    }

    @Test
    void aFlashcardKeepsItsBlankAndAChoiceKeepsItsAnswerAmongTheOptions() {
        assertTrue(new QuestionEdit("Vietnam joined ASEAN.", "1995", List.of(), "")
                .check(CLOZE)
                .has("prompt"));
        Question choice = new Question(
                "asean-1995.when",
                QuestionKind.WHEN,
                "When did Vietnam join ASEAN?",
                "1995",
                List.of(),
                List.of("1993", "1995", "1997", "1999"),
                List.of(),
                null,
                null,
                List.of("asean-1995"),
                "",
                List.of());
        assertTrue(new QuestionEdit(choice.prompt(), "1996", List.of("1993", "1995", "1997", "1999"), "")
                .check(choice)
                .has("options"));
    }
}
