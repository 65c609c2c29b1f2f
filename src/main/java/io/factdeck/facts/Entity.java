package io.factdeck.facts;

import java.util.List;
import java.util.Objects;

/**
 * A named thing that facts refer to: a country, person, organization or agreement, with the other names it goes by.
 * Question generation draws distractors of the same {@link Type} (and, for agreements, the same {@code category}).
 *
 * @param name canonical name, as used in {@link DatedFact#who()}, {@code agreement} and {@code organization}
 * @param type what it is
 * @param aliases other names and acronyms found in the documents ({@code WTO}, {@code Kampuchea})
 * @param title a person's title ({@code Foreign Minister}), or null
 * @param category an agreement's class ({@code treaty}, {@code agreement}, {@code convention}, {@code declaration},
 *     {@code protocol}, {@code partnership}, ...), or null
 */
public record Entity(String name, Type type, List<String> aliases, String title, String category) {

    public enum Type {
        COUNTRY,
        PERSON,
        ORGANIZATION,
        AGREEMENT
    }

    public Entity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
