package io.factdeck.practice;

import java.util.List;

/** What a student asked to study, after validation. */
public record SessionChoice(
        String title,
        List<Long> bankIds,
        List<String> tags,
        List<String> kinds,
        Integer periodFrom,
        Integer periodTo,
        boolean dueOnly,
        String answerMode) {

    public SessionChoice {
        bankIds = bankIds == null ? List.of() : List.copyOf(bankIds);
        tags = tags == null ? List.of() : List.copyOf(tags);
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        answerMode = answerMode == null ? "mixed" : answerMode;
    }

    public static SessionChoice everythingDue() {
        return new SessionChoice("Everything due", List.of(), List.of(), List.of(), null, null, true, "mixed");
    }
}
