package io.factdeck.questionbank;

import java.util.List;
import java.util.Objects;

/**
 * A whole bank as read from its folder.
 *
 * @param info from {@code bank.yaml}
 * @param facts from {@code facts.yaml}; empty for a bank of imported questions
 * @param questions from {@code questions.yaml}
 */
public record QuestionBank(BankInfo info, BankFacts facts, List<Question> questions) {

    public QuestionBank {
        Objects.requireNonNull(info, "info");
        facts = facts == null ? BankFacts.empty() : facts;
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
