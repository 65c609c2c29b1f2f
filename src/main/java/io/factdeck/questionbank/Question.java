package io.factdeck.questionbank;

import java.util.List;
import java.util.Objects;

/**
 * One question of a bank, as stored in {@code questions.yaml}.
 *
 * @param id stable id {@code <fact-id>.<kind>[.<n>]}, so a student's progress survives regeneration
 * @param kind what the question asks
 * @param prompt the text shown to the student; for cloze the front, with the blank written {@value #BLANK}
 * @param answer the correct answer; for true-false {@code True} or {@code False}; for order the items in
 *     chronological order joined by {@value #ORDER_SEPARATOR}
 * @param accept other spellings a typed answer may use (abbreviated month, ISO form, acronym)
 * @param options the choices shown, the answer among them; empty for cloze and order
 * @param items for order questions, the events in chronological order (the key); empty otherwise
 * @param statement for true-false questions, the statement judged; null otherwise
 * @param back for cloze, the back of the card: answer, evidence sentence and source; null otherwise
 * @param facts ids of the facts the question tests; for order questions one per item, in item order
 * @param explanation the correct answer, the evidence and its document, and any disagreement between sources
 * @param tags filters: decade ({@code 1990s}), fact kind ({@code membership}), country or organization slugs
 */
public record Question(
        String id,
        QuestionKind kind,
        String prompt,
        String answer,
        List<String> accept,
        List<String> options,
        List<String> items,
        String statement,
        String back,
        List<String> facts,
        String explanation,
        List<String> tags) {

    /** How a cloze front marks its blank. */
    public static final String BLANK = "_____";

    /** Separates the items of an order question's answer. */
    public static final String ORDER_SEPARATOR = " → ";

    public static final String TRUE = "True";
    public static final String FALSE = "False";

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(answer, "answer");
        accept = accept == null ? List.of() : List.copyOf(accept);
        options = options == null ? List.of() : List.copyOf(options);
        items = items == null ? List.of() : List.copyOf(items);
        facts = facts == null ? List.of() : List.copyOf(facts);
        explanation = explanation == null ? "" : explanation;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /**
     * The items of an order question in the order to show them: a fixed permutation derived from the id, never
     * the chronological one, so every export and page shows the same puzzle.
     */
    public List<String> shuffledItems() {
        return Shuffle.derangement(items, id);
    }
}
