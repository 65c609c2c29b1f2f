package io.factdeck.questionbank;

import java.util.List;
import java.util.Objects;

/**
 * An agreement of the bank's era that a bank offers as an option in a which-agreement question: "Which treaty did
 * Vietnam and Cambodia sign in February 1979?" needs other treaties of the time, and the documents name too few.
 * Listed by a reviewer in the {@code agreements:} section of {@code overrides.yaml}, with its date and parties, so
 * that none is offered where it also fits the stem.
 *
 * @param name the name, as options show it
 * @param category treaty, agreement, declaration, convention or protocol
 * @param date when it was signed, as {@code facts.yaml} writes dates ("1973-01", "1976")
 * @param parties the states and organizations that signed it, as the bank names them
 */
public record KnownAgreement(String name, String category, FactDate date, List<String> parties) {

    public KnownAgreement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(date, "date");
        parties = parties == null ? List.of() : List.copyOf(parties);
        if (parties.isEmpty()) {
            throw new IllegalArgumentException("parties is empty");
        }
    }
}
