package io.factdeck.questionbank;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An organization of the bank's era that a bank offers as an option in a which-organization question: "Which
 * organization's summit did Vietnam host in December 1998?" needs other bodies that hold summits, and the documents
 * name too few. Listed by a reviewer in the {@code organizations:} section of {@code overrides.yaml}, with the years
 * it existed and the summits each country hosted, so that none is offered where it also fits the stem.
 *
 * @param name the name, as options show it
 * @param aliases other names (acronyms)
 * @param founded the year it was founded
 * @param dissolved the year it ended; {@link Leader#NOT_YET} while it lasts
 * @param summits true if its leaders meet in summits a member hosts
 * @param hosted for a country, as the bank names it, the years it hosted the organization's summit
 */
public record KnownOrganization(
        String name,
        List<String> aliases,
        int founded,
        int dissolved,
        boolean summits,
        Map<String, List<Integer>> hosted) {

    public KnownOrganization {
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        hosted = hosted == null ? Map.of() : Map.copyOf(hosted);
        if (dissolved < founded) {
            throw new IllegalArgumentException("dissolved is before founded");
        }
    }

    /** True if the country hosted the organization's summit in a year from {@code first} to {@code last}. */
    public boolean hostedBy(String country, int first, int last) {
        return hosted.getOrDefault(country, List.of()).stream().anyMatch(y -> y >= first && y <= last);
    }

    /** True if the organization existed at some time from {@code first} to {@code last}. */
    public boolean existed(int first, int last) {
        return founded <= last && first <= dissolved;
    }
}
