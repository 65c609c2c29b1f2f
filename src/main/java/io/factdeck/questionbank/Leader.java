package io.factdeck.questionbank;

import java.util.List;
import java.util.Objects;

/**
 * A public figure a bank offers as a distractor for questions about people: "Which Japanese leader did Vietnam
 * welcome on April 30, 2022?" needs other Japanese leaders, and the documents name only two. Listed by a reviewer
 * in the {@code leaders:} section of {@code overrides.yaml}.
 *
 * @param name the full name, as options show it
 * @param aliases other names the documents use ("Thach", "Modi")
 * @param country the country served, as the bank names it
 * @param nationality its adjective, as stems read it ("Japanese")
 * @param office the main office held, for the reader of the file
 * @param from the first year in high office
 * @param to the last year in high office; {@link #NOT_YET} while still serving
 * @param died the year of death; {@link #NOT_YET} while alive
 */
public record Leader(
        String name,
        List<String> aliases,
        String country,
        String nationality,
        String office,
        int from,
        int to,
        int died) {

    /** The end of a term still served, or of a life still lived: later than any date a bank asks. */
    public static final int NOT_YET = 9999;

    public Leader {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(nationality, "nationality");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        if (to < from) {
            throw new IllegalArgumentException("to is before from");
        }
    }

    /** Years between the term and the span {@code first..last}; 0 when they overlap. */
    public int yearsFrom(int first, int last) {
        if (last < from) {
            return from - last;
        }
        return first > to ? first - to : 0;
    }
}
