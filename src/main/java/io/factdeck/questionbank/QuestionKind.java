package io.factdeck.questionbank;

import java.util.Locale;
import java.util.Optional;

/**
 * What a question asks. The generator produces the first seven; {@link #CHOICE} and {@link #SHORT_ANSWER} only
 * come from imported question files (GIFT), whose questions say nothing about the fact they test.
 */
public enum QuestionKind {
    /** Multiple choice on the date of an event, at the fact's precision. */
    WHEN("when"),
    /** Multiple choice on the country, person or organization that acted (or was acted on). */
    WHO("who"),
    WHICH_AGREEMENT("which-agreement"),
    WHICH_ORGANIZATION("which-organization"),
    /** Put 3 to 5 events in chronological order. */
    ORDER("order"),
    TRUE_FALSE("true-false"),
    /** A flashcard whose front blanks a date or a name. */
    CLOZE("cloze"),
    /** An imported multiple-choice question. */
    CHOICE("choice"),
    /** An imported question with typed answers. */
    SHORT_ANSWER("short-answer");

    private final String yamlName;

    QuestionKind(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The name used in YAML and in question ids: {@code when}, {@code which-agreement}, ... */
    public String yamlName() {
        return yamlName;
    }

    /** True for the kinds that show exactly four options, one of them correct. */
    public boolean fourOptions() {
        return this == WHEN || this == WHO || this == WHICH_AGREEMENT || this == WHICH_ORGANIZATION;
    }

    public static Optional<QuestionKind> fromYaml(String value) {
        String wanted = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        for (QuestionKind kind : values()) {
            if (kind.yamlName.equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
