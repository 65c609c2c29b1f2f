package io.factdeck.questionbank;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where countries lie, coarsely: a sub-region inside a continent. Distractors for a country are drawn from its own
 * part of the world first, so that "Which country did Vietnam invade in December 1978?" offers Laos and Thailand
 * rather than New Zealand. Countries not listed here are far from everything. States that existed only for a span of
 * years (the Soviet Union, North Vietnam) are known with it, so no question offers them where they were not.
 */
final class Regions {

    static final int SAME_REGION = 0;
    /** Southeast and East Asia: China and Japan are Indochina's neighbours in war, trade and diplomacy. */
    static final int NEIGHBOURING_REGION = 1;

    static final int SAME_CONTINENT = 2;
    static final int ELSEWHERE = 3;

    private static final Set<Set<String>> NEIGHBOURS = Set.of(Set.of("Southeast Asia", "East Asia"));

    private record Place(String continent, String region) {}

    private static final Map<String, Place> PLACES = new HashMap<>();

    static {
        in(
                "Asia",
                "Southeast Asia",
                List.of(
                        "Vietnam",
                        "North Vietnam",
                        "South Vietnam",
                        "Cambodia",
                        "Democratic Kampuchea",
                        "People's Republic of Kampuchea",
                        "Laos",
                        "Thailand",
                        "Myanmar",
                        "Malaysia",
                        "Singapore",
                        "Indonesia",
                        "Philippines",
                        "Brunei",
                        "Timor-Leste",
                        "Champa",
                        "Khmer Empire",
                        "Lan Xang"));
        in(
                "Asia",
                "East Asia",
                List.of("China", "Japan", "South Korea", "North Korea", "Taiwan", "Mongolia", "Hong Kong"));
        in(
                "Asia",
                "South Asia",
                List.of("India", "Pakistan", "Bangladesh", "Sri Lanka", "Nepal", "Afghanistan", "Bhutan", "Maldives"));
        in(
                "Asia",
                "Western Asia",
                List.of("Iran", "Iraq", "Israel", "Saudi Arabia", "Turkey", "United Arab Emirates", "Qatar", "Kuwait"));
        in(
                "Europe",
                "Eastern Europe",
                List.of(
                        "Soviet Union",
                        "Russia",
                        "Ukraine",
                        "Belarus",
                        "Poland",
                        "Czechoslovakia",
                        "Czech Republic",
                        "Hungary",
                        "Romania",
                        "Bulgaria",
                        "East Germany"));
        in(
                "Europe",
                "Western Europe",
                List.of(
                        "France",
                        "United Kingdom",
                        "Germany",
                        "West Germany",
                        "Italy",
                        "Spain",
                        "Portugal",
                        "Netherlands",
                        "Belgium",
                        "Holy See",
                        "Sweden",
                        "Norway",
                        "Denmark",
                        "Finland",
                        "Switzerland",
                        "Austria",
                        "Ireland"));
        in("Americas", "North America", List.of("United States", "Canada", "Mexico"));
        in("Americas", "Caribbean", List.of("Cuba", "Bahamas", "Jamaica"));
        in("Americas", "South America", List.of("Brazil", "Argentina", "Chile", "Venezuela"));
        in(
                "Oceania",
                "Oceania",
                List.of("Australia", "New Zealand", "Tonga", "Tuvalu", "Fiji", "Papua New Guinea", "Samoa"));
        in("Africa", "Africa", List.of("Malawi", "Egypt", "South Africa", "Algeria", "Angola", "Nigeria"));
    }

    private record Span(int from, int to) {}

    private static final Map<String, Span> SPANS = Map.ofEntries(
            Map.entry("Soviet Union", new Span(1922, 1991)),
            Map.entry("Russia", new Span(1991, 9999)),
            Map.entry("Ukraine", new Span(1991, 9999)),
            Map.entry("North Vietnam", new Span(1945, 1976)),
            Map.entry("South Vietnam", new Span(1949, 1975)),
            Map.entry("Democratic Kampuchea", new Span(1975, 1979)),
            Map.entry("People's Republic of Kampuchea", new Span(1979, 1989)),
            Map.entry("Pakistan", new Span(1947, 9999)),
            Map.entry("India", new Span(1947, 9999)),
            Map.entry("Indonesia", new Span(1945, 9999)),
            Map.entry("Malaysia", new Span(1963, 9999)),
            Map.entry("Singapore", new Span(1965, 9999)),
            Map.entry("Philippines", new Span(1946, 9999)),
            Map.entry("Bangladesh", new Span(1971, 9999)),
            Map.entry("Brunei", new Span(1984, 9999)),
            Map.entry("Myanmar", new Span(1948, 9999)),
            Map.entry("Laos", new Span(1953, 9999)),
            Map.entry("Cambodia", new Span(1953, 9999)),
            Map.entry("United States", new Span(1776, 9999)),
            Map.entry("Champa", new Span(192, 1832)),
            Map.entry("Khmer Empire", new Span(802, 1431)),
            Map.entry("Lan Xang", new Span(1353, 1707)),
            Map.entry("East Germany", new Span(1949, 1990)),
            Map.entry("West Germany", new Span(1949, 1990)),
            Map.entry("Czechoslovakia", new Span(1918, 1992)),
            Map.entry("Tuvalu", new Span(1978, 9999)),
            Map.entry("Tonga", new Span(1970, 9999)),
            Map.entry("Malawi", new Span(1964, 9999)),
            Map.entry("Bahamas", new Span(1973, 9999)),
            // organizations, from founding to dissolution: no APEC for a step taken in 1976
            Map.entry("United Nations", new Span(1945, 9999)),
            Map.entry("United Nations Security Council", new Span(1945, 9999)),
            Map.entry("International Monetary Fund", new Span(1945, 9999)),
            Map.entry("World Bank", new Span(1944, 9999)),
            Map.entry("Asian Development Bank", new Span(1966, 9999)),
            Map.entry("Association of Southeast Asian Nations", new Span(1967, 9999)),
            Map.entry("Asia-Pacific Economic Cooperation", new Span(1989, 9999)),
            Map.entry("World Trade Organization", new Span(1995, 9999)),
            Map.entry("East Asia Summit", new Span(2005, 9999)),
            Map.entry("Communist Party of Vietnam", new Span(1930, 9999)),
            Map.entry("Indochinese Communist Party", new Span(1930, 1951)),
            Map.entry("Tokugawa Shogunate", new Span(1603, 1868)),
            Map.entry("Kuomintang", new Span(1919, 9999)),
            Map.entry("Council for Mutual Economic Assistance", new Span(1949, 1991)));

    private static final Set<String> INTERGOVERNMENTAL = Set.of(
            "United Nations",
            "United Nations Security Council",
            "International Monetary Fund",
            "World Bank",
            "Asian Development Bank",
            "Association of Southeast Asian Nations",
            "Asia-Pacific Economic Cooperation",
            "World Trade Organization",
            "East Asia Summit");

    /** The year a state or organization ended, when it did and it is known here. */
    static OptionalInt dissolved(String name) {
        Span span = SPANS.get(name);
        return span == null || span.to() >= 9999 ? OptionalInt.empty() : OptionalInt.of(span.to());
    }

    private static final Map<String, String> CAPITALS = Map.ofEntries(
            Map.entry("Vietnam", "Hanoi"),
            Map.entry("North Vietnam", "Hanoi"),
            Map.entry("South Vietnam", "Saigon"),
            Map.entry("Cambodia", "Phnom Penh"),
            Map.entry("Democratic Kampuchea", "Phnom Penh"),
            Map.entry("People's Republic of Kampuchea", "Phnom Penh"),
            Map.entry("Laos", "Vientiane"),
            Map.entry("Thailand", "Bangkok"),
            Map.entry("China", "Beijing"),
            Map.entry("Japan", "Tokyo"),
            Map.entry("United States", "Washington"),
            Map.entry("Soviet Union", "Moscow"),
            Map.entry("Russia", "Moscow"),
            Map.entry("India", "New Delhi"),
            Map.entry("Indonesia", "Jakarta"),
            Map.entry("Malaysia", "Kuala Lumpur"),
            Map.entry("Philippines", "Manila"),
            Map.entry("Singapore", "Singapore"),
            Map.entry("Pakistan", "Islamabad"),
            Map.entry("New Zealand", "Wellington"),
            Map.entry("France", "Paris"));

    /** True if the text names the country's capital ("Phnom Penh" for Cambodia), which stands for its government. */
    static boolean capitalNamed(String country, String text) {
        String capital = CAPITALS.get(country);
        return capital != null
                && Pattern.compile("\\b" + Pattern.quote(capital) + "\\b")
                        .matcher(text)
                        .find();
    }

    /** The year a state or organization was founded, when known here. */
    static OptionalInt founded(String name) {
        Span span = SPANS.get(name);
        return span == null ? OptionalInt.empty() : OptionalInt.of(span.from());
    }

    private static final Set<String> LANDLOCKED = Set.of("Laos", "Mongolia", "Nepal", "Bhutan", "Afghanistan");

    /** True for a state without a coast, which has no maritime boundary: Laos among Vietnam's neighbours. */
    static boolean landlocked(String country) {
        return LANDLOCKED.contains(country);
    }

    /** The states that claim islands of the Spratlys (as the documents name them: Taiwan as a state of its own). */
    private static final Set<String> SPRATLY_CLAIMANTS =
            Set.of("China", "Taiwan", "Vietnam", "Philippines", "Malaysia", "Brunei");

    /**
     * True for a state with a claim in the Spratly Islands: a question on negotiating those claims is asked among the
     * claimants, since a state without one is ruled out by the stem.
     */
    static boolean claimsSpratlys(String country) {
        return SPRATLY_CLAIMANTS.contains(country);
    }

    /** True for a body states join or meet in, whose years are known here. */
    static boolean intergovernmental(String organization) {
        return INTERGOVERNMENTAL.contains(organization);
    }

    private Regions() {}

    /**
     * True if the state or organization existed, under that name, at some time from {@code from} to {@code to}; states
     * without a known span are taken to have existed throughout.
     */
    static boolean existed(String country, int from, int to) {
        Span span = SPANS.get(country);
        return span == null || (span.from() <= to && from <= span.to());
    }

    private static void in(String continent, String region, List<String> countries) {
        for (String country : countries) {
            PLACES.put(country, new Place(continent, region));
        }
    }

    /** 0 in the same region, 1 in a neighbouring region, 2 on the same continent, 3 elsewhere or unknown. */
    static int distance(String a, String b) {
        Place pa = PLACES.get(a);
        Place pb = PLACES.get(b);
        if (pa == null || pb == null) {
            return ELSEWHERE;
        }
        if (pa.region().equals(pb.region())) {
            return SAME_REGION;
        }
        if (NEIGHBOURS.contains(Set.of(pa.region(), pb.region()))) {
            return NEIGHBOURING_REGION;
        }
        return pa.continent().equals(pb.continent()) ? SAME_CONTINENT : ELSEWHERE;
    }
}
