package io.factdeck.facts;

import java.util.List;

/**
 * A fact as the extractor finds it, before the bank gives it an id and links it to the others.
 *
 * @param document the document id
 * @param sentence the evidence sentence, verbatim from the cleaned text
 * @param position where the fact sits in the document (sentence number * 1000 + offset), for ordering
 * @param key what event this is, for finding the same event elsewhere: subject, action and object or
 *     agreement, normalised; null when nothing reliable can be said
 * @param conflictable whether a different date for the same key is a conflict (one-off events: joining an
 *     organization, signing a named agreement, a war's span) rather than another occurrence
 * @param agreementCategory the class of agreement ({@code treaty}, {@code convention}, ...), if any
 */
public record Draft(
        String document,
        String sentence,
        int position,
        String date,
        String dateText,
        String dateNote,
        String event,
        String subject,
        String action,
        String object,
        List<String> who,
        String agreement,
        String organization,
        FactKind kind,
        Modality modality,
        String key,
        boolean conflictable,
        String agreementCategory) {

    public Draft {
        who = who == null ? List.of() : List.copyOf(who);
    }
}
